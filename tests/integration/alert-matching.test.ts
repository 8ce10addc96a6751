// The matching run over real SQLite: alerts exactly once across a killed run and re-runs,
// backfill never alerts, party names give critical alerts or staff reviews, tenancy holds.
import { execFile } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { decidePartyReview, listAlertsForOperators, listInbox, markAlert, warnOverview } from "~/models/alert.server.ts";
import { matchNewItems } from "~/models/alert-matching.server.ts";
import { resetPartyIndexCache } from "~/models/party-match.server.ts";
import { getDb, type Db } from "~/utils/db.server.ts";
import { makeCompany, makeUser } from "../db-utils.ts";
import { makeSourceRow } from "../support/delivery-factory.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");

async function addItem(db: Db, sourceId: string, over: Record<string, unknown> = {}) {
  const guid = crypto.randomBytes(6).toString("hex");
  return db.riskItem.create({
    data: {
      sourceId,
      guid,
      link: `https://www.federalregister.gov/d/${guid}`,
      title: "Certain Photovoltaic Modules and Components Thereof; Notice of Receipt of Complaint",
      summary: "The complaint alleges violations of section 337 in the importation of certain photovoltaic modules, HTSUS 8541.43.0010.",
      publishedAt: new Date("2026-11-20T00:00:00Z"),
      fetchedAt: new Date(),
      language: "en",
      jurisdiction: "US",
      kind: "case",
      caseType: "us-itc-337",
      htsCodes: JSON.stringify(["8541.43.0010"]),
      industries: JSON.stringify(["photovoltaic"]),
      fingerprint: guid,
      ...over,
    },
  });
}

describe("alert matching run", () => {
  it("survives a kill after its first batch: the re-run completes the set exactly once", async () => {
    const db = await getDb();
    const source = await makeSourceRow(db);
    const companies = await Promise.all(
      [0, 1].map(() => makeCompany(db, { products: "photovoltaic modules", markets: "US", hsCodes: "854143", industries: "photovoltaic" })),
    );
    const N = 23;
    for (let i = 0; i < N; i++) await addItem(db, source.id);
    const backfill = await addItem(db, source.id, { alertable: false });

    const code = await run(tsx, ["tests/support/match-child.ts"], { cwd: root, env: { ...process.env, MATCH_BATCH_SIZE: "5" } }).then(
      () => 0,
      (e: { code: number }) => e.code,
    );
    expect(code).toBe(99);
    const mine = { companyId: { in: companies.map((c) => c.id) } };
    expect(await db.alert.count({ where: mine })).toBe(5 * 2);

    await matchNewItems(db, { batchSize: 5 });
    expect(await db.alert.count({ where: mine })).toBe(N * 2);
    // Everything is marked: another run finds nothing and writes nothing.
    expect(await matchNewItems(db, { batchSize: 7 })).toMatchObject({ items: 0, alerts: 0 });
    expect(await db.alert.count({ where: mine })).toBe(N * 2);
    expect(await db.alert.count({ where: { riskItemId: backfill.id } })).toBe(0);
    const alert = await db.alert.findFirstOrThrow({ where: { companyId: companies[0].id } });
    expect(alert.severity).toBe("high");
    const reasons = JSON.parse(alert.reasons);
    expect(reasons).toContainEqual(expect.objectContaining({ kind: "keyword", terms: ["photovoltaic modules"] }));
    expect(reasons).toContainEqual(expect.objectContaining({ kind: "hs-code", codes: ["854143"] }));
    expect(reasons).toContainEqual(expect.objectContaining({ kind: "market", market: "US" }));
  }, 60_000);

  it("splits a batch into transactions of bounded size by rows written, never splitting an item, and writes every alert once", async () => {
    const db = await getDb();
    const source = await makeSourceRow(db);
    const companies = await Promise.all(
      [0, 1].map(() => makeCompany(db, { products: "photovoltaic modules", markets: "US", hsCodes: "854143", industries: "photovoltaic" })),
    );
    await matchNewItems(db);
    const N = 6;
    for (let i = 0; i < N; i++) await addItem(db, source.id);
    // Every item alerts at least these two companies: 2 rows a transaction means one item each.
    const result = await matchNewItems(db, { batchSize: 50, maxRowsPerTransaction: 2 });
    expect(result).toMatchObject({ items: N, batches: 1, transactions: N });
    expect(await db.alert.count({ where: { companyId: { in: companies.map((c) => c.id) } } })).toBe(N * 2);
    expect(await matchNewItems(db)).toMatchObject({ items: 0, alerts: 0 });
  }, 60_000);

  it("alerts a company named as respondent at once (critical, with the 337 response rule) and lists it for operators", async () => {
    const db = await getDb();
    resetPartyIndexCache();
    const source = await makeSourceRow(db);
    const named = await makeCompany(db, {
      nameZh: "宁波日升照明有限公司",
      nameEn: "Ningbo Sunrise Lighting Co., Ltd.",
      city: "宁波",
      products: "garden furniture",
      markets: "DE",
      industries: "furniture",
      hsCodes: "940171",
    });
    const bystander = await makeCompany(db, {
      nameZh: "常州日升家具有限公司",
      nameEn: "Changzhou Sunrise Furniture Co., Ltd.",
      city: "常州",
      products: "sofas",
      markets: "DE",
      industries: "furniture",
      hsCodes: "940161",
    });
    const respondents = JSON.stringify([
      { name: "Ningbo Sunrise Lighting Co., Ltd.", location: "Ningbo, China" },
      { name: "Acme Lamps Inc.", location: "Ohio" },
    ]);
    const item = await addItem(db, source.id, {
      title: "Certain Outdoor Lamps; Notice of Receipt of Complaint",
      respondents,
      industries: "[]",
      htsCodes: "[]",
    });
    await matchNewItems(db);
    const alert = await db.alert.findUniqueOrThrow({ where: { companyId_riskItemId: { companyId: named.id, riskItemId: item.id } } });
    expect(alert.severity).toBe("critical");
    const [reason] = JSON.parse(alert.reasons);
    expect(reason).toMatchObject({ kind: "party", role: "respondent", name: "Ningbo Sunrise Lighting Co., Ltd.", responseRule: "us-itc-337-answer-20-days" });
    expect(await db.alert.count({ where: { companyId: bystander.id, riskItemId: item.id } })).toBe(0);

    const listed = await listAlertsForOperators(db, { severity: "critical", limit: 10 });
    expect(listed.find((a) => a.id === alert.id)).toEqual({
      id: alert.id,
      severity: "critical",
      companyCreditCode: named.creditCode,
      companyName: "宁波日升照明有限公司",
      itemId: item.id,
      itemGuid: item.guid,
      itemLink: item.link,
      itemTitle: item.title,
      caseNumber: null,
      reasons: JSON.parse(alert.reasons),
      createdAt: alert.createdAt.toISOString(),
    });
    const overview = await warnOverview(db);
    expect(overview.critical.map((c) => c.id)).toContain(alert.id);
  });

  it("alerts a company critically when a Schedule A complaint names its registered storefront, and not a store sharing one common word", async () => {
    const db = await getDb();
    resetPartyIndexCache();
    const source = await makeSourceRow(db);
    const seller = await makeCompany(db, {
      nameZh: "深圳市腾逸科技有限公司",
      nameEn: "",
      city: "深圳",
      aliases: "TengYi Official Store, 腾逸旗舰店",
      products: "baby shark toys",
      markets: "US",
      industries: "toys",
      hsCodes: "950300",
    });
    const neighbour = await makeCompany(db, {
      nameZh: "宁波阳光户外用品有限公司",
      nameEn: "",
      city: "宁波",
      aliases: "Sunny Garden Official Store",
      products: "baby shark toys",
      markets: "US",
      industries: "toys",
      hsCodes: "950300",
    });
    // As extraction stores a Schedule A suit: the defendants are not parsed into respondents.
    const item = await addItem(db, source.id, {
      title: "The Pinkfong Company, Inc. v. The Partnerships and Unincorporated Associations Identified on Schedule A",
      summary:
        "Plaintiff The Pinkfong Company, Inc. moves for a temporary restraining order against Defendants Avensy store, BeGiol TTC, TengYi Official Store, Sunny Kitchen Store and Zhenka Shop, sellers of counterfeit baby shark toys.",
      caseType: "schedule-a-tro",
      respondents: "[]",
      complainants: JSON.stringify(["The Pinkfong Company, Inc."]),
      products: JSON.stringify(["baby shark toys"]),
      industries: JSON.stringify(["toys"]),
      htsCodes: "[]",
    });
    await matchNewItems(db);
    const alert = await db.alert.findUniqueOrThrow({ where: { companyId_riskItemId: { companyId: seller.id, riskItemId: item.id } } });
    expect(alert.severity).toBe("critical");
    expect(JSON.parse(alert.reasons)[0]).toMatchObject({ kind: "party", role: "respondent", name: "TengYi Official Store" });
    const other = await db.alert.findUniqueOrThrow({ where: { companyId_riskItemId: { companyId: neighbour.id, riskItemId: item.id } } });
    expect(other.severity).not.toBe("critical");
    expect(await db.partyMatchReview.count({ where: { riskItemId: item.id, companyId: neighbour.id } })).toBe(0);
  });

  it("matches the aliases extraction found for a party (a.k.a. names) like the party's name", async () => {
    const db = await getDb();
    resetPartyIndexCache();
    const source = await makeSourceRow(db);
    const named = await makeCompany(db, {
      nameZh: "无锡盛马科技有限公司",
      nameEn: "",
      city: "无锡",
      products: "lip balm",
      markets: "DE",
      industries: "toys",
      hsCodes: "330410",
    });
    const item = await addItem(db, source.id, {
      respondents: JSON.stringify([
        { name: "Wuxi Sunmart Science and Technology Co. Ltd.", location: "Wuxi, Jiangsu, China", aliases: ["Wuxi Shengma Science & Technology Co., Ltd."] },
      ]),
      industries: "[]",
      htsCodes: "[]",
    });
    await matchNewItems(db);
    const alert = await db.alert.findUniqueOrThrow({ where: { companyId_riskItemId: { companyId: named.id, riskItemId: item.id } } });
    expect(alert.severity).toBe("critical");
    expect(JSON.parse(alert.reasons)[0]).toMatchObject({ kind: "party", role: "respondent", name: "Wuxi Shengma Science & Technology Co., Ltd." });
  });

  it("sends a grey-zone name to staff review; confirming creates the critical alert once", async () => {
    const db = await getDb();
    resetPartyIndexCache();
    const source = await makeSourceRow(db);
    const company = await makeCompany(db, {
      nameZh: "深圳市安捷创新科技有限公司",
      nameEn: "Shenzhen Anjie Innovation Technology Co., Ltd.",
      city: "深圳",
      products: "chargers",
      markets: "US",
    });
    const staff = await makeUser(db, { role: "staff" });
    // A trade-name-only respondent without the place: similar core, weaker evidence.
    const item = await addItem(db, source.id, {
      title: "Certain Chargers; Institution of Investigation",
      respondents: JSON.stringify([{ name: "Anjie Innovations Co., Ltd.", location: "China" }]),
      industries: "[]",
      htsCodes: "[]",
    });
    await matchNewItems(db);
    const review = await db.partyMatchReview.findFirstOrThrow({ where: { riskItemId: item.id, companyId: company.id } });
    expect(review).toMatchObject({ status: "pending", partyRole: "respondent", partyName: "Anjie Innovations Co., Ltd." });
    // The product ("chargers" in the US) already warned the company; the name is for staff to settle.
    const before = await db.alert.findUniqueOrThrow({ where: { companyId_riskItemId: { companyId: company.id, riskItemId: item.id } } });
    expect(before.severity).toBe("high");
    await decidePartyReview(db, review.id, "confirm", staff.id);
    const created = await db.alert.findUniqueOrThrow({ where: { companyId_riskItemId: { companyId: company.id, riskItemId: item.id } } });
    expect(created).toMatchObject({ id: before.id, severity: "critical", emailedAt: null });
    expect(JSON.parse(created.reasons)[0]).toMatchObject({ kind: "party", confirmedBy: "staff", responseRule: "us-itc-337-answer-20-days" });
    await expect(decidePartyReview(db, review.id, "confirm", staff.id)).rejects.toThrow();
    expect(await db.alert.count({ where: { riskItemId: item.id, companyId: company.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "party-review.confirm", entityId: review.id } })).toBe(1);
  });

  it("keeps each company's inbox its own", async () => {
    const db = await getDb();
    const source = await makeSourceRow(db);
    const a = await makeCompany(db, { products: "photovoltaic modules", markets: "US" });
    const b = await makeCompany(db, { products: "photovoltaic modules", markets: "US" });
    await addItem(db, source.id);
    await matchNewItems(db);
    const inboxA = await listInbox(db, a.id, { status: "all", severity: "", page: 1 });
    const inboxB = await listInbox(db, b.id, { status: "all", severity: "", page: 1 });
    expect(inboxA.alerts.length).toBeGreaterThan(0);
    expect(await markAlert(db, b.id, inboxA.alerts[0].id, "read")).toBe(false);
    expect(await markAlert(db, a.id, inboxA.alerts[0].id, "read")).toBe(true);
    expect(inboxB.alerts.map((x) => x.id)).not.toContain(inboxA.alerts[0].id);
  });
});
