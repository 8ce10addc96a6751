// Guidance intake and review called as Remix calls it: loaders and actions with real Requests
// carrying a session cookie, the real database, and a real SMTP server on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loader as exporterListLoader } from "~/routes/exporter+/requests._index.tsx";
import { action as exporterAction, loader as exporterLoader } from "~/routes/exporter+/requests.$id.tsx";
import { action as newAction, loader as newLoader } from "~/routes/exporter+/requests.new.tsx";
import { loader as triageLoader } from "~/routes/staff+/requests._index.tsx";
import { action as staffAction, loader as staffLoader } from "~/routes/staff+/requests.$id.tsx";
import { ensureGuidanceReferenceData } from "~/models/guidance-intake.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { resetEnvCache } from "~/utils/env.server.ts";
import { makeGuidanceRequest, makeUser } from "../db-utils.ts";
import { startTestSmtp, type TestSmtp } from "../support/smtp.ts";
import { getRequest, postForm, sessionFor, settle } from "../support/requests.ts";

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });

let smtp: TestSmtp;
const savedSmtp = process.env.SMTP_URL;
beforeAll(async () => {
  smtp = await startTestSmtp();
  process.env.SMTP_URL = smtp.url;
  resetEnvCache();
  await ensureGuidanceReferenceData(await getDb());
});
afterAll(async () => {
  process.env.SMTP_URL = savedSmtp;
  resetEnvCache();
  await smtp.close();
});

const complete = {
  disputeType: "us-itc-337",
  country: "US",
  forum: "USITC",
  opposingParty: "Acme Solar Inc.",
  opposingCounsel: "Smith & Partners LLP",
  caseNumber: "337-TA-1452",
  servedAt: "2026-09-18",
  tempReliefMotion: "true",
  products: "solar panels",
  hsCodes: "8541.43",
  amountAtStake: "1200000",
  currency: "usd",
  whatHappened: "我司收到337调查投诉书，涉及光伏组件专利。",
  helpWanted: "应诉策略",
  contactName: "张三",
  contactEmail: "zhang@example.test",
  consentToShare: "true",
};

async function people() {
  const db = await getDb();
  const a = await makeUser(db, { role: "exporter", locale: "en" });
  const b = await makeUser(db, { role: "exporter" });
  const staff = await makeUser(db, { role: "staff" });
  const expert = await makeUser(db, { role: "expert" });
  const admin = await makeUser(db, { role: "admin" });
  return {
    db,
    a: { user: a, ...(await sessionFor(a.id)) },
    b: { user: b, ...(await sessionFor(b.id)) },
    staff: { user: staff, ...(await sessionFor(staff.id)) },
    expert: { user: expert, ...(await sessionFor(expert.id)) },
    admin: { user: admin, ...(await sessionFor(admin.id)) },
  };
}

async function createDraftVia(s: { cookie: string; csrf: string }, fields: Record<string, string> = complete) {
  const res = await settle(() => newAction(args(postForm("/exporter/requests/new", { ...fields, csrf: s.csrf }, { cookie: s.cookie }))));
  expect(res.status).toBe(302);
  return res.headers.get("Location")!.split("/").pop()!.split("?")[0]!;
}

describe("guidance intake and review", () => {
  it("validates the form per field with catalogue keys", async () => {
    const { a } = await people();
    const res = await settle(() =>
      newAction(
        args(
          postForm(
            "/exporter/requests/new",
            { disputeType: "nope", hsCodes: "85x", currency: "dollars", contactEmail: "bad", csrf: a.csrf },
            { cookie: a.cookie },
          ),
        ),
      ),
    );
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.fieldErrors).toMatchObject({
      disputeType: "guidance.err.disputeType",
      hsCodes: "guidance.err.hsCode",
      currency: "guidance.err.currency",
      contactEmail: "form.invalidEmail",
    });
  });

  it("walks submit → review → supplement (paused) → resubmit → accept, with the deadline rule, timeline, audit and mail", async () => {
    const { db, a, staff } = await people();
    const id = await createDraftVia(a);
    const draft = await db.guidanceRequest.findUniqueOrThrow({ where: { id } });
    expect(draft.state).toBe("draft");
    expect(draft.deadlineRuleId).toBe("itc337-answer-temp-relief");
    expect(draft.hsCodes).toBe('["854143"]');
    expect(draft.currency).toBe("USD");

    const submit = await settle(() =>
      exporterAction(args(postForm(`/exporter/requests/${id}`, { ...complete, intent: "submit", csrf: a.csrf }, { cookie: a.cookie }), { id })),
    );
    expect(submit.status).toBe(302);
    const before = smtp.messages.length;
    const staffPost = (intent: string, extra: Record<string, string> = {}) =>
      settle(() => staffAction(args(postForm(`/staff/requests/${id}`, { intent, csrf: staff.csrf, ...extra }, { cookie: staff.cookie }), { id })));

    // Illegal: accepting before review is refused with the catalogue message and nothing changes.
    const illegal = await staffPost("accept");
    expect(illegal.status).toBe(409);
    expect((await illegal.json()).formError).toBe("guidance.err.illegal-transition");
    expect((await db.guidanceRequest.findUniqueOrThrow({ where: { id } })).state).toBe("submitted");

    expect((await staffPost("start-review")).status).toBe(302);
    const noReason = await staffPost("request-supplement");
    expect(noReason.status).toBe(400);
    expect((await noReason.json()).fieldErrors.note).toBe("guidance.err.reasonRequired");
    expect((await staffPost("request-supplement", { note: "请补充送达证明" })).status).toBe(302);
    const paused = await db.guidanceRequest.findUniqueOrThrow({ where: { id } });
    expect(paused.state).toBe("needs-supplement");
    expect(paused.supplementNote).toBe("请补充送达证明");
    expect(paused.slaPausedAt).toBeInstanceOf(Date);

    // The exporter (English locale) got the supplement notice by mail, in English, with HTML and text parts.
    const mails = await smtp.waitFor(before + 2);
    const toA = mails.filter((m) => m.to.includes(a.user.email));
    const supplementMail = toA.find((m) => m.subject.includes("Needs supplement"));
    expect(supplementMail?.text).toContain("请补充送达证明");
    expect(supplementMail?.html).toContain(`/exporter/requests/${id}`);
    expect(await db.notification.count({ where: { userId: a.user.id } })).toBeGreaterThanOrEqual(2);

    const resubmit = await settle(() =>
      exporterAction(args(postForm(`/exporter/requests/${id}`, { ...complete, intent: "submit", csrf: a.csrf }, { cookie: a.cookie }), { id })),
    );
    expect(resubmit.status).toBe(302);
    const resumed = await db.guidanceRequest.findUniqueOrThrow({ where: { id } });
    expect(resumed.state).toBe("under-review");
    expect(resumed.slaPausedAt).toBeNull();

    expect((await staffPost("accept")).status).toBe(302);
    const events = await db.guidanceEvent.findMany({ where: { requestId: id }, orderBy: { at: "asc" } });
    expect(events.map((e) => e.toState)).toEqual(["submitted", "under-review", "needs-supplement", "under-review", "accepted"]);
    expect(await db.auditEvent.count({ where: { entity: "guidance-request", entityId: id } })).toBeGreaterThanOrEqual(6);

    // Deadline override needs a reason and is audited.
    const bad = await staffPost("override", { deadline: "2026-10-20", reason: "" });
    expect(bad.status).toBe(400);
    expect((await staffPost("override", { deadline: "2026-10-20", reason: "ALJ extended the response date" })).status).toBe(302);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "guidance-request.deadline-override" } })).toBe(1);
  });

  it("refuses to submit an incomplete draft with per-field errors", async () => {
    const { a } = await people();
    const id = await createDraftVia(a, { disputeType: "other" });
    const res = await settle(() =>
      exporterAction(args(postForm(`/exporter/requests/${id}`, { disputeType: "other", intent: "submit", csrf: a.csrf }, { cookie: a.cookie }), { id })),
    );
    expect(res.status).toBe(400);
    expect(Object.keys((await res.json()).fieldErrors)).toEqual(expect.arrayContaining(["whatHappened", "helpWanted", "contactName", "contactEmail"]));
  });

  it("authorises every route: other company, expert and admin → 404; staff allowed", async () => {
    const { a, b, staff, expert, admin } = await people();
    const id = await createDraftVia(a);
    const status = async (fn: () => Promise<unknown>) => (await settle(fn)).status;

    expect(await status(() => exporterLoader(args(getRequest(`/exporter/requests/${id}`, a.cookie), { id })))).toBe(200);
    expect(await status(() => exporterLoader(args(getRequest(`/exporter/requests/${id}`, b.cookie), { id })))).toBe(404);
    expect(
      await status(() =>
        exporterAction(args(postForm(`/exporter/requests/${id}`, { ...complete, intent: "save", csrf: b.csrf }, { cookie: b.cookie }), { id })),
      ),
    ).toBe(404);
    const listB = await settle(() => exporterListLoader(args(getRequest("/exporter/requests", b.cookie))));
    expect((await listB.json()).requests).toEqual([]);

    for (const other of [staff, expert, admin]) {
      expect(await status(() => exporterLoader(args(getRequest(`/exporter/requests/${id}`, other.cookie), { id })))).toBe(404); // other audiences: 404 (the page does not reveal it exists)
      expect(await status(() => newLoader(args(getRequest("/exporter/requests/new", other.cookie))))).toBe(404); // other audiences: 404 (the page does not reveal it exists)
    }
    for (const other of [a, expert, admin]) {
      expect(await status(() => triageLoader(args(getRequest("/staff/requests", other.cookie))))).toBe(404); // other audiences: 404 (the page does not reveal it exists)
      expect(await status(() => staffLoader(args(getRequest(`/staff/requests/${id}`, other.cookie), { id })))).toBe(404); // other audiences: 404 (the page does not reveal it exists)
      expect(
        await status(() =>
          staffAction(args(postForm(`/staff/requests/${id}`, { intent: "terminate", note: "x", csrf: other.csrf }, { cookie: other.cookie }), { id })),
        ),
      ).toBe(404); // other audiences: 404 (the page does not reveal it exists)
    }
    expect(await status(() => staffLoader(args(getRequest(`/staff/requests/${id}`, staff.cookie), { id })))).toBe(200);
    expect(await status(() => staffLoader(args(getRequest(`/staff/requests/nope`, staff.cookie), { id: "nope" })))).toBe(404);
    // Drafts are the exporter's own: not in the triage queue.
    const queue = await (await settle(() => triageLoader(args(getRequest("/staff/requests", staff.cookie))))).json();
    expect(queue.rows.map((r: { id: string }) => r.id)).not.toContain(id);
  });

  it("prefills from an alert of the company only", async () => {
    const { db, a, b } = await people();
    const kase = await db.case.create({
      data: {
        investigationNumber: `337-TA-${Math.floor(Math.random() * 1e6)}`,
        caseType: "us-itc-337",
        jurisdiction: "US",
        title: "Certain Solar Modules",
        complainants: '["Acme Solar Inc."]',
        products: '["solar modules"]',
        htsCodes: '["854143"]',
      },
    });
    const tag = Math.random().toString(36).slice(2);
    const source = await db.source.create({ data: { name: `src-${tag}`, url: `https://feeds.example.test/${tag}.xml`, kind: "case", jurisdiction: "US" } });
    const now = new Date();
    const item = await db.riskItem.create({
      data: {
        sourceId: source.id,
        guid: tag,
        title: "Certain Solar Modules",
        summary: "",
        publishedAt: now,
        fetchedAt: now,
        language: "en",
        jurisdiction: "US",
        kind: "case",
        caseType: "us-itc-337",
        fingerprint: tag,
        caseId: kase.id,
      },
    });
    const alert = await db.alert.create({ data: { companyId: a.user.companyId!, riskItemId: item.id, caseId: kase.id, severity: "high" } });
    const own = await settle(() => newLoader(args(getRequest(`/exporter/requests/new?alert=${alert.id}`, a.cookie))));
    const body = await own.json();
    expect(body.values).toMatchObject({ disputeType: "us-itc-337", caseNumber: kase.investigationNumber, opposingParty: "Acme Solar Inc." });
    expect((await settle(() => newLoader(args(getRequest(`/exporter/requests/new?alert=${alert.id}`, b.cookie))))).status).toBe(404);
  });

  it("prefills from a case the company was alerted on, and from no other case", async () => {
    const { db, a, b } = await people();
    const kase = await db.case.create({
      data: {
        investigationNumber: `337-TA-${Math.floor(Math.random() * 1e6)}`,
        caseType: "us-itc-337",
        jurisdiction: "US",
        title: "Certain Inverters",
        complainants: '["Volt Corp."]',
      },
    });
    const tag = Math.random().toString(36).slice(2);
    const source = await db.source.create({ data: { name: `src-${tag}`, url: `https://feeds.example.test/${tag}.xml`, kind: "case", jurisdiction: "US" } });
    const now = new Date();
    const item = await db.riskItem.create({
      data: {
        sourceId: source.id,
        guid: tag,
        title: "Certain Inverters",
        summary: "",
        publishedAt: now,
        fetchedAt: now,
        language: "en",
        jurisdiction: "US",
        kind: "case",
        caseType: "us-itc-337",
        fingerprint: tag,
        caseId: kase.id,
      },
    });
    await db.alert.create({ data: { companyId: a.user.companyId!, riskItemId: item.id, caseId: kase.id, severity: "high" } });
    const body = await (await settle(() => newLoader(args(getRequest(`/exporter/requests/new?case=${kase.id}`, a.cookie))))).json();
    expect(body.values).toMatchObject({ caseNumber: kase.investigationNumber, opposingParty: "Volt Corp.", country: "US" });
    // The same visibility as the case page (issue 19): a company with no alert on the case gets 404.
    expect((await settle(() => newLoader(args(getRequest(`/exporter/requests/new?case=${kase.id}`, b.cookie))))).status).toBe(404);
    expect((await settle(() => newLoader(args(getRequest(`/exporter/requests/new?case=nope`, a.cookie))))).status).toBe(404);
  });

  it("the seed factory reaches each demo state through the state machine; the triage queue puts the nearest deadline first", async () => {
    const { db, a, staff } = await people();
    const companyId = a.user.companyId!;
    const states = ["draft", "submitted", "needs-supplement", "rejected", "accepted", "delivered"] as const;
    for (const state of states) {
      const r = await makeGuidanceRequest(db, { companyId, exporterId: a.user.id, staffId: staff.user.id, state });
      expect(r.state).toBe(state);
    }
    const soon = await makeGuidanceRequest(db, {
      companyId,
      exporterId: a.user.id,
      staffId: staff.user.id,
      state: "submitted",
      fields: { disputeType: "schedule-a-tro", servedAt: new Date(Date.now() - 13 * 86_400_000) },
    });
    const later = await makeGuidanceRequest(db, {
      companyId,
      exporterId: a.user.id,
      staffId: staff.user.id,
      state: "submitted",
      fields: { disputeType: "us-district-court", servedAt: new Date() },
    });
    const queue = await (await settle(() => triageLoader(args(getRequest("/staff/requests?state=submitted", staff.cookie))))).json();
    const ids: string[] = queue.rows.map((r: { id: string }) => r.id);
    expect(ids.indexOf(soon.id)).toBeLessThan(ids.indexOf(later.id));
    const row = queue.rows.find((r: { id: string }) => r.id === soon.id);
    expect(row.daysLeft).toBeLessThanOrEqual(1);
    expect(queue.rows.every((r: { state: string }) => r.state === "submitted")).toBe(true);
  });
});
