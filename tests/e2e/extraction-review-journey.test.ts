// Issue 12's person in the loop, in a real browser against the built app: a 337 notice that
// announces three respondents but yields one (ingested by the real code) waits in the staff
// extraction review queue with the announcing phrase highlighted in a <mark>; staff follow it to
// the case page, add the missed respondent with its location, and matching runs again at once:
// the registered company it names gets the critical alert, the review is resolved, and the
// correction is listed on the case page and audited.
// Needs `npm run build` first.
import crypto from "node:crypto";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchNewItems } from "~/models/alert-matching.server.ts";
import { resetPartyIndexCache } from "~/models/party-match.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { makeCompany, makeUser, TEST_PASSWORD } from "../db-utils.ts";
import { startAppServer, type AppServer } from "../support/app-server.ts";
import { launchBrowser, openPageAs } from "../support/browser.ts";
import { makeSourceRow } from "../support/delivery-factory.ts";
import { storeFeedBytes } from "../support/store-feed.ts";

let server: AppServer;
let browser: Browser;
let staffEmail: string;
let companyId: string;
let itemId: string;
let caseId: string;
const MISSED = "Taizhou Lyuhe Photovoltaic Technology Co., Ltd.";

beforeAll(async () => {
  const db = await getDb();
  const source = await makeSourceRow(db);
  // Registered in Chinese only: the name staff type is its pinyin and English industry words.
  // Its products and HS codes are not the notice's, so only the party name can alert it.
  companyId = (
    await makeCompany(db, {
      nameZh: "台州吕禾光伏科技有限公司",
      city: "台州",
      industries: "textiles-apparel",
      products: "毛衣",
      hsCodes: "6110",
      markets: "US",
    })
  ).id;
  staffEmail = (await makeUser(db, { role: "staff", name: "复核员" })).email;
  resetPartyIndexCache();
  const n = 3000 + crypto.randomInt(900);
  const caption = `Certain Solar Panel Mounting Clamps ${n}`;
  const bytes = Buffer.from(
    `<?xml version="1.0"?><rss version="2.0"><channel><title>ITC</title>` +
      `<item><title>${caption}; Institution of Investigation</title><link>https://example.org/ta-${n}</link><pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate>` +
      `<description>Inv. No(s). 337-TA-${n}. A complaint was filed under section 337 of the Tariff Act of 1930. ` +
      `The USITC has identified the following 3 respondents in this investigation: Acme Mounting Co., Ltd. of Shenzhen, China.</description></item>` +
      `</channel></rss>`,
  );
  await storeFeedBytes(db, bytes, { id: source.id });
  await matchNewItems(db);
  const item = await db.riskItem.findFirstOrThrow({ where: { sourceId: source.id } });
  itemId = item.id;
  caseId = item.caseId!;
  expect(JSON.parse(item.extractionDoubts)).toEqual([expect.objectContaining({ kind: "count-shortfall", announced: 3, found: 1 })]);
  expect(await db.alert.count({ where: { companyId } })).toBe(0);
  server = await startAppServer();
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the extraction review queue in the browser", () => {
  it("shows the announcing phrase highlighted, and a correction on the case page alerts the missed company critically at once", async () => {
    const problems: string[] = [];
    const page = await openPageAs(browser, server.url, staffEmail, TEST_PASSWORD, "/staff", problems);
    await page.getByRole("navigation").getByRole("link", { name: "抽取复核" }).click();
    await page.waitForURL(`${server.url}/staff/extraction-reviews`);
    await page.getByRole("heading", { level: 1, name: "抽取复核" }).waitFor();
    const card = page.locator(`[data-extraction-review="${itemId}"]`);
    await expect(card.locator("mark").allTextContents()).resolves.toEqual(["the following 3 respondents"]);
    await expect(card.textContent()).resolves.toContain("原文称 3 家，只抽取到 1 家");

    await card.getByRole("link", { name: "在案件页更正当事人" }).click();
    await page.waitForURL(new RegExp(`/staff/cases/${caseId}\\?review=`));
    await page.getByRole("heading", { level: 2, name: "更正当事人" }).waitFor();
    await page.getByLabel("名称（新增或修改时）").fill(MISSED);
    await page.getByLabel("所在地").fill("Taizhou, Zhejiang, China");
    await page.getByRole("button", { name: "保存更正并重新匹配" }).click();
    await expect(page.getByRole("status").textContent()).resolves.toContain("新增预警 1 条");
    // The correction history lists it (after the loaders have run again).
    await page.locator("ins", { hasText: MISSED }).waitFor();

    const db = await getDb();
    const alert = await db.alert.findUniqueOrThrow({ where: { companyId_riskItemId: { companyId, riskItemId: itemId } } });
    expect(alert.severity).toBe("critical");
    expect((await db.riskItem.findUniqueOrThrow({ where: { id: itemId } })).doubtsResolvedAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: "case.parties.correct", entityId: caseId } })).toBe(1);

    await page.goto(`${server.url}/staff/extraction-reviews`);
    await page.getByRole("heading", { level: 1, name: "抽取复核" }).waitFor();
    await expect(page.locator(`[data-extraction-review="${itemId}"]`).count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  }, 120_000);
});
