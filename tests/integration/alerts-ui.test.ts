// The alert pages through their loaders and actions with real sessions over real SQLite:
// inbox filters and marking, tenancy (another company's ids answer 404), the case pages,
// the staff name-review queue and the search badge's source.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { matchNewItems } from "~/models/alert-matching.server.ts";
import { resetPartyIndexCache } from "~/models/party-match.server.ts";
import { action as inboxAction, loader as inboxLoader } from "~/routes/exporter+/alerts.tsx";
import { loader as exporterCaseLoader } from "~/routes/exporter+/cases.$id.tsx";
import { loader as exporterItemLoader } from "~/routes/exporter+/items.$id.tsx";
import { loader as staffCaseLoader } from "~/routes/staff+/cases.$id.tsx";
import { action as subscriptionsAction, loader as subscriptionsLoader } from "~/routes/exporter+/subscriptions.tsx";
import { action as reviewAction, loader as reviewLoader } from "~/routes/staff+/party-reviews.tsx";
import { getDb, type Db } from "~/utils/db.server.ts";
import { makeCompany, makeUser } from "../db-utils.ts";
import { makeSourceRow } from "../support/delivery-factory.ts";
import { getRequest, postForm, sessionFor, settle } from "../support/requests.ts";

async function namedCase(db: Db) {
  resetPartyIndexCache();
  const source = await makeSourceRow(db);
  const tag = crypto.randomBytes(4).toString("hex");
  const kase = await db.case.create({
    data: {
      investigationNumber: `337-TA-${tag}`,
      caseType: "us-itc-337",
      jurisdiction: "US",
      title: `Certain Garden Lamps ${tag}`,
      respondents: JSON.stringify(["Ningbo Brightway Lamps Co., Ltd."]),
    },
  });
  const company = await makeCompany(db, {
    nameZh: `宁波明途灯具${tag}有限公司`,
    nameEn: `Ningbo Brightway${tag} Lamps Co., Ltd.`,
    city: "宁波",
    products: "garden furniture",
    markets: "DE",
    industries: "furniture",
    hsCodes: "940171",
  });
  const item = await db.riskItem.create({
    data: {
      sourceId: source.id,
      guid: tag,
      link: `https://www.federalregister.gov/d/${tag}`,
      title: `Certain Garden Lamps ${tag}; Notice of Receipt of Complaint`,
      summary: "The complaint alleges violations of section 337.",
      publishedAt: new Date(),
      fetchedAt: new Date(),
      language: "en",
      jurisdiction: "US",
      kind: "case",
      caseType: "us-itc-337",
      caseNumber: `337-TA-${tag}`,
      caseId: kase.id,
      respondents: JSON.stringify([{ name: `Ningbo Brightway${tag} Lamps Co., Ltd.`, location: "Ningbo, China" }]),
      fingerprint: tag,
    },
  });
  await matchNewItems(db);
  const alert = await db.alert.findUniqueOrThrow({ where: { companyId_riskItemId: { companyId: company.id, riskItemId: item.id } } });
  return { kase, company, item, alert };
}

type InboxData = { alerts: { id: string; severity: string; responseRule: boolean; readAt: string | null }[]; total: number; unread: number };

describe("alert pages", () => {
  it("lists the critical alert unread, marks it read, archives it, and filters by severity", async () => {
    const db = await getDb();
    const { company, alert } = await namedCase(db);
    const user = await makeUser(db, { role: "exporter", companyId: company.id });
    const { cookie, csrf } = await sessionFor(user.id);
    const inbox = async (qs: string) =>
      (await (await settle(() => inboxLoader({ request: getRequest(`/exporter/alerts${qs}`, cookie), params: {}, context: {} }))).json()) as InboxData;

    const unread = await inbox("");
    expect(alert.severity).toBe("critical");
    expect(unread.alerts.map((a) => a.id)).toEqual([alert.id]);
    expect(unread.alerts[0].responseRule).toBe(true);
    expect(unread.unread).toBe(1);
    expect((await inbox("?status=unread&severity=low")).total).toBe(0);

    const mark = (intent: string, id = alert.id) =>
      settle(() => inboxAction({ request: postForm("/exporter/alerts", { csrf, id, intent }, { cookie }), params: {}, context: {} }));
    expect((await mark("read")).status).toBe(200);
    expect((await inbox("")).total).toBe(0);
    expect((await inbox("?status=read")).alerts.map((a) => a.id)).toEqual([alert.id]);
    expect((await mark("unread")).status).toBe(200);
    expect((await inbox("?status=unread")).total).toBe(1);
    expect((await mark("archive")).status).toBe(200);
    expect((await inbox("?status=all")).total).toBe(0);
    expect((await inbox("?status=archived")).alerts.map((a) => a.id)).toEqual([alert.id]);

    // A form without the session's CSRF token is refused.
    const forged = await settle(() =>
      inboxAction({ request: postForm("/exporter/alerts", { csrf: "x", id: alert.id, intent: "read" }, { cookie }), params: {}, context: {} }),
    );
    expect(forged.status).toBe(403);
  });

  it("opening the item reads its alert", async () => {
    const db = await getDb();
    const { company, item, alert } = await namedCase(db);
    const user = await makeUser(db, { role: "exporter", companyId: company.id });
    const { cookie } = await sessionFor(user.id);
    const res = await settle(() => exporterItemLoader({ request: getRequest(`/exporter/items/${item.id}`, cookie), params: { id: item.id }, context: {} }));
    expect(res.status).toBe(200);
    expect((await db.alert.findUniqueOrThrow({ where: { id: alert.id } })).readAt).not.toBeNull();
  });

  it("answers 404 to another company for its alert actions and case page; staff see the co-respondents with contacts", async () => {
    const db = await getDb();
    const { kase, company, alert } = await namedCase(db);
    const owner = await makeUser(db, { role: "exporter", companyId: company.id });
    const other = await makeUser(db, { role: "exporter" });
    const b = await sessionFor(other.id);
    for (const intent of ["read", "archive"]) {
      const res = await settle(() =>
        inboxAction({ request: postForm("/exporter/alerts", { csrf: b.csrf, id: alert.id, intent }, { cookie: b.cookie }), params: {}, context: {} }),
      );
      expect(res.status).toBe(404);
    }
    expect((await db.alert.findUniqueOrThrow({ where: { id: alert.id } })).readAt).toBeNull();
    const caseFor = (cookie: string) =>
      settle(() => exporterCaseLoader({ request: getRequest(`/exporter/cases/${kase.id}`, cookie), params: { id: kase.id }, context: {} }));
    expect((await caseFor(b.cookie)).status).toBe(404);
    const a = await sessionFor(owner.id);
    const mine = await caseFor(a.cookie);
    expect(mine.status).toBe(200);
    expect(((await mine.json()) as { kase: { title: string } }).kase.title).toBe(kase.title);

    // The staff page: exporters get 404, staff see the company with its user's email.
    expect(
      (await settle(() => staffCaseLoader({ request: getRequest(`/staff/cases/${kase.id}`, a.cookie), params: { id: kase.id }, context: {} }))).status,
    ).toBe(404);
    const staff = await makeUser(db, { role: "staff" });
    const s = await sessionFor(staff.id);
    const res = await settle(() => staffCaseLoader({ request: getRequest(`/staff/cases/${kase.id}`, s.cookie), params: { id: kase.id }, context: {} }));
    const data = (await res.json()) as { kase: { coRespondents: { id: string; contacts: string[] }[] } };
    expect(data.kase.coRespondents).toEqual([expect.objectContaining({ id: company.id, contacts: [owner.email] })]);
  });

  it("lets staff confirm a grey-zone name once; a second decision gets a clear message", async () => {
    const db = await getDb();
    const { item } = await namedCase(db);
    const candidate = await makeCompany(db, { city: "宁波" });
    const review = await db.partyMatchReview.create({
      data: {
        riskItemId: item.id,
        companyId: candidate.id,
        partyName: "Brightway Lamps",
        partyRole: "respondent",
        score: 0.8,
        evidence: JSON.stringify(["core word matches"]),
      },
    });
    const staff = await makeUser(db, { role: "staff" });
    const { cookie, csrf } = await sessionFor(staff.id);
    const listed = (await (await settle(() => reviewLoader({ request: getRequest("/staff/party-reviews", cookie), params: {}, context: {} }))).json()) as {
      reviews: { id: string; company: { id: string } }[];
    };
    expect(listed.reviews.find((r) => r.id === review.id)?.company.id).toBe(candidate.id);

    const decide = () =>
      settle(() =>
        reviewAction({ request: postForm("/staff/party-reviews", { csrf, id: review.id, decision: "confirm" }, { cookie }), params: {}, context: {} }),
      );
    const first = await decide();
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ message: "reviews.confirmed" });
    const alert = await db.alert.findUniqueOrThrow({ where: { companyId_riskItemId: { companyId: candidate.id, riskItemId: item.id } } });
    expect(alert.severity).toBe("critical");
    const second = await decide();
    expect(second.status).toBe(409);
    expect(await second.json()).toEqual({ message: "reviews.alreadyDecided" });

    // Exporters cannot reach the queue.
    const exporter = await makeUser(db, { role: "exporter", companyId: candidate.id });
    const e = await sessionFor(exporter.id);
    expect((await settle(() => reviewLoader({ request: getRequest("/staff/party-reviews", e.cookie), params: {}, context: {} }))).status).toBe(404);
  });
});

describe("subscription preview and edits", () => {
  it("counts the last 90 days' items the subscription would match, with at most 5 examples, and keeps edits in the company", async () => {
    const { previewSubscription, SubscriptionFormSchema, createSubscription, updateSubscription, deleteSubscription } =
      await import("~/models/subscription.server.ts");
    const db = await getDb();
    const source = await makeSourceRow(db);
    const tag = crypto.randomBytes(4).toString("hex");
    const term = `zircolite${tag}`;
    const make = (i: number, daysAgo: number, title: string, jurisdiction = "US") =>
      db.riskItem.create({
        data: {
          sourceId: source.id,
          guid: `${tag}-${i}`,
          title,
          summary: "",
          publishedAt: new Date(Date.now() - daysAgo * 86_400_000),
          fetchedAt: new Date(),
          language: "en",
          jurisdiction,
          kind: "case",
          caseType: "us-itc-337",
          fingerprint: `${tag}-${i}`,
        },
      });
    for (let i = 0; i < 7; i++) await make(i, 1 + i, `Certain ${term} heaters ${i}`);
    await make(20, 120, `Certain ${term} heaters (old)`);
    await make(21, 2, `Certain ${term} heaters in Germany`, "DE");
    await make(22, 2, "Certain unrelated widgets");
    const parsed = SubscriptionFormSchema.parse({
      name: "Heaters",
      keywords: term,
      markets: "us",
      minSeverity: "low",
      emailFrequency: "daily",
      webhook: "true",
    });
    const preview = await previewSubscription(db, "any", parsed);
    expect(preview.count).toBe(7);
    expect(preview.examples).toHaveLength(5);
    expect(preview.examples.every((e) => e.title.includes(term) && !e.title.includes("Germany"))).toBe(true);

    const bad = SubscriptionFormSchema.safeParse({ name: "", hsCodes: "85", markets: "USA1", industries: "nope", minSeverity: "low", emailFrequency: "daily" });
    expect(bad.success).toBe(false);

    const a = await makeCompany(db);
    const b = await makeCompany(db);
    const user = await makeUser(db, { role: "exporter", companyId: a.id });
    const sub = await createSubscription(db, a.id, parsed, user.id);
    expect(await updateSubscription(db, b.id, sub.id, { ...parsed, name: "Hijack" }, user.id)).toBe(false);
    expect(await deleteSubscription(db, b.id, sub.id, user.id)).toBe(false);
    expect(await updateSubscription(db, a.id, sub.id, { ...parsed, name: "Heaters 2" }, user.id)).toBe(true);
    expect((await db.subscription.findUniqueOrThrow({ where: { id: sub.id } })).name).toBe("Heaters 2");
    expect(await deleteSubscription(db, a.id, sub.id, user.id)).toBe(true);
    expect(await db.auditEvent.count({ where: { entity: "subscription", entityId: sub.id } })).toBe(3);
  });
});

describe("subscriptions page", () => {
  it("creates through the form with per-field errors, previews, and answers 404 to another company's edits", async () => {
    const db = await getDb();
    const owner = await makeUser(db, { role: "exporter" });
    const other = await makeUser(db, { role: "exporter" });
    const a = await sessionFor(owner.id);
    const b = await sessionFor(other.id);
    const post = (s: { cookie: string; csrf: string }, fields: Record<string, string>) =>
      settle(() =>
        subscriptionsAction({ request: postForm("/exporter/subscriptions", { csrf: s.csrf, ...fields }, { cookie: s.cookie }), params: {}, context: {} }),
      );
    const base = { name: "LED", keywords: "LED lamps", hsCodes: "940540", markets: "US", minSeverity: "low", emailFrequency: "weekly", webhook: "false" };

    const bad = await post(a, { ...base, intent: "save", hsCodes: "94", markets: "United States" });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { fieldErrors: Record<string, string> }).fieldErrors).toMatchObject({
      hsCodes: "subscriptions.invalidHs",
      markets: "subscriptions.invalidMarket",
    });

    const preview = await post(a, { ...base, intent: "preview" });
    expect(preview.status).toBe(200);
    expect(((await preview.json()) as { preview: { count: number } }).preview.count).toBeGreaterThanOrEqual(0);
    expect(await db.subscription.count({ where: { companyId: owner.companyId! } })).toBe(0);

    expect((await post(a, { ...base, intent: "save" })).status).toBe(200);
    const listed = (await (
      await settle(() => subscriptionsLoader({ request: getRequest("/exporter/subscriptions", a.cookie), params: {}, context: {} }))
    ).json()) as { subscriptions: { id: string; name: string; hsCodes: string[] }[] };
    const sub = listed.subscriptions.find((s) => s.name === "LED")!;
    expect(sub.hsCodes).toEqual(["940540"]);

    expect((await post(b, { ...base, intent: "save", id: sub.id, name: "Stolen" })).status).toBe(404);
    expect((await post(b, { intent: "delete", id: sub.id })).status).toBe(404);
    expect((await db.subscription.findUniqueOrThrow({ where: { id: sub.id } })).name).toBe("LED");
  });
});
