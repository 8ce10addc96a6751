// Support beyond advice over real SQLite: subsidy applications (prefill from a closed request,
// one per case and policy, the state machine to paid with audit in the same transaction,
// tenancy), insurance reminders exactly once per threshold, an observation turned into an
// item raising the same alerts as the same text from a feed, and guides linked by forum.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { matchNewItems } from "~/models/alert-matching.server.ts";
import {
  getPublishedGuide,
  guideCitingRule,
  guideForForum,
  reviewGuideVersion,
  saveGuideVersion,
  submitGuideForReview,
} from "~/models/country-guide.server.ts";
import { ensureGuidanceReferenceData } from "~/models/guidance-intake.server.ts";
import { transitionRequest } from "~/models/guidance-request.server.ts";
import { remindExpiringPolicies } from "~/models/insurance.server.ts";
import { designateMember, submitObservation, triageObservation } from "~/models/observation.server.ts";
import { supportBreakdowns } from "~/models/statistics-page.server.ts";
import { createApplication, getOwnApplication, listOwnApplications, subsidyTotals, transitionApplication } from "~/models/subsidy-application.server.ts";
import { getDb, type Db } from "~/utils/db.server.ts";
import { ensureSupportReferenceData } from "../../prisma/seed-support.ts";
import { makeGuidanceRequest, makeUser } from "../db-utils.ts";
import { storeFeedBytes } from "../support/store-feed.ts";

async function closedRequest(db: Db, city = "深圳") {
  const exporter = await makeUser(db, { role: "exporter" });
  await db.company.update({ where: { id: exporter.companyId! }, data: { city } });
  const staff = await makeUser(db, { role: "staff" });
  const r = await makeGuidanceRequest(db, { companyId: exporter.companyId!, exporterId: exporter.id, staffId: staff.id, state: "delivered" });
  await transitionRequest(db, { requestId: r.id, to: "closed", actor: { id: exporter.id, kind: "exporter" } });
  return { exporter, staff, requestId: r.id, companyId: exporter.companyId! };
}

const wonInput = (requestId: string) => ({
  policyId: "won-case-overseas",
  subject: `request:${requestId}`,
  caseScope: "overseas" as const,
  won: true,
  decidedOn: "2026-10-01",
  costs: 500_000,
  premium: null,
  statement: "胜诉",
});

describe("subsidy applications", () => {
  it("takes a won-case application from a closed request to paid, auditing each step, and pays one case once per policy", async () => {
    const db = await getDb();
    await ensureSupportReferenceData(db);
    const { exporter, staff, requestId, companyId } = await closedRequest(db);
    const created = await createApplication(db, { companyId, userId: exporter.id, data: wonInput(requestId) });
    expect(created.ok).toBe(true);
    const id = (created as { id: string }).id;
    const app = await getOwnApplication(db, id, companyId);
    expect(app).toMatchObject({ state: "submitted", caseScope: "overseas", proposedAmount: 100_000, year: 2026 });

    const again = await createApplication(db, { companyId, userId: exporter.id, data: wonInput(requestId) });
    expect(again).toEqual({ ok: false, fieldErrors: { subject: "support.err.alreadyApplied" } });

    const actor = { id: staff.id, kind: "staff" as const };
    await transitionApplication(db, { applicationId: id, to: "under-review", actor });
    await transitionApplication(db, { applicationId: id, to: "needs-supplement", actor, note: "请补充判决书译本" });
    await transitionApplication(db, { applicationId: id, to: "under-review", actor: { id: exporter.id, kind: "exporter" }, companyId });
    await transitionApplication(db, { applicationId: id, to: "approved", actor, amount: 100_000 });
    const paid = await transitionApplication(db, { applicationId: id, to: "paid", actor, amount: 100_000 });
    expect(paid).toMatchObject({ state: "paid", approvedAmount: 100_000, paidAmount: 100_000 });
    expect(paid.noticeNumber).toMatch(/助字第 \d+ 号$/);

    const audit = await db.auditEvent.findMany({ where: { entity: "subsidy-application", entityId: id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual([
      "subsidy-application.submitted",
      "subsidy-application.under-review",
      "subsidy-application.needs-supplement",
      "subsidy-application.under-review",
      "subsidy-application.approved",
      "subsidy-application.paid",
    ]);
    expect(await db.subsidyEvent.count({ where: { applicationId: id } })).toBe(6);

    const year = { from: new Date("2026-01-01T00:00:00+08:00"), to: new Date("2027-01-01T00:00:00+08:00") };
    const totals = (await subsidyTotals(db, year)).find((r) => r.policyId === "won-case-overseas")!;
    expect(totals.paid.amount).toBeGreaterThanOrEqual(100_000);

    // The totals reach the statistics page, in the reader's language.
    const tables = await supportBreakdowns({ start: year.from, end: year.to }, "en");
    const subsidies = tables.find((table) => table.title === "IP enforcement subsidies (by policy)")!;
    const policy = await db.subsidyPolicy.findUniqueOrThrow({ where: { id: "won-case-overseas" } });
    const row = subsidies.rows.find((r) => r[0] === policy.nameEn)!;
    expect(row.slice(1)).toEqual([
      `${totals.applied.count} / ${totals.applied.amount}`,
      `${totals.approved.count} / ${totals.approved.amount}`,
      `${totals.paid.count} / ${totals.paid.amount}`,
    ]);
  });

  it("refuses illegal steps, a missing amount and an exporter's review step without writing anything", async () => {
    const db = await getDb();
    await ensureSupportReferenceData(db);
    const { exporter, staff, requestId, companyId } = await closedRequest(db);
    const { id } = (await createApplication(db, { companyId, userId: exporter.id, data: wonInput(requestId) })) as { id: string };
    const actor = { id: staff.id, kind: "staff" as const };
    await expect(transitionApplication(db, { applicationId: id, to: "paid", actor, amount: 1 })).rejects.toMatchObject({ code: "illegal-transition" });
    await transitionApplication(db, { applicationId: id, to: "under-review", actor });
    await expect(transitionApplication(db, { applicationId: id, to: "approved", actor })).rejects.toMatchObject({ code: "amount-required" });
    await expect(transitionApplication(db, { applicationId: id, to: "rejected", actor, note: " " })).rejects.toMatchObject({ code: "reason-required" });
    await expect(
      transitionApplication(db, { applicationId: id, to: "approved", actor: { id: exporter.id, kind: "exporter" }, companyId, amount: 5 }),
    ).rejects.toMatchObject({ code: "not-allowed-for-actor" });
    expect(await db.subsidyEvent.count({ where: { applicationId: id } })).toBe(2);
  });

  it("explains why a company registered outside the city is not eligible", async () => {
    const db = await getDb();
    await ensureSupportReferenceData(db);
    const { exporter, requestId, companyId } = await closedRequest(db, "宁波");
    const { id } = (await createApplication(db, { companyId, userId: exporter.id, data: wonInput(requestId) })) as { id: string };
    const app = await getOwnApplication(db, id, companyId);
    const result = JSON.parse(app!.eligibility) as { eligible: boolean; checks: { id: string; holds: boolean }[] };
    expect(result.eligible).toBe(false);
    expect(result.checks.filter((c) => !c.holds).map((c) => c.id)).toEqual(["registered-in"]);
  });

  it("keeps each exporter to its own applications and requests", async () => {
    const db = await getDb();
    await ensureSupportReferenceData(db);
    const a = await closedRequest(db);
    const b = await closedRequest(db);
    const { id } = (await createApplication(db, { companyId: a.companyId, userId: a.exporter.id, data: wonInput(a.requestId) })) as { id: string };
    expect(await getOwnApplication(db, id, b.companyId)).toBeNull();
    expect((await listOwnApplications(db, b.companyId)).map((x) => x.id)).not.toContain(id);
    // B cannot claim A's request, nor move A's application.
    expect(await createApplication(db, { companyId: b.companyId, userId: b.exporter.id, data: wonInput(a.requestId) })).toEqual({
      ok: false,
      fieldErrors: { subject: "support.err.subject" },
    });
    await expect(
      transitionApplication(db, { applicationId: id, to: "under-review", actor: { id: b.exporter.id, kind: "exporter" }, companyId: b.companyId }),
    ).rejects.toMatchObject({ code: "not-found" });
  });
});

describe("insurance expiry reminders", () => {
  it("reminds once per policy and threshold, however often the job runs", async () => {
    const db = await getDb();
    const exporter = await makeUser(db, { role: "exporter" });
    const now = new Date("2030-03-01T00:00:00Z");
    const policy = await db.insurancePolicy.create({
      data: {
        companyId: exporter.companyId!,
        kind: "patent-enforcement",
        insurer: "测试保险",
        cover: 1_000_000,
        premium: 20_000,
        startsOn: new Date("2029-03-21T00:00:00Z"),
        endsOn: new Date("2030-03-21T00:00:00Z"),
        createdById: exporter.id,
      },
    });
    await remindExpiringPolicies(db, now);
    await remindExpiringPolicies(db, now);
    const kinds = () => db.notification.findMany({ where: { userId: exporter.id, kind: "insurance-expiry" } });
    expect(await kinds()).toHaveLength(1);
    const later = new Date("2030-03-16T00:00:00Z");
    await remindExpiringPolicies(db, later);
    await remindExpiringPolicies(db, later);
    expect(await kinds()).toHaveLength(2);
    expect((await db.insuranceReminder.findMany({ where: { policyId: policy.id } })).map((r) => r.daysBefore).sort()).toEqual([30, 7]);
  });
});

describe("observation reports", () => {
  it("turns a member's report into an item that raises the same alerts as the same text from a feed", async () => {
    const db = await getDb();
    const tag = crypto.randomBytes(3).toString("hex");
    const product = `测试光伏组件${tag}`;
    const watcher = await makeUser(db, { role: "exporter" });
    await db.company.update({ where: { id: watcher.companyId! }, data: { products: JSON.stringify([product]) } });
    const member = await makeUser(db, { role: "exporter" });
    const staff = await makeUser(db, { role: "staff" });
    await designateMember(
      db,
      {
        companyId: member.companyId!,
        memberKind: "association",
        contactName: "秘书处",
        contactEmail: null,
        contactPhone: null,
        termFrom: new Date(Date.now() - 86_400_000),
        termTo: new Date(Date.now() + 86_400_000 * 365),
      },
      staff.id,
    );
    const title = `美国展会上有企业指控${product}侵犯其专利`;
    const text = `在拉斯维加斯展会上，一家美国公司向多家参展商发出律师函，称${product}侵犯其专利。`;
    const obs = await submitObservation(db, {
      companyId: member.companyId!,
      userId: member.id,
      data: { country: "US", forum: "CES", title, whatHappened: text, parties: [], products: [], links: [], urgency: "high" },
    });
    expect(obs).not.toBeNull();
    const triaged = await triageObservation(db, { id: obs!.id, decision: { to: "item" }, note: null, actorId: staff.id });
    expect(triaged).toMatchObject({ ok: true, state: "item-created" });

    // The same text from a feed (published a day earlier, so it is not the same notice).
    const source = await db.source.create({
      data: { name: `News ${tag}`, url: `https://feeds.example.test/${tag}.xml`, kind: "news", jurisdiction: "US", language: "zh", visibleToExporters: true },
    });
    const rss = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title><item><guid>${tag}</guid><title>${title}</title><description>&lt;p&gt;${text}&lt;/p&gt;</description><pubDate>${new Date(Date.now() - 86_400_000).toUTCString()}</pubDate></item></channel></rss>`;
    const stored = await storeFeedBytes(db, new TextEncoder().encode(rss), { id: source.id, kind: "news", language: "zh" }, { feedUrl: source.url });
    await matchNewItems(db);

    const alerts = await db.alert.findMany({ where: { companyId: watcher.companyId! } });
    const observedItemId = triaged.ok ? triaged.riskItemId : null;
    expect(observedItemId).toBeTruthy();
    const fromObservation = alerts.find((a) => a.riskItemId === observedItemId);
    const fromFeed = alerts.find((a) => a.riskItemId === stored.createdIds[0]);
    expect(fromObservation).toBeDefined();
    expect(fromFeed).toBeDefined();
    expect({ severity: fromObservation!.severity, reasons: JSON.parse(fromObservation!.reasons) }).toEqual({
      severity: fromFeed!.severity,
      reasons: JSON.parse(fromFeed!.reasons),
    });
    // The member sees the outcome.
    expect(await db.notification.count({ where: { userId: member.id, kind: "observation" } })).toBe(1);
  });

  it("accepts reports only from members in term", async () => {
    const db = await getDb();
    const outsider = await makeUser(db, { role: "exporter" });
    const row = await submitObservation(db, {
      companyId: outsider.companyId!,
      userId: outsider.id,
      data: {
        country: "DE",
        forum: null,
        title: "展会临时禁令",
        whatHappened: "在杜塞尔多夫展会上有展位被查封。",
        parties: [],
        products: [],
        links: [],
        urgency: "low",
      },
    });
    expect(row).toBeNull();
  });
});

describe("country guides", () => {
  it("links each forum to its published guide and the request deadline rule to the guide citing it", async () => {
    const db = await getDb();
    await ensureGuidanceReferenceData(db);
    await ensureSupportReferenceData(db);
    expect(await guideForForum(db, "schedule-a-tro")).toEqual({ slug: "us-district-courts" });
    expect(await guideForForum(db, "eu-customs-detention")).toEqual({ slug: "eu-customs" });
    expect(await guideCitingRule(db, "itc337-answer")).toEqual({ slug: "us-itc-337" });
    const itc = await getPublishedGuide(db, "us-itc-337");
    expect(itc!.rules.map((r) => [r.id, r.amount])).toEqual([
      ["itc337-answer", 20],
      ["itc337-answer-temp-relief", 10],
    ]);
    expect(itc!.content.sources.length).toBeGreaterThan(0);
  });

  it("keeps the published version until another staff member publishes the next one", async () => {
    const db = await getDb();
    await ensureGuidanceReferenceData(db);
    await ensureSupportReferenceData(db);
    const author = await makeUser(db, { role: "staff" });
    const reviewer = await makeUser(db, { role: "staff" });
    const guide = await db.countryGuide.findUniqueOrThrow({ where: { slug: "eu-customs" } });
    const before = await getPublishedGuide(db, "eu-customs");
    const v = await saveGuideVersion(db, {
      guideId: guide.id,
      content: { ...before!.content, summary: { zh: "新摘要", en: "New summary" } },
      deadlineRuleIds: ["eu-customs-detention"],
      changeNote: "摘要",
      actorId: author.id,
    });
    expect((await getPublishedGuide(db, "eu-customs"))!.version).toBe(before!.version);
    await submitGuideForReview(db, v.id, author.id);
    await expect(reviewGuideVersion(db, { versionId: v.id, decision: "publish", note: null, actorId: author.id })).rejects.toMatchObject({
      code: "own-version",
    });
    await reviewGuideVersion(db, { versionId: v.id, decision: "publish", note: "ok", actorId: reviewer.id });
    const after = await getPublishedGuide(db, "eu-customs");
    expect(after).toMatchObject({ version: v.version, content: { summary: { en: "New summary" } } });
    const old = await db.countryGuideVersion.findFirstOrThrow({ where: { guideId: guide.id, version: before!.version } });
    expect(old.status).toBe("superseded");
  });
});
