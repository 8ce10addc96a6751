// The staff triage queue (issue 13): an owner per request and a "mine" view, search, the rule
// that computed a deadline, the SLA level per row, through the route's loader and action.
import { describe, expect, it } from "vitest";
import { ensureGuidanceReferenceData } from "~/models/guidance-intake.server.ts";
import { action, loader } from "~/routes/staff+/requests._index.tsx";
import { getDb } from "~/utils/db.server.ts";
import { makeCompany, makeUser } from "../db-utils.ts";
import { makeGuidanceRequest } from "../support/guidance-factory.ts";
import { getRequest, postForm, sessionFor, settle } from "../support/requests.ts";

const args = (request: Request) => ({ request, params: {}, context: {} });

async function world(tag: string) {
  const db = await getDb();
  await ensureGuidanceReferenceData(db);
  const company = await makeCompany(db, { nameZh: `队列测试${tag}公司` });
  const exporter = await makeUser(db, { role: "exporter", companyId: company.id });
  const staff = await makeUser(db, { role: "staff" });
  const make = (caseNumber: string, data = {}) =>
    makeGuidanceRequest(db, { companyId: company.id, createdById: exporter.id, staffId: staff.id, state: "accepted", data: { caseNumber, ...data } });
  return { db, staff, make, session: await sessionFor(staff.id) };
}

async function queue(query: string, cookie: string) {
  const res = await settle(() => loader(args(getRequest(`/staff/requests?${query}`, cookie))));
  expect(res.status).toBe(200);
  return (await res.json()) as {
    rows: {
      id: string;
      caseNumber: string;
      owner: { id: string; name: string } | null;
      rule: { zh: string } | null;
      deadlineSource: string;
      sla: { level: string };
    }[];
    total: number;
  };
}

describe("the triage queue", () => {
  it("lets a staff member take a request, then shows it under mine and not under unassigned", async () => {
    const { staff, make, session } = await world("A");
    const mine = await make("Q-MINE-1");
    const other = await make("Q-MINE-2");
    const taken = await settle(() =>
      action(args(postForm("/staff/requests", { intent: "claim", requestId: mine.id, csrf: session.csrf }, { cookie: session.cookie }))),
    );
    expect(taken.status).toBe(200);
    const ids = async (owner: string) => (await queue(`owner=${owner}&q=Q-MINE`, session.cookie)).rows.map((r) => r.id);
    expect(await ids("mine")).toEqual([mine.id]);
    expect(await ids("none")).toEqual([other.id]);
    const row = (await queue("q=Q-MINE-1", session.cookie)).rows[0]!;
    expect(row.owner).toEqual({ id: staff.id, name: staff.name });
    await settle(() => action(args(postForm("/staff/requests", { intent: "release", requestId: mine.id, csrf: session.csrf }, { cookie: session.cookie }))));
    expect(await ids("mine")).toEqual([]);
  });

  it("refuses to take a request that does not exist, and a take without the CSRF token", async () => {
    const { session } = await world("B");
    const missing = await settle(() =>
      action(args(postForm("/staff/requests", { intent: "claim", requestId: "nope", csrf: session.csrf }, { cookie: session.cookie }))),
    );
    expect(missing.status).toBe(404);
    const forged = await settle(() => action(args(postForm("/staff/requests", { intent: "claim", requestId: "nope" }, { cookie: session.cookie }))));
    expect(forged.status).toBe(403);
  });

  it("names the deadline rule next to a computed deadline and marks a long-unanswered request as breached", async () => {
    const { db, make, session } = await world("C");
    const computed = await make("Q-RULE-1", { computedDeadline: new Date("2099-03-01T15:59:59Z"), deadlineRuleId: "itc337-answer" });
    // Submitted years ago and never answered: past every SLA target whatever today is.
    await db.guidanceRequest.update({
      where: { id: computed.id },
      data: { submittedAt: new Date("2020-01-06T02:00:00Z"), firstResponseAt: null, lastUpdateAt: null },
    });
    const row = (await queue("q=Q-RULE-1", session.cookie)).rows[0]!;
    expect(row.deadlineSource).toBe("computed");
    expect(row.rule?.zh).toBe("337调查答辩：送达后20日");
    expect(row.sla.level).toBe("breached");
  });
});
