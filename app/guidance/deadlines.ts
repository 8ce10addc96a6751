// Legal deadline rules (DeadlineRule rows) applied to a request's facts. Pure.
import { addCalendarDays, addMonths, addWorkingDays, shanghaiDate, type WorkCalendar } from "./working-days.ts";

const NO_OVERRIDES: WorkCalendar = new Map();

export interface DeadlineRuleData {
  id: string;
  disputeType: string;
  unit: string;
  amount: number;
  condition: string | null;
}

export interface DeadlineFacts {
  disputeType: string;
  servedAt: Date | null;
  tempReliefMotion: boolean;
}

/** The rule that applies: a conditional rule wins when its condition holds. */
export function pickRule<R extends DeadlineRuleData>(rules: readonly R[], facts: DeadlineFacts): R | null {
  const candidates = rules.filter((r) => r.disputeType === facts.disputeType);
  const conditional = candidates.find((r) => r.condition === "temp-relief" && facts.tempReliefMotion);
  return conditional ?? candidates.find((r) => !r.condition) ?? null;
}

/** The computed deadline (YYYY-MM-DD), or null when no rule applies or the start date is unknown. */
export function computeDeadline(rule: DeadlineRuleData | null, servedAt: Date | null): string | null {
  if (!rule || !servedAt) return null;
  const start = shanghaiDate(servedAt);
  switch (rule.unit) {
    case "calendar-days":
      return addCalendarDays(start, rule.amount);
    case "working-days":
      // Foreign forums' working days: Monday–Friday. The Chinese calendar (调休) does not apply
      // abroad and the forum's own holidays are not data here, so staff override when needed.
      return addWorkingDays(start, rule.amount, NO_OVERRIDES);
    case "months":
      return addMonths(start, rule.amount);
    default:
      return null;
  }
}

/**
 * The deadline staff work to: a staff override wins; otherwise the earlier of the computed one
 * and the one the company stated (a company that knows of an earlier date must not be told a
 * later one; deadlineWarnings says so when that happens).
 */
export function effectiveDeadline(r: { deadlineOverride: Date | null; computedDeadline: Date | null; statedDeadline: Date | null }): Date | null {
  if (r.deadlineOverride) return r.deadlineOverride;
  if (r.computedDeadline && r.statedDeadline) return r.statedDeadline < r.computedDeadline ? r.statedDeadline : r.computedDeadline;
  return r.computedDeadline ?? r.statedDeadline ?? null;
}

/** States in which a request has no running deadline (it never shows as overdue). */
export const DEADLINE_FINISHED_STATES: readonly string[] = ["rejected", "closed", "archived", "terminated"];

export type DeadlineWarning = "servedInFuture" | "statedInPast" | "statedEarlier";

/** What looks wrong with a request's dates, as catalogue key suffixes (journeys.deadline.*). */
export function deadlineWarnings(
  r: { state: string; servedAt: Date | null; statedDeadline: Date | null; computedDeadline: Date | null; deadlineOverride: Date | null },
  now: Date,
): DeadlineWarning[] {
  const today = shanghaiDate(now);
  const out: DeadlineWarning[] = [];
  if (r.servedAt && shanghaiDate(r.servedAt) > today) out.push("servedInFuture");
  if (DEADLINE_FINISHED_STATES.includes(r.state)) return out;
  if (r.statedDeadline && shanghaiDate(r.statedDeadline) < today) out.push("statedInPast");
  if (!r.deadlineOverride && r.statedDeadline && r.computedDeadline && shanghaiDate(r.statedDeadline) < shanghaiDate(r.computedDeadline)) {
    out.push("statedEarlier");
  }
  return out;
}

/** The seeded rules (a migration-free idempotent seed writes these at start). */
export const DEFAULT_DEADLINE_RULES = [
  {
    id: "itc337-answer",
    disputeType: "us-itc-337",
    labelZh: "337调查答辩：送达后20日",
    labelEn: "ITC 337 response: 20 days after service",
    unit: "calendar-days",
    amount: 20,
    fromEvent: "service",
    condition: null,
  },
  {
    id: "itc337-answer-temp-relief",
    disputeType: "us-itc-337",
    labelZh: "337调查答辩（有临时救济动议）：送达后10日",
    labelEn: "ITC 337 response with a temporary-relief motion: 10 days after service",
    unit: "calendar-days",
    amount: 10,
    fromEvent: "service",
    condition: "temp-relief",
  },
  {
    id: "us-federal-answer",
    disputeType: "us-district-court",
    labelZh: "美国联邦法院答辩：送达后21日",
    labelEn: "US federal answer: 21 days after service",
    unit: "calendar-days",
    amount: 21,
    fromEvent: "service",
    condition: null,
  },
  {
    id: "tro-max",
    disputeType: "schedule-a-tro",
    labelZh: "临时限制令（TRO）：最长14日",
    labelEn: "TRO: at most 14 days",
    unit: "calendar-days",
    amount: 14,
    fromEvent: "service",
    condition: null,
  },
  {
    id: "eu-customs-detention",
    disputeType: "eu-customs",
    labelZh: "欧盟海关扣留：通知后10个工作日",
    labelEn: "EU customs detention: 10 working days after notice",
    unit: "working-days",
    amount: 10,
    fromEvent: "notice",
    condition: null,
  },
  {
    id: "eu-tm-opposition",
    disputeType: "trademark-opposition",
    labelZh: "欧盟商标异议：公告后3个月",
    labelEn: "EU trademark opposition: 3 months from publication",
    unit: "months",
    amount: 3,
    fromEvent: "publication",
    condition: null,
  },
] as const;
