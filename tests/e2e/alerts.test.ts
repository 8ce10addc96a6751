// An exporter named in a US ITC complaint, in a real browser against the built app: the
// critical alert is in the inbox with the response rule, opening it reaches the item (which
// reads the alert) and the case page. Needs `npm run build` first.
import crypto from "node:crypto";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchNewItems } from "~/models/alert-matching.server.ts";
import { resetPartyIndexCache } from "~/models/party-match.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { makeCompany, makeUser, TEST_PASSWORD } from "../db-utils.ts";
import { startAppServer, type AppServer } from "../support/app-server.ts";
import { launchBrowser, logIn } from "../support/browser.ts";
import { makeSourceRow } from "../support/delivery-factory.ts";

let server: AppServer;
let browser: Browser;
let email: string;
let itemId: string;
let caseId: string;
let itemTitle: string;

beforeAll(async () => {
  const db = await getDb();
  resetPartyIndexCache();
  const tag = crypto.randomBytes(3).toString("hex");
  const source = await makeSourceRow(db);
  const company = await makeCompany(db, { nameZh: "宁波星耀光电有限公司", nameEn: "Ningbo Starshine Optoelectronics Co., Ltd.", city: "宁波" });
  email = (await makeUser(db, { role: "exporter", companyId: company.id, name: "星耀用户" })).email;
  const kase = await db.case.create({
    data: { docketNumber: `DN ${tag}`, caseType: "us-itc-337", jurisdiction: "US", title: "Certain Solar Lanterns", stage: "complaint" },
  });
  caseId = kase.id;
  itemTitle = "Certain Solar Lanterns; Notice of Receipt of Complaint";
  const item = await db.riskItem.create({
    data: {
      sourceId: source.id,
      guid: tag,
      link: `https://www.federalregister.gov/d/${tag}`,
      title: itemTitle,
      summary: "The complaint names as respondents: Ningbo Starshine Optoelectronics Co., Ltd. of Ningbo, China.",
      publishedAt: new Date(),
      fetchedAt: new Date(),
      language: "en",
      jurisdiction: "US",
      kind: "case",
      caseType: "us-itc-337",
      caseNumber: `DN ${tag}`,
      caseId: kase.id,
      fingerprint: tag,
      respondents: JSON.stringify([{ name: "Ningbo Starshine Optoelectronics Co., Ltd.", location: "Ningbo, China" }]),
    },
  });
  itemId = item.id;
  await matchNewItems(db);
  server = await startAppServer();
  browser = await launchBrowser();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("exporter alerts in the browser", () => {
  it("shows the critical alert, opens the item and reaches the case page without console errors", async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(m.text());
    });
    await logIn(page, server.url, email, TEST_PASSWORD, "/exporter");
    await page
      .getByRole("link", { name: /风险预警/ })
      .first()
      .click();
    await page.waitForURL(/\/exporter\/alerts/);
    const card = page.locator(".alert-card").filter({ hasText: itemTitle });
    await expect(card.locator(".badge--critical").textContent()).resolves.toBe("紧急");
    await expect(card.getByRole("note").textContent()).resolves.toContain("20 日");
    await expect(card.getByRole("link", { name: "申请应对指导" }).getAttribute("href")).resolves.toMatch(/^\/exporter\/requests\/new\?alert=/);
    await card.getByRole("link", { name: itemTitle }).click();
    await page.waitForURL(`${server.url}/exporter/items/${itemId}`);
    await page.goto(`${server.url}/exporter/alerts`);
    await expect(page.locator(".alert-card").count()).resolves.toBe(0);
    await page.goto(`${server.url}/exporter/alerts?status=read`);
    await page.locator(".alert-card").filter({ hasText: itemTitle }).getByRole("link", { name: "查看案件" }).click();
    await page.waitForURL(`${server.url}/exporter/cases/${caseId}`);
    // The URL changes before the case page has rendered.
    await page.getByRole("heading", { level: 1, name: "Certain Solar Lanterns" }).waitFor();
    expect(problems).toEqual([]);
  });
});
