// Chinese working-day arithmetic (工作日): Monday–Friday, minus statutory holidays, plus the
// make-up working days (调休上班) published each year by the State Council. Pure: the calendar
// is passed in (CalendarDay rows), so the same code runs in tests, jobs and pages.

/** date (YYYY-MM-DD) → "holiday" | "workday" overrides of the plain weekday rule. */
export type WorkCalendar = ReadonlyMap<string, "holiday" | "workday">;

const DAY_MS = 86_400_000;
// Working days are counted on the Shanghai calendar whatever the server's time zone.
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

export function calendarFrom(rows: readonly { date: string; kind: string }[]): WorkCalendar {
  const map = new Map<string, "holiday" | "workday">();
  for (const row of rows) if (row.kind === "holiday" || row.kind === "workday") map.set(row.date, row.kind);
  return map;
}

/** The Shanghai calendar date of an instant, as YYYY-MM-DD. */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

function addDaysIso(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function isWorkingDay(date: string, calendar: WorkCalendar): boolean {
  const override = calendar.get(date);
  if (override) return override === "workday";
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * Working days elapsed from one instant to another: the working days strictly after the start
 * date up to and including the end date (a request submitted on Friday and answered on Monday
 * took one working day; answered the same day, zero).
 */
export function workingDaysBetween(from: Date, to: Date, calendar: WorkCalendar): number {
  const start = shanghaiDate(from);
  const end = shanghaiDate(to);
  if (end <= start) return 0;
  let count = 0;
  for (let d = addDaysIso(start, 1); d <= end; d = addDaysIso(d, 1)) if (isWorkingDay(d, calendar)) count += 1;
  return count;
}

/** The date that is `n` working days after `date` (YYYY-MM-DD). */
export function addWorkingDays(date: string, n: number, calendar: WorkCalendar): string {
  let d = date;
  let left = n;
  while (left > 0) {
    d = addDaysIso(d, 1);
    if (isWorkingDay(d, calendar)) left -= 1;
  }
  return d;
}

export function addCalendarDays(date: string, n: number): string {
  return addDaysIso(date, n);
}

/** Adds months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, n: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + n;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, last))).toISOString().slice(0, 10);
}

/** Whole calendar days from today (Shanghai) to a date; negative when past. */
export function daysUntil(date: string, now: Date): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${shanghaiDate(now)}T00:00:00Z`)) / DAY_MS);
}
