// The person in the loop (issue 12): staff correct a case's parties on the case page; the
// case's items are matched again at once (critical alert for a newly named company, unique per
// company and item), every change is audited, and a re-ingest does not undo a correction.
// Items whose extraction is unsure wait in the extraction review queue until resolved.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { matchNewItems } from "~/models/alert-matching.server.ts";
import { getCaseForStaff } from "~/models/case.server.ts";
import { highlight, listExtractionReviews } from "~/models/extraction-review.server.ts";
import { resetPartyIndexCache } from "~/models/party-match.server.ts";
import { action as caseAction, loader as caseLoader } from "~/routes/staff+/cases.$id.tsx";
import { action as reviewAction, loader as reviewLoader } from "~/routes/staff+/extraction-reviews.tsx";
import { getDb, type Db } from "~/utils/db.server.ts";
import { makeCompany, makeUser } from "../db-utils.ts";
import { makeSourceRow } from "../support/delivery-factory.ts";
import { getRequest, postForm, sessionFor, settle } from "../support/requests.ts";
import { storeFeedBytes } from "../support/store-feed.ts";

async function ingest(db: Db, sourceId: string, items: string[]) {
  const bytes = Buffer.from(`<?xml version="1.0"?><rss version="2.0"><channel><title>ITC</title>${items.join("")}</channel></rss>`);
  return storeFeedBytes(db, bytes, { id: sourceId });
}

const notice = (n: number, stage: "Institution of Investigation" | "Notice of Request for Statements on the Public Interest", respondents: string) =>
  `<item><title>Certain Knitted Garments ${n}; ${stage}</title><link>https://example.org/${n}/${crypto.randomBytes(3).toString("hex")}</link><pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate>` +
  `<description>Notice is hereby given that a complaint was filed under section 337 of the Tariff Act of 1930, Investigation No. 337-TA-${n}. ${respondents}</description></item>`;

/** Posts a party correction to the case page's action as the staff member whose session is given. */
const correctionPoster = (caseId: string, cookie: string, csrf: string) => (fields: Record<string, string>) =>
  settle(() => caseAction({ request: postForm(`/staff/cases/${caseId}`, { csrf, ...fields }, { cookie }), params: { id: caseId }, context: {} }));

describe("a staff correction of a case's parties", () => {
  it("adds a respondent, gives its company the critical alert at once, audits it, and survives a re-ingest", async () => {
    const db = await getDb();
    const source = await makeSourceRow(db);
    const n = 2100 + Math.floor(Math.random() * 800);
    const missed = await makeCompany(db, {
      nameZh: "宁波甬江针织服饰有限公司",
      nameEn: "Ningbo Yongjiang Knitting Apparel Co., Ltd.",
      city: "宁波",
      industries: "textiles-apparel",
      products: "毛衣",
      hsCodes: "6110",
      markets: "US",
    });
    resetPartyIndexCache();
    await ingest(db, source.id, [notice(n, "Institution of Investigation", "The respondents are: Guangzhou Huali Garment Co., Ltd. of Guangzhou, China.")]);
    await matchNewItems(db);
    const item = await db.riskItem.findFirstOrThrow({ where: { sourceId: source.id } });
    expect(await db.alert.count({ where: { companyId: missed.id, severity: "critical" } })).toBe(0);

    const staff = await makeUser(db, { role: "staff" });
    const { cookie, csrf } = await sessionFor(staff.id);
    const post = correctionPoster(item.caseId!, cookie, csrf);

    const invalid = await post({ role: "respondent", action: "add", name: "", location: "" });
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).fieldErrors).toMatchObject({ name: "form.required" });
    const unknown = await post({ role: "respondent", action: "remove", previousName: "Nobody Ltd." });
    expect(unknown.status).toBe(400);

    const added = await post({ role: "respondent", action: "add", name: "Ningbo Yongjiang Knitting Apparel Co., Ltd.", location: "Ningbo, China" });
    expect(added.status).toBe(200);
    expect(await added.json()).toMatchObject({ ok: true, alerts: 1 });
    const alert = await db.alert.findUniqueOrThrow({ where: { companyId_riskItemId: { companyId: missed.id, riskItemId: item.id } } });
    expect(alert.severity).toBe("critical");
    expect(JSON.parse(alert.reasons)[0]).toMatchObject({ kind: "party", role: "respondent", name: "Ningbo Yongjiang Knitting Apparel Co., Ltd." });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "case.parties.correct", entityId: item.caseId } });
    expect(audit.actorId).toBe(staff.id);

    // The same correction again changes nothing: one alert per company and item.
    await post({ role: "respondent", action: "add", name: "Ningbo Yongjiang Knitting Apparel Co., Ltd.", location: "Ningbo, China" });
    expect(await db.alert.count({ where: { companyId: missed.id, riskItemId: item.id } })).toBe(1);

    // Remove a wrongly extracted respondent; a later notice naming it again does not bring it back.
    expect((await post({ role: "respondent", action: "remove", previousName: "Guangzhou Huali Garment Co., Ltd." })).status).toBe(200);
    await ingest(db, source.id, [
      notice(
        n,
        "Notice of Request for Statements on the Public Interest",
        "The respondents are: Guangzhou Huali Garment Co., Ltd. of Guangzhou, China; Shaoxing Keqiao Textile Co., Ltd. of Shaoxing, China.",
      ),
    ]);
    const kase = (await getCaseForStaff(db, item.caseId!))!;
    const names = kase.respondents.map((r) => r.name);
    expect(names).not.toContain("Guangzhou Huali Garment Co., Ltd.");
    expect(names).toContain("Shaoxing Keqiao Textile Co., Ltd.");
    expect(kase.respondents.find((r) => r.name.startsWith("Ningbo"))).toMatchObject({ location: "Ningbo, China", corrected: true });

    // The matching job applies the corrections to the case's new notice too.
    await matchNewItems(db);
    const later = await db.riskItem.findFirstOrThrow({ where: { sourceId: source.id, id: { not: item.id } } });
    expect((await db.alert.findUniqueOrThrow({ where: { companyId_riskItemId: { companyId: missed.id, riskItemId: later.id } } })).severity).toBe("critical");

    const page = await settle(() => caseLoader({ request: getRequest(`/staff/cases/${item.caseId}`, cookie), params: { id: item.caseId! }, context: {} }));
    expect((await page.json()).corrections).toHaveLength(3);
  }, 60_000);

  it("fixes a misread respondent so its company gets the critical alert, and fixes a complainant, each audited", async () => {
    const db = await getDb();
    const source = await makeSourceRow(db);
    const n = 2100 + Math.floor(Math.random() * 800);
    // Registered under its Chinese name only; the notice printed the name garbled by a line break.
    const misread = await makeCompany(db, {
      nameZh: "宁波市鄞州绿通电器有限公司",
      city: "宁波",
      industries: "textiles-apparel",
      products: "毛衣",
      hsCodes: "6110",
    });
    resetPartyIndexCache();
    await ingest(db, source.id, [
      notice(
        n,
        "Institution of Investigation",
        "The complaint was filed by Acme Heating Inc of Dallas, Texas. The respondents are: Ningbo Lv- Electrical Co., Ltd. of Ningbo, China.",
      ),
    ]);
    await matchNewItems(db);
    const item = await db.riskItem.findFirstOrThrow({ where: { sourceId: source.id } });
    const before = (await getCaseForStaff(db, item.caseId!))!;
    const misreadName = before.respondents[0]?.name;
    expect(misreadName).toBeTruthy();
    expect(await db.alert.count({ where: { companyId: misread.id, riskItemId: item.id, severity: "critical" } })).toBe(0);

    const staff = await makeUser(db, { role: "staff" });
    const { cookie, csrf } = await sessionFor(staff.id);
    const post = correctionPoster(item.caseId!, cookie, csrf);
    const missingNew = await post({ role: "respondent", action: "fix", previousName: misreadName!, name: "" });
    expect(missingNew.status).toBe(400);

    const fixed = await post({
      role: "respondent",
      action: "fix",
      previousName: misreadName!,
      name: "Ningbo Yinzhou Lvtong Electrical Appliance Co., Ltd.",
      location: "Ningbo, Zhejiang, China",
    });
    expect(fixed.status).toBe(200);
    expect(await fixed.json()).toMatchObject({ ok: true });
    expect((await db.alert.findUniqueOrThrow({ where: { companyId_riskItemId: { companyId: misread.id, riskItemId: item.id } } })).severity).toBe("critical");

    // The complainant as extracted ("Acme Heating Inc", no location) fixed with its location.
    expect(before.complainants).toEqual([expect.objectContaining({ name: "Acme Heating Inc", location: null })]);
    const complainantFix = { role: "complainant", action: "fix", previousName: "Acme Heating Inc", name: "Acme Heating, Inc.", location: "Dallas, TX" };
    expect((await post(complainantFix)).status).toBe(200);
    const after = (await getCaseForStaff(db, item.caseId!))!;
    expect(after.respondents.map((r) => r.name)).toEqual(["Ningbo Yinzhou Lvtong Electrical Appliance Co., Ltd."]);
    expect(after.respondents[0]).toMatchObject({ location: "Ningbo, Zhejiang, China", corrected: true });
    expect(after.complainants).toEqual([expect.objectContaining({ name: "Acme Heating, Inc.", location: "Dallas, TX" })]);
    const audits = await db.auditEvent.findMany({ where: { action: "case.parties.correct", entityId: item.caseId!, actorId: staff.id } });
    expect(audits).toHaveLength(2);
  }, 60_000);

  it("is refused to an exporter", async () => {
    const db = await getDb();
    const exporter = await makeUser(db, { role: "exporter" });
    const { cookie, csrf } = await sessionFor(exporter.id);
    const res = await settle(() =>
      caseAction({ request: postForm(`/staff/cases/x`, { csrf, role: "respondent", action: "add", name: "X" }, { cookie }), params: { id: "x" }, context: {} }),
    );
    expect([403, 404]).toContain(res.status);
  });
});

describe("the extraction review queue", () => {
  it("lists a 337 institution notice with no respondent found, and a dismissal resolves it, audited", async () => {
    const db = await getDb();
    const source = await makeSourceRow(db);
    const n = 2100 + Math.floor(Math.random() * 800);
    await ingest(db, source.id, [notice(n, "Institution of Investigation", "The named respondents are listed in the complaint.")]);
    const item = await db.riskItem.findFirstOrThrow({ where: { sourceId: source.id } });
    expect(JSON.parse(item.extractionDoubts)).toEqual([expect.objectContaining({ kind: "no-respondent" })]);

    const staff = await makeUser(db, { role: "staff" });
    const { cookie, csrf } = await sessionFor(staff.id);
    const before = await (await settle(() => reviewLoader({ request: getRequest("/staff/extraction-reviews", cookie), params: {}, context: {} }))).json();
    const review = before.reviews.find((r: { id: string }) => r.id === item.id);
    expect(review).toMatchObject({ caseId: item.caseId, doubts: [{ kind: "no-respondent" }] });

    const res = await settle(() =>
      reviewAction({ request: postForm("/staff/extraction-reviews", { csrf, id: item.id, intent: "dismiss" }, { cookie }), params: {}, context: {} }),
    );
    expect(res.status).toBe(200);
    expect((await listExtractionReviews(db)).map((r) => r.id)).not.toContain(item.id);
    expect(await db.auditEvent.count({ where: { action: "extraction-review.dismiss", entityId: item.id, actorId: staff.id } })).toBe(1);
    const again = await settle(() =>
      reviewAction({ request: postForm("/staff/extraction-reviews", { csrf, id: item.id, intent: "dismiss" }, { cookie }), params: {}, context: {} }),
    );
    expect(again.status).toBe(404);
  });

  it("highlights the phrase as parts of text, found again when the stored text moved it", () => {
    const text = "Title\nThe Commission named the following 12 respondents: A Co., Ltd. of Shenzhen, China.";
    const parts = highlight(text, [{ kind: "count-shortfall", announced: 12, found: 1, phrase: "the following 12 respondents", start: 3, end: 31 }]);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(["the following 12 respondents"]);
    expect(parts.map((p) => p.text).join("")).toBe(text);
    expect(highlight("<b>x</b>", [{ kind: "no-respondent" }])).toEqual([{ text: "<b>x</b>", mark: false }]);
  });
});
