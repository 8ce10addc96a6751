// Defects of the warn path seen by a new user and on held-out feeds (issue 12): each test
// here failed on the code before its fix.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { listInbox } from "~/models/alert.server.ts";
import { matchNewItems } from "~/models/alert-matching.server.ts";
import { getCaseForStaff } from "~/models/case.server.ts";
import { CompanyProfileSchema } from "~/models/company.server.ts";
import { ensureGuidanceReferenceData, prefillFromAlertOrCase } from "~/models/guidance-intake.server.ts";
import { presentRiskItemDetail } from "~/models/risk-item-presenters.server.ts";
import { getRiskItem } from "~/models/risk-item.server.ts";
import { previewSubscription, SubscriptionFormSchema } from "~/models/subscription.server.ts";
import { parseRegistryCsv } from "~/registry/exporter-csv.ts";
import { getDb, type Db } from "~/utils/db.server.ts";
import { makeCompany } from "../db-utils.ts";
import { makeSourceRow } from "../support/delivery-factory.ts";
import { storeFeedBytes } from "../support/store-feed.ts";

const hex = () => crypto.randomBytes(4).toString("hex");

function rss(items: string[]) {
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>ITC</title><link>https://example.org/</link>${items.join("\n")}</channel></rss>`,
  );
}

const ingest = (db: Db, sourceId: string, bytes: Buffer, fetchedAt = new Date()) => storeFeedBytes(db, bytes, { id: sourceId }, { fetchedAt });

/** Two notices of one 337 case: the receipt of the complaint and the institution, five respondents between them. */
function caseFeed(n: number) {
  const caption = `Certain Portable Battery Packs ${n} and Components Thereof`;
  return rss([
    `<item><title>${caption}; Notice of Receipt of Complaint; Solicitation of Comments Relating to the Public Interest</title><link>https://example.org/dn-${n}</link><pubDate>Mon, 02 Nov 2026 08:00:00 GMT</pubDate>` +
      `<description>The U.S. International Trade Commission has received a complaint entitled ${caption}, DN ${n}; the complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation of portable battery packs, HTSUS 8507.60.0020. ` +
      `The complaint names as respondents: Shenzhen Lianxin Power Technology Co., Ltd. of Shenzhen, China; Ningbo Sunrise Energy Co., Ltd. of Ningbo, China; Anker Innovations Ltd. of Changsha, China.</description></item>`,
    `<item><title>${caption}; Institution of Investigation</title><link>https://example.org/ta-${n}</link><pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate>` +
      `<description>Notice is hereby given that a complaint was filed with the U.S. International Trade Commission under section 337 of the Tariff Act of 1930, Investigation No. 337-TA-${n}, regarding ${caption}, HTSUS 8507.60.0020. ` +
      `The respondents are: Shenzhen Lianxin Power Technology Co., Ltd. of Shenzhen, China; Dongguan Hexin Electronics Co., Ltd. of Dongguan, China; Xiamen Keyuan Trading Co., Ltd. of Xiamen, China.</description></item>`,
  ]);
}

describe("the case page", () => {
  it("lists the respondents merged from all the case's notices, with their locations and HTS codes", async () => {
    const db = await getDb();
    const source = await makeSourceRow(db);
    const n = 1900 + Math.floor(Math.random() * 90);
    await ingest(db, source.id, caseFeed(n));
    const item = await db.riskItem.findFirstOrThrow({ where: { sourceId: source.id, caseNumber: `337-TA-${n}` } });
    const kase = await getCaseForStaff(db, item.caseId!);
    expect(kase).not.toBeNull();
    const names = kase!.respondents.map((r) => r.name);
    expect(names).toHaveLength(5);
    expect(names).toEqual(expect.arrayContaining(["Anker Innovations Ltd.", "Dongguan Hexin Electronics Co., Ltd."]));
    expect(kase!.respondents.find((r) => r.name.startsWith("Xiamen"))?.location).toMatch(/Xiamen/);
    expect(kase!.htsCodes).toContain("8507.60.0020");
  });

  it("is linked from each of its items' pages", async () => {
    const db = await getDb();
    const source = await makeSourceRow(db);
    const n = 1800 + Math.floor(Math.random() * 90);
    await ingest(db, source.id, caseFeed(n));
    const item = await db.riskItem.findFirstOrThrow({ where: { sourceId: source.id, caseNumber: `337-TA-${n}` } });
    const view = presentRiskItemDetail((await getRiskItem(db, item.id))!);
    expect(view.case?.id).toBe(item.caseId);
  });
});

describe("a guidance request prefilled from a 337 case", () => {
  it("gets the 337 dispute type, the ITC as forum and the response deadline computed from the institution", async () => {
    const db = await getDb();
    await ensureGuidanceReferenceData(db);
    const source = await makeSourceRow(db);
    const n = 1700 + Math.floor(Math.random() * 90);
    await ingest(db, source.id, caseFeed(n));
    const item = await db.riskItem.findFirstOrThrow({ where: { sourceId: source.id, caseNumber: `337-TA-${n}` } });
    const company = await makeCompany(db);
    const alert = await db.alert.create({ data: { companyId: company.id, riskItemId: item.id, caseId: item.caseId, severity: "critical", reasons: "[]" } });
    const prefill = await prefillFromAlertOrCase(db, company.id, { alertId: alert.id, locale: "en" });
    expect(prefill?.values.disputeType).toBe("us-itc-337");
    expect(prefill?.values.forum).toMatch(/International Trade Commission/);
    // Served with the notice of institution (published 30 November 2026): 20 days.
    expect(prefill?.values.servedAt).toBe("2026-11-30");
    expect(prefill?.deadline).toBe("2026-12-20");
    // A case id alone shows facts only to a company that may open the case page (it has an alert on it).
    expect((await prefillFromAlertOrCase(db, company.id, { caseId: item.caseId, locale: "en" }))?.caseId).toBe(item.caseId);
    const stranger = await makeCompany(db);
    expect(await prefillFromAlertOrCase(db, stranger.id, { caseId: item.caseId, locale: "en" })).toBeNull();
  });
});

describe("re-ingesting an unchanged malformed feed", () => {
  it("stores nothing new on the second pass when an entry's <item> is never closed", async () => {
    const db = await getDb();
    const source = await makeSourceRow(db);
    const bytes = Buffer.from(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>` +
        `<item><title>Second notice ${hex()}</title><link>https://example.org/2</link><pubDate>Tue, 03 Nov 2026 08:00:00 GMT</pubDate></item>` +
        `<item><title>A notice cut off ${hex()}</title><description>Its element is never closed`,
    );
    const first = await ingest(db, source.id, bytes, new Date("2026-12-01T00:00:00Z"));
    expect(first.created).toBe(2);
    const second = await ingest(db, source.id, bytes, new Date("2026-12-01T01:00:00Z"));
    expect(second).toMatchObject({ created: 0, duplicates: 2 });
  });
});

describe("industry alone", () => {
  const seizure = {
    title: "EU customs seize counterfeit branded sneakers at Rotterdam",
    summary: "Dutch customs authorities detained 12,000 pairs of counterfeit branded sneakers under Regulation 608/2013.",
    kind: "news",
    jurisdiction: "EU",
    caseType: "eu-customs-detention",
    industries: JSON.stringify(["textiles-apparel"]),
  };

  it("gives a low alert that waits for the digest instead of the inbox", async () => {
    const db = await getDb();
    const source = await makeSourceRow(db);
    const knitwear = await makeCompany(db, { industries: "textiles-apparel", products: "针织毛衣", hsCodes: "6110", markets: "DE" });
    const item = await db.riskItem.create({
      data: { sourceId: source.id, guid: hex(), publishedAt: new Date(), fetchedAt: new Date(), language: "en", fingerprint: hex(), ...seizure },
    });
    await matchNewItems(db);
    const alert = await db.alert.findUniqueOrThrow({ where: { companyId_riskItemId: { companyId: knitwear.id, riskItemId: item.id } } });
    expect(alert.severity).toBe("low");
    expect(alert.digestOnly).toBe(true);
    const inbox = await listInbox(db, knitwear.id, { status: "all", severity: "", page: 1 });
    expect(inbox.alerts.map((a) => a.item.id)).not.toContain(item.id);
  });

  it("comes to the inbox one by one when the subscription opts in", async () => {
    const db = await getDb();
    const source = await makeSourceRow(db);
    const knitwear = await makeCompany(db, { industries: "textiles-apparel", products: "针织毛衣", hsCodes: "6110", markets: "DE" });
    await db.subscription.create({
      data: {
        companyId: knitwear.id,
        name: "All textiles",
        industries: JSON.stringify(["textiles-apparel"]),
        industryAlerts: true,
        unsubscribeToken: hex() + hex(),
      },
    });
    const item = await db.riskItem.create({
      data: { sourceId: source.id, guid: hex(), publishedAt: new Date(), fetchedAt: new Date(), language: "en", fingerprint: hex(), ...seizure },
    });
    await matchNewItems(db);
    const inbox = await listInbox(db, knitwear.id, { status: "all", severity: "", page: 1 });
    expect(inbox.alerts.find((a) => a.item.id === item.id)?.severity).toBe("medium");
  });
});

describe("the subscription form", () => {
  const form = (markets: string) =>
    SubscriptionFormSchema.safeParse({
      name: "x",
      minSeverity: "low",
      emailFrequency: "immediate",
      markets,
      industries: "",
      keywords: "",
      hsCodes: "",
      ipTypes: "",
      caseTypes: "",
    });

  it("rejects the market codes XX and USA like the registry import and the profile do", () => {
    for (const bad of ["XX", "USA"]) {
      expect(form(bad).success).toBe(false);
      expect(CompanyProfileSchema.safeParse({ nameZh: "某某有限公司", markets: bad }).success).toBe(false);
      const csv = `credit_code,name_zh,name_en,aliases,city,province,industries,products,hs_codes,markets\n91330200MA2H3XYZ1K,某某有限公司,,,,,,,,${bad}\n`;
      expect(parseRegistryCsv(csv).errors.map((e) => e.field)).toContain("markets");
    }
    expect(form("US, DE, EU").success).toBe(true);
  });

  it("previews each matched item with its reasons", async () => {
    const db = await getDb();
    const source = await makeSourceRow(db);
    const company = await makeCompany(db);
    const term = `flux capacitor ${hex()}`;
    const addItem = (sourceId: string, title: string) =>
      db.riskItem.create({
        data: {
          sourceId,
          guid: hex(),
          title,
          summary: "",
          publishedAt: new Date(),
          fetchedAt: new Date(),
          language: "en",
          jurisdiction: "US",
          kind: "case",
          caseType: "us-itc-337",
          fingerprint: hex(),
        },
      });
    await addItem(source.id, `Certain ${term}s`);
    // The same words from a source not published to exporters are not shown to an exporter.
    const hidden = await db.source.update({ where: { id: (await makeSourceRow(db)).id }, data: { visibleToExporters: false } });
    const unpublished = await addItem(hidden.id, `Certain ${term}s, again`);
    const parsed = SubscriptionFormSchema.parse({ name: "x", minSeverity: "low", emailFrequency: "immediate", keywords: term, markets: "US" });
    const preview = await previewSubscription(db, company.id, parsed);
    expect(preview.examples[0].reasons).toContainEqual(expect.objectContaining({ kind: "keyword", terms: [term] }));
    expect(preview.count).toBe(1);
    expect(preview.examples.map((e) => e.id)).not.toContain(unpublished.id);

    // An alert on that hidden item still reaches the company, but the inbox does not link to an
    // item page the exporter cannot open.
    await db.alert.createMany({
      data: [
        { companyId: company.id, riskItemId: unpublished.id, severity: "high", reasons: "[]" },
        { companyId: company.id, riskItemId: preview.examples[0].id, severity: "high", reasons: "[]" },
      ],
    });
    const inbox = await listInbox(db, company.id, { status: "all", severity: "", page: 1 });
    const visibility = Object.fromEntries(inbox.alerts.map((a) => [a.item.id, a.item.visibleToExporters]));
    expect(visibility).toEqual({ [unpublished.id]: false, [preview.examples[0].id]: true });
    expect(inbox.alerts[0].item).not.toHaveProperty("source");
  });
});
