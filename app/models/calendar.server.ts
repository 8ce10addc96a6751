// Staff-editable reference data behind the deadline arithmetic: the State Council's holiday
// and make-up working-day calendar (CalendarDay) and the deadline rules (DeadlineRule). Both
// are data, not code, because they change every year and when a rule is re-read.
import { z } from "zod";
import { shanghaiDate } from "~/guidance/working-days.ts";
import type { Db } from "~/utils/db.server.ts";
import { recordAudit } from "./audit.server.ts";

import { CALENDAR_KINDS, RULE_UNITS } from "~/guidance/reference-data.ts";

export { CALENDAR_KINDS, RULE_UNITS };

const optionalName = z
  .string()
  .trim()
  .max(60, "form.tooLong|max=60")
  .transform((v) => (v ? v : null));

export const CalendarDaySchema = z.object({
  date: z
    .string()
    .trim()
    .min(1, "form.required")
    .regex(/^\d{4}-\d{2}-\d{2}$/, "calendar.err.date")
    // A regex match such as 2026-02-30 is not a date; the round trip rejects it.
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), "calendar.err.date"),
  kind: z.enum(CALENDAR_KINDS, "calendar.err.kind"),
  nameZh: optionalName,
  nameEn: optionalName,
});
export type CalendarDayInput = z.infer<typeof CalendarDaySchema>;

export const DeadlineRuleEditSchema = z.object({
  id: z.string().trim().min(1, "form.required"),
  amount: z.coerce.number("calendar.err.amount").int("calendar.err.amount").min(1, "calendar.err.amount").max(999, "calendar.err.amount"),
  unit: z.enum(RULE_UNITS, "calendar.err.unit"),
  note: z
    .string()
    .trim()
    .max(500, "form.tooLong|max=500")
    .transform((v) => (v ? v : null)),
});
export type DeadlineRuleEdit = z.infer<typeof DeadlineRuleEditSchema>;

/** The current and next year on the Shanghai calendar. */
export function calendarYears(now: Date = new Date()): [number, number] {
  const year = Number(shanghaiDate(now).slice(0, 4));
  return [year, year + 1];
}

/** Rows for the current and next year, grouped by year (a year with no rows gets an empty list). */
export async function listCalendarYears(db: Db, now: Date = new Date()) {
  const years = calendarYears(now);
  const rows = await db.calendarDay.findMany({
    where: { date: { gte: `${years[0]}-01-01`, lte: `${years[1]}-12-31` } },
    orderBy: { date: "asc" },
  });
  return years.map((year) => ({ year, days: rows.filter((r) => r.date.startsWith(`${year}-`)) }));
}

export async function upsertCalendarDay(db: Db, input: CalendarDayInput, actorId: string) {
  return db.$transaction(async (tx) => {
    const before = await tx.calendarDay.findUnique({ where: { date: input.date } });
    const row = await tx.calendarDay.upsert({
      where: { date: input.date },
      create: input,
      update: { kind: input.kind, nameZh: input.nameZh, nameEn: input.nameEn },
    });
    await recordAudit(tx, {
      actorId,
      action: before ? "calendar-day.update" : "calendar-day.create",
      entity: "calendar-day",
      entityId: input.date,
      before,
      after: row,
    });
    return row;
  });
}

/** Deletes a day; false when there was none (the page answers 404). */
export async function deleteCalendarDay(db: Db, date: string, actorId: string) {
  return db.$transaction(async (tx) => {
    const before = await tx.calendarDay.findUnique({ where: { date } });
    if (!before) return false;
    await tx.calendarDay.delete({ where: { date } });
    await recordAudit(tx, { actorId, action: "calendar-day.delete", entity: "calendar-day", entityId: date, before, after: null });
    return true;
  });
}

export async function listDeadlineRules(db: Db) {
  return db.deadlineRule.findMany({ orderBy: [{ disputeType: "asc" }, { id: "asc" }] });
}

/** Edits a rule's amount, unit and note; null when no such rule (404). */
export async function updateDeadlineRule(db: Db, input: DeadlineRuleEdit, actorId: string) {
  return db.$transaction(async (tx) => {
    const before = await tx.deadlineRule.findUnique({ where: { id: input.id } });
    if (!before) return null;
    const row = await tx.deadlineRule.update({
      where: { id: input.id },
      data: { amount: input.amount, unit: input.unit, note: input.note },
    });
    await recordAudit(tx, {
      actorId,
      action: "deadline-rule.update",
      entity: "deadline-rule",
      entityId: input.id,
      before: { amount: before.amount, unit: before.unit, note: before.note },
      after: { amount: row.amount, unit: row.unit, note: row.note },
    });
    return row;
  });
}
