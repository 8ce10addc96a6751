// SLA status of a request in working days (first response, update, resolution), with the
// clock paused while the request waits for the exporter's supplement. Pure.
import { workingDaysBetween, type WorkCalendar } from "./working-days.ts";

export interface SlaTargets {
  firstResponseDays: number;
  updateDays: number;
  resolutionDays: number;
  /** remind this many working days before a breach */
  reminderDays: number;
}

export interface SlaFacts {
  state: string;
  submittedAt: Date | null;
  firstResponseAt: Date | null;
  lastUpdateAt: Date | null;
  closedAt: Date | null;
  deliveredAt: Date | null;
  slaPausedAt: Date | null;
  slaPausedWorkingDays: number;
}

export type SlaLevel = "ok" | "due-soon" | "breached" | "paused" | "none";
export interface SlaStatus {
  level: SlaLevel;
  /** the timer that decides the level */
  timer: "first-response" | "update" | "resolution" | null;
  /** working days left on that timer (negative = over) */
  left: number | null;
}

/** Working days spent, not counting paused days (finished pauses and the current one). */
export function elapsedWorkingDays(from: Date, now: Date, facts: Pick<SlaFacts, "slaPausedAt" | "slaPausedWorkingDays">, calendar: WorkCalendar): number {
  const gross = workingDaysBetween(from, now, calendar);
  const current = facts.slaPausedAt ? workingDaysBetween(facts.slaPausedAt, now, calendar) : 0;
  return Math.max(0, gross - facts.slaPausedWorkingDays - current);
}

/** Paused working days to add when a request leaves needs-supplement. */
export function pausedDaysOnResume(slaPausedAt: Date | null, now: Date, calendar: WorkCalendar): number {
  return slaPausedAt ? workingDaysBetween(slaPausedAt, now, calendar) : 0;
}

const FINISHED = new Set(["draft", "rejected", "closed", "archived", "terminated", "delivered"]);

export function slaStatus(facts: SlaFacts, targets: SlaTargets, now: Date, calendar: WorkCalendar): SlaStatus {
  if (!facts.submittedAt || FINISHED.has(facts.state)) return { level: "none", timer: null, left: null };
  if (facts.state === "needs-supplement") return { level: "paused", timer: null, left: null };
  const checks: { timer: SlaStatus["timer"]; left: number }[] = [];
  const total = elapsedWorkingDays(facts.submittedAt, now, facts, calendar);
  if (!facts.firstResponseAt) checks.push({ timer: "first-response", left: targets.firstResponseDays - total });
  else {
    const sinceUpdate = workingDaysBetween(facts.lastUpdateAt ?? facts.firstResponseAt, now, calendar);
    checks.push({ timer: "update", left: targets.updateDays - sinceUpdate });
  }
  checks.push({ timer: "resolution", left: targets.resolutionDays - total });
  const worst = checks.reduce((a, b) => (b.left < a.left ? b : a));
  const level: SlaLevel = worst.left < 0 ? "breached" : worst.left <= targets.reminderDays ? "due-soon" : "ok";
  return { level, timer: worst.timer, left: worst.left };
}
