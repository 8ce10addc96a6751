// The company profile and the registry import page in Chromium: both render, hydrate and
// submit without a console error, page error or 5xx.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/utils/db.server.ts";
import { makeCompany, makeUser, TEST_PASSWORD } from "../db-utils.ts";
import { startAppServer, type AppServer } from "../support/app-server.ts";
import { launchBrowser, logIn } from "../support/browser.ts";

let server: AppServer;
let browser: Browser;
let exporterEmail: string;
let staffEmail: string;
let companyId: string;

beforeAll(async () => {
  const db = await getDb();
  companyId = (await makeCompany(db, { nameZh: "浏览器测试公司" })).id;
  exporterEmail = (await makeUser(db, { role: "exporter", companyId })).email;
  staffEmail = (await makeUser(db, { role: "staff" })).email;
  server = await startAppServer();
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

function watch(page: Page) {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 500) problems.push(`${response.status()} ${response.url()}`);
  });
  return problems;
}

describe("company pages in the browser", () => {
  it("an exporter ticks industries and the observation flag and saves", async () => {
    const page = await browser.newPage();
    const problems = watch(page);
    await logIn(page, server.url, exporterEmail, TEST_PASSWORD, "/exporter");
    await page.goto(`${server.url}/exporter/company`);
    await page.getByLabel("光伏", { exact: true }).check();
    await page.getByLabel("专利", { exact: true }).check();
    await page.getByLabel("海外知识产权观察企业").check();
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "已保存" }).waitFor();
    const row = await (await getDb()).company.findUniqueOrThrow({ where: { id: companyId } });
    expect(JSON.parse(row.industries)).toEqual(["photovoltaic"]);
    expect(row.observationEnterprise).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("staff preview an upload with a line-numbered error and confirm it", async () => {
    const page = await browser.newPage();
    const problems = watch(page);
    await logIn(page, server.url, staffEmail, TEST_PASSWORD, "/staff");
    await page.getByRole("link", { name: "企业名录" }).first().click();
    await page.waitForURL(`${server.url}/staff/companies`);
    await page.goto(`${server.url}/staff/companies/import`);
    const csv =
      "credit_code,name_zh,name_en,aliases,city,province,industries,products,hs_codes,markets\n" +
      "914403001922038216,浏览器导入公司,,,宁波,浙江,光伏,,,US\n" +
      "914403001922038217,校验错误公司,,,,,,,,\n";
    await page.setInputFiles("#f-file", { name: "r.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "预览" }).click();
    await page.getByText("第 3 行").waitFor();
    await page.getByRole("button", { name: "确认导入" }).click();
    await page.getByRole("status").filter({ hasText: "已导入" }).waitFor();
    expect(await (await getDb()).company.count({ where: { creditCode: "914403001922038216" } })).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});
