// Support journeys in Chromium against the built app: an exporter applies for the overseas
// won-case subsidy from a closed guidance request, staff review, approve and record payment,
// and the exporter prints the decision; an alert links to the published guide of its forum.
// Needs `npm run build` first.
import crypto from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchNewItems } from "~/models/alert-matching.server.ts";
import { ensureGuidanceReferenceData } from "~/models/guidance-intake.server.ts";
import { transitionRequest } from "~/models/guidance-request.server.ts";
import { resetPartyIndexCache } from "~/models/party-match.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { ensureSupportReferenceData } from "../../prisma/seed-support.ts";
import { makeCompany, makeGuidanceRequest, makeUser, TEST_PASSWORD } from "../db-utils.ts";
import { startAppServer, type AppServer } from "../support/app-server.ts";
import { launchBrowser, openPageAs } from "../support/browser.ts";
import { makeSourceRow } from "../support/delivery-factory.ts";

let server: AppServer;
let browser: Browser;
let exporterEmail: string;
let staffEmail: string;
let requestId: string;
const problems: string[] = [];

beforeAll(async () => {
  const db = await getDb();
  resetPartyIndexCache();
  await ensureGuidanceReferenceData(db);
  await ensureSupportReferenceData(db);
  const tag = crypto.randomBytes(3).toString("hex");
  const company = await makeCompany(db, { nameZh: `深圳资助测试${tag}有限公司`, nameEn: `Shenzhen Subsidy Test ${tag} Co., Ltd.`, city: "深圳" });
  const exporter = await makeUser(db, { role: "exporter", companyId: company.id, name: "资助申请人" });
  const staff = await makeUser(db, { role: "staff", name: "资助审核人" });
  exporterEmail = exporter.email;
  staffEmail = staff.email;
  const r = await makeGuidanceRequest(db, { companyId: company.id, exporterId: exporter.id, staffId: staff.id, state: "delivered" });
  await transitionRequest(db, { requestId: r.id, to: "closed", actor: { id: exporter.id, kind: "exporter" } });
  requestId = r.id;
  // A 337 notice naming the company: a critical alert whose forum has a published guide.
  const source = await makeSourceRow(db);
  await db.riskItem.create({
    data: {
      sourceId: source.id,
      guid: tag,
      link: `https://www.federalregister.gov/d/${tag}`,
      title: "Certain Portable Power Stations; Notice of Receipt of Complaint",
      summary: `The complaint names as respondents: Shenzhen Subsidy Test ${tag} Co., Ltd. of Shenzhen, China.`,
      publishedAt: new Date(),
      fetchedAt: new Date(),
      language: "en",
      jurisdiction: "US",
      kind: "case",
      caseType: "us-itc-337",
      fingerprint: tag,
      respondents: JSON.stringify([{ name: `Shenzhen Subsidy Test ${tag} Co., Ltd.`, location: "Shenzhen, China" }]),
    },
  });
  await matchNewItems(db);
  server = await startAppServer();
  browser = await launchBrowser();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

function openAs(email: string, landing: string): Promise<Page> {
  return openPageAs(browser, server.url, email, TEST_PASSWORD, landing, problems);
}

describe("support journeys in the browser", () => {
  it("takes a won-case subsidy from the exporter's closed request to paid by staff", async () => {
    const exporter = await openAs(exporterEmail, "/exporter");
    await exporter.goto(`${server.url}/exporter/requests/${requestId}`);
    await exporter.getByRole("link", { name: "申请资助" }).click();
    await exporter.locator("h1", { hasText: "新建资助申请" }).waitFor();
    await exporter.locator('select[name="policyId"]').selectOption("won-case-overseas");
    await exporter.locator('input[name="decidedOn"]').fill("2026-10-01");
    await exporter.locator('input[name="costs"]').fill("300000");
    await exporter.getByRole("button", { name: "提交申请" }).click();
    await exporter.getByRole("status").filter({ hasText: "资助申请已提交" }).waitFor();
    await expect(exporter.locator("#eligibility-h + p").textContent()).resolves.toContain("100000");
    const applicationId = /\/exporter\/subsidies\/([^/?]+)/.exec(exporter.url())![1]!;
    await exporter.context().close();

    const staff = await openAs(staffEmail, "/staff");
    await staff.goto(`${server.url}/staff/subsidies`);
    await staff.locator(`a[href="/staff/subsidies/${applicationId}"]`).click();
    await staff.locator("h1", { hasText: "已提交" }).waitFor();
    await staff.getByRole("button", { name: "开始审核（重新核验资格）" }).click();
    await staff.locator("h1", { hasText: "审核中" }).waitFor();
    await staff.locator('input[name="amount"]').fill("100000");
    await staff.getByRole("button", { name: "核准", exact: true }).click();
    await staff.locator("h1", { hasText: "已核准" }).waitFor();
    await staff.getByRole("button", { name: "登记拨付" }).click();
    await staff.locator("h1", { hasText: "已拨付" }).waitFor();
    await staff.context().close();

    const again = await openAs(exporterEmail, "/exporter");
    await again.goto(`${server.url}/exporter/subsidies/${applicationId}`);
    await again.locator("h1", { hasText: "已拨付" }).waitFor();
    await again.getByRole("link", { name: "决定通知书" }).click();
    await again.locator("h1", { hasText: "维权资助核准通知书" }).waitFor();
    await expect(again.locator("article.notice-doc").textContent()).resolves.toContain("100000");
    await again.context().close();
    expect(problems).toEqual([]);
  }, 120_000);

  it("links an alert to the published guide of its forum", async () => {
    const exporter = await openAs(exporterEmail, "/exporter");
    await exporter.goto(`${server.url}/exporter/alerts`);
    await exporter.getByRole("link", { name: "查看该机构的应对指南" }).first().click();
    await exporter.locator("h1", { hasText: "美国国际贸易委员会337调查应对指南" }).waitFor();
    expect(exporter.url()).toBe(`${server.url}/exporter/guides/us-itc-337`);
    await expect(exporter.locator("#rule-itc337-answer").textContent()).resolves.toContain("20");
    await exporter.context().close();
    expect(problems).toEqual([]);
  }, 60_000);
});
