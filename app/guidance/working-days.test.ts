import { describe, expect, it } from "vitest";
import { CALENDAR_2026 } from "./calendar-data.ts";
import { computeDeadline, DEFAULT_DEADLINE_RULES, pickRule } from "./deadlines.ts";
import { elapsedWorkingDays, pausedDaysOnResume, slaStatus } from "./sla-clock.ts";
import { addMonths, addWorkingDays, calendarFrom, isWorkingDay, workingDaysBetween } from "./working-days.ts";

const cal = calendarFrom(CALENDAR_2026);
// Noon in Shanghai on a date.
const at = (date: string) => new Date(`${date}T04:00:00Z`);

describe("working days", () => {
  it("skips statutory holidays and counts make-up Saturdays/Sundays", () => {
    expect(isWorkingDay("2026-10-01", cal)).toBe(false); // National Day, Thursday
    expect(isWorkingDay("2026-10-10", cal)).toBe(true); // make-up Saturday
    expect(isWorkingDay("2026-02-14", cal)).toBe(true); // make-up Saturday before Spring Festival
    expect(isWorkingDay("2026-11-28", cal)).toBe(false); // plain Saturday
  });

  it("counts across the Spring Festival week", () => {
    // Fri 13 Feb → Tue 24 Feb: Sat 14 (make-up) and Tue 24 are the only working days.
    expect(workingDaysBetween(at("2026-02-13"), at("2026-02-24"), cal)).toBe(2);
    expect(addWorkingDays("2026-02-13", 2, cal)).toBe("2026-02-24");
    // Same dates without the calendar: the plain weekday rule gives 7.
    expect(workingDaysBetween(at("2026-02-13"), at("2026-02-24"), new Map())).toBe(7);
  });

  it("counts dates in Shanghai time, not UTC", () => {
    // 23:30 UTC on 29 Sep is already 30 Sep in Shanghai.
    expect(workingDaysBetween(new Date("2026-09-29T23:30:00Z"), at("2026-10-08"), cal)).toBe(1);
  });

  it("clamps months to the month's end", () => {
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
    expect(addMonths("2026-01-15", 3)).toBe("2026-04-15");
  });
});

describe("deadline rules", () => {
  const rules = DEFAULT_DEADLINE_RULES.map((r) => ({ ...r, condition: r.condition as string | null }));
  const served = at("2026-09-18");
  const deadline = (disputeType: string, tempReliefMotion = false) =>
    computeDeadline(pickRule(rules, { disputeType, servedAt: served, tempReliefMotion }), served);

  it("applies each rule", () => {
    expect(deadline("us-itc-337")).toBe("2026-10-08");
    expect(deadline("us-itc-337", true)).toBe("2026-09-28");
    expect(deadline("us-district-court")).toBe("2026-10-09");
    expect(deadline("schedule-a-tro")).toBe("2026-10-02");
    // 10 EU working days (Mon–Fri): China's National Day week does not stop an EU clock.
    expect(deadline("eu-customs")).toBe("2026-10-02");
    expect(deadline("trademark-opposition")).toBe("2026-12-18");
    expect(deadline("platform-takedown")).toBeNull();
  });
  it("needs a start date", () => {
    expect(computeDeadline(pickRule(rules, { disputeType: "us-itc-337", servedAt: null, tempReliefMotion: false }), null)).toBeNull();
  });
});

describe("SLA clock", () => {
  const targets = { firstResponseDays: 2, updateDays: 5, resolutionDays: 10, reminderDays: 1 };
  const base = { state: "submitted", firstResponseAt: null, lastUpdateAt: null, closedAt: null, deliveredAt: null, slaPausedAt: null, slaPausedWorkingDays: 0 };

  it("does not count the National Day holiday against the first-response target", () => {
    const facts = { ...base, submittedAt: at("2026-09-30") };
    expect(slaStatus(facts, targets, at("2026-10-08"), cal)).toMatchObject({ level: "due-soon", timer: "first-response", left: 1 });
    expect(slaStatus(facts, targets, at("2026-10-12"), cal)).toMatchObject({ level: "breached", left: -2 }); // 8, 9, 10 (make-up Sat), 12 Oct;
  });

  it("pauses during needs-supplement and subtracts the paused days afterwards", () => {
    const submittedAt = at("2026-11-02"); // Monday
    const pausedAt = at("2026-11-03");
    expect(
      slaStatus({ ...base, state: "needs-supplement", submittedAt, firstResponseAt: pausedAt, slaPausedAt: pausedAt }, targets, at("2026-11-20"), cal).level,
    ).toBe("paused");
    const paused = pausedDaysOnResume(pausedAt, at("2026-11-10"), cal);
    expect(paused).toBe(5);
    // 2 Nov → 12 Nov is 8 working days gross, 3 net.
    expect(elapsedWorkingDays(submittedAt, at("2026-11-12"), { slaPausedAt: null, slaPausedWorkingDays: paused }, cal)).toBe(3);
    expect(elapsedWorkingDays(submittedAt, at("2026-11-12"), { slaPausedAt: null, slaPausedWorkingDays: 0 }, cal)).toBe(8);
  });
});
