// Issue 13's server-side defects, each through the code path a user or operator takes:
// the staff request page's deadline override, the triage queue, the calendar page, the
// exporter's rating after staff closed the request, and the operator CLI's request list.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { calendarYears } from "~/models/calendar.server.ts";
import { exporterRate, listTriage } from "~/models/guidance-intake.server.ts";
import { transitionRequest } from "~/models/guidance-request.server.ts";
import { action as calendarAction } from "~/routes/staff+/calendar.tsx";
import { action as staffRequestAction } from "~/routes/staff+/requests.$id.tsx";
import { getDb } from "~/utils/db.server.ts";
import { makeCompany, makeUser } from "../db-utils.ts";
import { makeGuidanceRequest } from "../support/guidance-factory.ts";
import { postForm, sessionFor, settle } from "../support/requests.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });

async function world() {
  const db = await getDb();
  const company = await makeCompany(db);
  const exporter = await makeUser(db, { role: "exporter", companyId: company.id });
  const staff = await makeUser(db, { role: "staff" });
  const make = (state: "submitted" | "accepted" = "accepted", data = {}) =>
    makeGuidanceRequest(db, { companyId: company.id, createdById: exporter.id, staffId: staff.id, state, data });
  return { db, company, exporter, staff, make, session: await sessionFor(staff.id) };
}

async function close(requestId: string, staffId: string) {
  const db = await getDb();
  await db.guidanceRequest.update({ where: { id: requestId }, data: { state: "delivered" } });
  await transitionRequest(db, { requestId, to: "closed", actor: { id: staffId, kind: "staff" } });
}

describe("deadlines on finished requests", () => {
  it("refuses a deadline override on a closed request", async () => {
    const { db, staff, make, session } = await world();
    const closed = await make();
    await close(closed.id, staff.id);
    const refused = await settle(() =>
      staffRequestAction(
        args(
          postForm(
            `/staff/requests/${closed.id}`,
            { intent: "override", deadline: "2099-01-01", reason: "法院通知", csrf: session.csrf },
            { cookie: session.cookie },
          ),
          {
            id: closed.id,
          },
        ),
      ),
    );
    expect(refused.status).toBe(400);
    expect((await refused.json()).fieldErrors.deadline).toBe("journeys.deadline.overrideFinished");
    expect((await db.guidanceRequest.findUniqueOrThrow({ where: { id: closed.id } })).deadlineOverride).toBeNull();
  });

  it("never puts a closed request at the top of the queue as overdue", async () => {
    const { db, staff, make } = await world();
    const closed = await make("accepted", { caseNumber: "CLOSED-OVERDUE" });
    await close(closed.id, staff.id);
    // An old override, as set before the fix, on a request closed long ago.
    await db.guidanceRequest.update({ where: { id: closed.id }, data: { deadlineOverride: new Date("2019-06-01T15:59:59Z") } });
    const rows = await listTriage(db);
    const row = rows.find((r) => r.id === closed.id)!;
    expect(row.daysLeft).toBeNull();
    expect(rows[0]!.id).not.toBe(closed.id);
  });
});

describe("calendar days outside the two years shown", () => {
  it("refuses them with a message instead of saving a day nobody can see", async () => {
    const { db, session } = await world();
    const [, next] = calendarYears();
    const date = `${next + 3}-05-05`;
    const res = await settle(() =>
      calendarAction(
        args(
          postForm("/staff/calendar", { intent: "save", date, kind: "holiday", nameZh: "远期", nameEn: "", csrf: session.csrf }, { cookie: session.cookie }),
        ),
      ),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).fieldErrors.date).toMatch(/^journeys\.calendar\.outOfRange/);
    expect(await db.calendarDay.findUnique({ where: { date } })).toBeNull();
  });
});

describe("rating after staff closed the request", () => {
  it("takes the exporter's rating once on a request staff already closed", async () => {
    const { db, company, exporter, staff, make } = await world();
    const r = await make();
    await close(r.id, staff.id);
    await exporterRate(db, { requestId: r.id, companyId: company.id, userId: exporter.id, rating: 4, feedback: "有用" });
    expect(await db.guidanceRequest.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({ state: "closed", rating: 4, feedback: "有用" });
    await expect(exporterRate(db, { requestId: r.id, companyId: company.id, userId: exporter.id, rating: 1, feedback: null })).rejects.toThrow();
    expect((await db.guidanceRequest.findUniqueOrThrow({ where: { id: r.id } })).rating).toBe(4);
  });
});

describe("operator CLI request list", () => {
  it("shows a request's escalation status and sub-centre reference in --json", async () => {
    const { db, staff, make } = await world();
    const r = await make("accepted", { caseNumber: "ESC-CLI-1" });
    await db.escalation.create({ data: { requestId: r.id, note: "重大", status: "acknowledged", subCentreRef: "ZJ-2026-0042", createdById: staff.id } });
    const { stdout } = await run(process.execPath, ["build/proc/cli.js", "requests", "list", "--json"], { cwd: root, env: process.env });
    const rows = JSON.parse(stdout) as { id: string; escalation: string | null; subCentreRef: string | null }[];
    expect(rows.find((x) => x.id === r.id)).toMatchObject({ escalation: "acknowledged", subCentreRef: "ZJ-2026-0042" });
  });
});

describe("notifications about a request", () => {
  it("name the request by its case number and company, not an id fragment", async () => {
    const { db, company, exporter, make } = await world();
    const r = await make("accepted", { caseNumber: "337-TA-4242" });
    const note = await db.notification.findFirstOrThrow({ where: { userId: exporter.id, kind: "guidance-transition" }, orderBy: { createdAt: "desc" } });
    expect(note.params).toContain("337-TA-4242");
    expect(note.params).toContain(company.nameZh);
    expect(note.params).not.toContain(r.id.slice(-8));
  });
});
