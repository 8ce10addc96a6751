// Issue 12's journey in a real browser against the built app: a company named in a 337
// institution notice (ingested and matched by the real code) follows its critical alert from
// the inbox to the case page (which lists the parties of all the case's notices) and on to a
// guidance request prefilled with the 337 dispute type, the ITC as forum and the response
// deadline computed from the institution. Each page is checked by its own heading.
// Needs `npm run build` first.
import crypto from "node:crypto";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchNewItems } from "~/models/alert-matching.server.ts";
import { ensureGuidanceReferenceData } from "~/models/guidance-intake.server.ts";
import { resetPartyIndexCache } from "~/models/party-match.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { makeCompany, makeUser, TEST_PASSWORD } from "../db-utils.ts";
import { startAppServer, type AppServer } from "../support/app-server.ts";
import { launchBrowser, logIn } from "../support/browser.ts";
import { makeSourceRow } from "../support/delivery-factory.ts";
import { storeFeedBytes } from "../support/store-feed.ts";

let server: AppServer;
let browser: Browser;
let email: string;
let caseId: string;
const CAPTION = "Certain Garden Solar Lights and Components Thereof";
const INSTITUTION = `${CAPTION}; Institution of Investigation`;

beforeAll(async () => {
  const db = await getDb();
  await ensureGuidanceReferenceData(db);
  const source = await makeSourceRow(db);
  const company = await makeCompany(db, { nameZh: "宁波晨辉照明电器有限公司", nameEn: "Ningbo Chenhui Lighting Electrical Appliance Co., Ltd.", city: "宁波" });
  email = (await makeUser(db, { role: "exporter", companyId: company.id, name: "晨辉用户" })).email;
  resetPartyIndexCache();
  const n = 3000 + crypto.randomInt(900);
  const bytes = Buffer.from(
    `<?xml version="1.0"?><rss version="2.0"><channel><title>ITC</title>` +
      `<item><title>${CAPTION}; Notice of Receipt of Complaint</title><link>https://example.org/dn-${n}</link><pubDate>Mon, 02 Nov 2026 08:00:00 GMT</pubDate>` +
      `<description>The Commission has received a complaint entitled ${CAPTION}, DN ${n}, under section 337 of the Tariff Act of 1930, HTSUS 9405.42.8440. ` +
      `The complaint names as respondents: Shenzhen Guangyao Lighting Co., Ltd. of Shenzhen, China; Ningbo Chenhui Lighting Electrical Appliance Co., Ltd. of Ningbo, China.</description></item>` +
      `<item><title>${INSTITUTION}</title><link>https://example.org/ta-${n}</link><pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate>` +
      `<description>Notice is hereby given that a complaint was filed under section 337 of the Tariff Act of 1930, Investigation No. 337-TA-${n}, regarding ${CAPTION}, HTSUS 9405.42.8440. ` +
      `The respondents are: Shenzhen Guangyao Lighting Co., Ltd. of Shenzhen, China; Ningbo Chenhui Lighting Electrical Appliance Co., Ltd. of Ningbo, China; Foshan Mingda Solar Technology Co., Ltd. of Foshan, China.</description></item>` +
      `</channel></rss>`,
  );
  await storeFeedBytes(db, bytes, { id: source.id });
  await matchNewItems(db);
  caseId = (await db.riskItem.findFirstOrThrow({ where: { sourceId: source.id, caseNumber: `337-TA-${n}` } })).caseId!;
  server = await startAppServer();
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("a critical alert in the browser", () => {
  it("leads from the inbox to the case page and to a request prefilled with the 337 dispute type and deadline", async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(m.text());
    });
    await logIn(page, server.url, email, TEST_PASSWORD, "/exporter");
    await page.goto(`${server.url}/exporter/alerts`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    const card = page.locator(".alert-card").filter({ hasText: INSTITUTION });
    await expect(card.locator(".badge--critical").textContent()).resolves.toBe("紧急");

    await card.getByRole("link", { name: "查看案件" }).click();
    await page.waitForURL(`${server.url}/exporter/cases/${caseId}`);
    await page.getByRole("heading", { level: 1, name: CAPTION }).waitFor();
    // The parties of both notices, merged, with the HTS code.
    const respondents = page.locator("#case-respondents li");
    await expect(respondents.count()).resolves.toBe(3);
    await expect(page.locator("#case-respondents").textContent()).resolves.toContain("Ningbo Chenhui Lighting Electrical Appliance Co., Ltd.");
    await expect(page.getByText("9405.42.8440").count()).resolves.toBeGreaterThan(0);

    await page.getByRole("link", { name: "申请应对指导" }).click();
    await page.waitForURL(/\/exporter\/requests\/new\?alert=/);
    await page.getByRole("heading", { level: 1, name: "新建应对指导申请" }).waitFor();
    await expect(page.locator("#f-disputeType").inputValue()).resolves.toBe("us-itc-337");
    await expect(page.locator("#f-forum").inputValue()).resolves.toContain("美国国际贸易委员会");
    await expect(page.locator("#f-servedAt").inputValue()).resolves.toBe("2026-11-30");
    await expect(page.getByTestId("prefill-deadline").textContent()).resolves.toContain("2026-12-20");
    expect(problems).toEqual([]);
  }, 120_000);
});
