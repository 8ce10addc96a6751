// The staff calendar and deadline-rule pages called as Remix calls them: real Requests with a
// session cookie against the real database, then the working-day and deadline arithmetic.
import { beforeAll, describe, expect, it } from "vitest";
import { addWorkingDays } from "~/guidance/working-days.ts";
import { calendarYears } from "~/models/calendar.server.ts";
import { deadlineFor, ensureGuidanceReferenceData, loadCalendar } from "~/models/guidance-intake.server.ts";
import { action as calendarAction, loader as calendarLoader } from "~/routes/staff+/calendar.tsx";
import { action as rulesAction, loader as rulesLoader } from "~/routes/staff+/deadline-rules.tsx";
import { getDb } from "~/utils/db.server.ts";
import { makeUser } from "../db-utils.ts";
import { getRequest, postForm, sessionFor, settle } from "../support/requests.ts";

const args = (request: Request) => ({ request, params: {}, context: {} });

beforeAll(async () => {
  await ensureGuidanceReferenceData(await getDb());
});

async function signedIn(role: "staff" | "exporter" | "expert") {
  const user = await makeUser(await getDb(), { role });
  return { user, ...(await sessionFor(user.id)) };
}

describe("staff calendar page", () => {
  it("adds a holiday that the working-day arithmetic then skips, audited, and deletes it", async () => {
    const db = await getDb();
    const staff = await signedIn("staff");
    // 2027-03-01 is a Monday: two working days later is Wednesday until Wednesday is a holiday.
    expect(addWorkingDays("2027-03-01", 2, await loadCalendar(db))).toBe("2027-03-03");
    const res = await settle(() =>
      calendarAction(
        args(
          postForm(
            "/staff/calendar",
            { intent: "save", date: "2027-03-03", kind: "holiday", nameZh: "测试假日", nameEn: "Test holiday", csrf: staff.csrf },
            { cookie: staff.cookie },
          ),
        ),
      ),
    );
    expect(res.status).toBe(200);
    expect(addWorkingDays("2027-03-01", 2, await loadCalendar(db))).toBe("2027-03-04");
    const audit = await db.auditEvent.findFirst({ where: { action: "calendar-day.create", entityId: "2027-03-03" } });
    expect(audit?.actorId).toBe(staff.user.id);

    const page = await (await settle(() => calendarLoader(args(getRequest("/staff/calendar", staff.cookie))))).json();
    // The page shows the current and next year only; 2027 is one of them until 2028.
    const group = page.years.find((y: { year: number }) => y.year === 2027);
    if (group) expect(group.days.map((d: { date: string }) => d.date)).toContain("2027-03-03");

    // Changing the same date turns it into a make-up working day (upsert, audited as update).
    await settle(() =>
      calendarAction(
        args(
          postForm(
            "/staff/calendar",
            { intent: "save", date: "2027-03-03", kind: "workday", nameZh: "", nameEn: "", csrf: staff.csrf },
            { cookie: staff.cookie },
          ),
        ),
      ),
    );
    expect((await db.calendarDay.findUnique({ where: { date: "2027-03-03" } }))?.kind).toBe("workday");
    expect(await db.auditEvent.count({ where: { action: "calendar-day.update", entityId: "2027-03-03" } })).toBe(1);

    // Without the ticked confirm box the day stays (issue 13).
    const unconfirmed = await settle(() =>
      calendarAction(args(postForm("/staff/calendar", { intent: "delete", date: "2027-03-03", csrf: staff.csrf }, { cookie: staff.cookie }))),
    );
    expect(unconfirmed.status).toBe(400);
    expect((await unconfirmed.json()).formError).toBe("confirm.required");
    expect(await db.calendarDay.findUnique({ where: { date: "2027-03-03" } })).not.toBeNull();
    const del = await settle(() =>
      calendarAction(args(postForm("/staff/calendar", { intent: "delete", date: "2027-03-03", confirm: "yes", csrf: staff.csrf }, { cookie: staff.cookie }))),
    );
    expect(del.status).toBe(200);
    // Says what happened, not "saved".
    expect((await del.json()).deleted).toBe("2027-03-03");
    expect(await db.calendarDay.findUnique({ where: { date: "2027-03-03" } })).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "calendar-day.delete", entityId: "2027-03-03" } })).toBe(1);
    const again = await settle(() =>
      calendarAction(args(postForm("/staff/calendar", { intent: "delete", date: "2027-03-03", confirm: "yes", csrf: staff.csrf }, { cookie: staff.cookie }))),
    );
    expect(again.status).toBe(404);
  });

  it("says when a year has no rows", async () => {
    const db = await getDb();
    const staff = await signedIn("staff");
    const [, next] = calendarYears();
    await db.calendarDay.deleteMany({ where: { date: { startsWith: `${next}-` } } });
    const page = await (await settle(() => calendarLoader(args(getRequest("/staff/calendar", staff.cookie))))).json();
    expect(page.years.map((y: { year: number }) => y.year)).toEqual(calendarYears());
    expect(page.years[1].days).toEqual([]);
  });

  it("rejects invalid input per field and without a CSRF token", async () => {
    const db = await getDb();
    const staff = await signedIn("staff");
    const res = await settle(() =>
      calendarAction(
        args(
          postForm(
            "/staff/calendar",
            { intent: "save", date: "2027-02-30", kind: "party", nameZh: "x".repeat(61), nameEn: "", csrf: staff.csrf },
            { cookie: staff.cookie },
          ),
        ),
      ),
    );
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.fieldErrors).toEqual({ date: "calendar.err.date", kind: "calendar.err.kind", nameZh: "form.tooLong|max=60" });
    expect(await db.calendarDay.findUnique({ where: { date: "2027-02-30" } })).toBeNull();
    const noCsrf = await settle(() =>
      calendarAction(args(postForm("/staff/calendar", { intent: "save", date: "2027-03-05", kind: "holiday" }, { cookie: staff.cookie }))),
    );
    expect(noCsrf.status).toBe(403);
    expect(await db.calendarDay.findUnique({ where: { date: "2027-03-05" } })).toBeNull();
  });

  it("answers 404 to exporters and experts on the loader and the action", async () => {
    const db = await getDb();
    for (const role of ["exporter", "expert"] as const) {
      const who = await signedIn(role);
      expect((await settle(() => calendarLoader(args(getRequest("/staff/calendar", who.cookie))))).status).toBe(404);
      const res = await settle(() =>
        calendarAction(args(postForm("/staff/calendar", { intent: "save", date: "2027-03-08", kind: "holiday", csrf: who.csrf }, { cookie: who.cookie }))),
      );
      expect(res.status).toBe(404);
    }
    expect(await db.calendarDay.findUnique({ where: { date: "2027-03-08" } })).toBeNull();
  });
});

describe("staff deadline-rules page", () => {
  it("edits a rule, audited, and the next computed deadline uses it", async () => {
    const db = await getDb();
    const staff = await signedIn("staff");
    const facts = { disputeType: "us-itc-337", servedAt: new Date("2026-09-18T10:00:00+08:00"), tempReliefMotion: false };
    const before = await db.deadlineRule.findUniqueOrThrow({ where: { id: "itc337-answer" } });
    try {
      const page = await (await settle(() => rulesLoader(args(getRequest("/staff/deadline-rules", staff.cookie))))).json();
      expect(page.rules.map((r: { id: string }) => r.id)).toContain("itc337-answer");
      const res = await settle(() =>
        rulesAction(
          args(
            postForm(
              "/staff/deadline-rules",
              { id: "itc337-answer", amount: "15", unit: "working-days", note: "测试", csrf: staff.csrf },
              { cookie: staff.cookie },
            ),
          ),
        ),
      );
      expect(res.status).toBe(200);
      const row = await db.deadlineRule.findUniqueOrThrow({ where: { id: "itc337-answer" } });
      expect({ amount: row.amount, unit: row.unit, note: row.note }).toEqual({ amount: 15, unit: "working-days", note: "测试" });
      // 2026-09-18 is a Friday: 15 working days (Monday to Friday) later is Friday 2026-10-09.
      const deadline = await deadlineFor(db, facts);
      expect(deadline.deadlineRuleId).toBe("itc337-answer");
      expect(deadline.computedDeadline?.toISOString()).toBe(new Date("2026-10-09T23:59:59+08:00").toISOString());
      const audit = await db.auditEvent.findFirst({ where: { action: "deadline-rule.update", entityId: "itc337-answer" }, orderBy: { at: "desc" } });
      expect(audit?.actorId).toBe(staff.user.id);
      expect(JSON.parse(audit!.after!)).toEqual({ amount: 15, unit: "working-days", note: "测试" });
    } finally {
      await db.deadlineRule.update({ where: { id: before.id }, data: { amount: before.amount, unit: before.unit, note: before.note } });
    }
  });

  it("rejects invalid input per field and answers 404 for an unknown rule", async () => {
    const db = await getDb();
    const staff = await signedIn("staff");
    const res = await settle(() =>
      rulesAction(
        args(postForm("/staff/deadline-rules", { id: "itc337-answer", amount: "0", unit: "weeks", note: "", csrf: staff.csrf }, { cookie: staff.cookie })),
      ),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).fieldErrors).toEqual({ amount: "calendar.err.amount", unit: "calendar.err.unit" });
    expect((await db.deadlineRule.findUniqueOrThrow({ where: { id: "itc337-answer" } })).amount).toBe(20);
    const missing = await settle(() =>
      rulesAction(
        args(postForm("/staff/deadline-rules", { id: "no-such-rule", amount: "5", unit: "months", note: "", csrf: staff.csrf }, { cookie: staff.cookie })),
      ),
    );
    expect(missing.status).toBe(404);
  });

  it("answers 404 to exporters and experts on the loader and the action", async () => {
    const db = await getDb();
    for (const role of ["exporter", "expert"] as const) {
      const who = await signedIn(role);
      expect((await settle(() => rulesLoader(args(getRequest("/staff/deadline-rules", who.cookie))))).status).toBe(404);
      const res = await settle(() =>
        rulesAction(
          args(postForm("/staff/deadline-rules", { id: "itc337-answer", amount: "1", unit: "months", note: "", csrf: who.csrf }, { cookie: who.cookie })),
        ),
      );
      expect(res.status).toBe(404);
    }
    expect((await db.deadlineRule.findUniqueOrThrow({ where: { id: "itc337-answer" } })).amount).toBe(20);
  });
});
