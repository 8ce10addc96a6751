// In Chromium: staff open the statistics page, change the period, open a generated report and
// download it as Word and PDF (contents checked, not only sizes).
import fs from "node:fs/promises";
import JSZip from "jszip";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/utils/db.server.ts";
import { DEMO_PASSWORD, seedDemo } from "../../prisma/seed.ts";
import { startAppServer, type AppServer } from "../support/app-server.ts";
import { launchBrowser, logIn } from "../support/browser.ts";

let server: AppServer;
let browser: Browser;

beforeAll(async () => {
  await seedDemo(await getDb());
  server = await startAppServer();
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("statistics and reports in the browser", () => {
  it("shows the indicators, changes the period, and downloads a report as .docx and PDF", async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    page.setDefaultTimeout(20_000);
    await logIn(page, server.url, "staff1@demo.radar", DEMO_PASSWORD, "/staff");
    await page.getByRole("link", { name: "预警报告与统计" }).click();
    await page.locator("h1", { hasText: "预警报告与统计" }).waitFor();
    await expect(page.locator('tr[data-indicator="completionRate"] td').last().textContent()).resolves.toContain("受理的申请中");
    await expect(page.locator("figure.chart svg").count()).resolves.toBe(5);

    // An explicit period: the 365 days up to today (Shanghai), which the demo data always covers.
    // A calendar year would hold a few days of data in early January.
    const shanghaiDay = (t: number) => new Date(t + 8 * 3_600_000).toISOString().slice(0, 10);
    const to = shanghaiDay(Date.now());
    const from = shanghaiDay(Date.now() - 364 * 86_400_000);
    await page.locator('select[name="period"]').selectOption("custom");
    await page.locator('input[name="from"]').fill(from);
    await page.locator('input[name="to"]').fill(to);
    await page.getByRole("button", { name: "统计", exact: true }).click();
    await page.waitForURL(/period=custom/);
    await page.getByText(`统计期间：${from}~${to}`).waitFor();
    const received = Number(await page.locator('tr[data-indicator="received"] td.num a').first().textContent());
    expect(received).toBeGreaterThan(0);

    await page.goto(`${server.url}/staff/reports`);
    await page
      .getByRole("link", { name: /海外知识产权风险预警报告/ })
      .first()
      .click();
    await page.locator(".report-doc h1", { hasText: "海外知识产权风险预警报告" }).waitFor();

    // The click waits for the download's response, which is the generated document: on a loaded
    // machine that takes longer than the page's default action timeout, so it gets the download's.
    const [docx] = await Promise.all([
      page.waitForEvent("download", { timeout: 120_000 }),
      page.getByRole("link", { name: "Word (.docx)" }).click({ timeout: 120_000 }),
    ]);
    const zip = await JSZip.loadAsync(await fs.readFile((await docx.path())!));
    const text = (await zip.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
    expect(text).toContain("海外知识产权风险预警报告");
    expect(text).toMatch(/〔\d{4}〕第 \d+ 期/);
    expect(text).toContain("重点案件");

    const [pdf] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), page.getByRole("link", { name: "PDF" }).click({ timeout: 120_000 })]);
    const bytes = await fs.readFile((await pdf.path())!);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(bytes.toString("latin1").match(/\/Type\s*\/Page\b/g)!.length).toBeGreaterThanOrEqual(2);
    await page.close();
  }, 180_000);

  it("shows a pending state while a report is generated, and links cases and closed requests to a typical-case proposal", async () => {
    const db = await getDb();
    const page = await browser.newPage();
    page.setDefaultTimeout(20_000);
    await logIn(page, server.url, "staff1@demo.radar", DEMO_PASSWORD, "/staff");
    await page.goto(`${server.url}/staff/reports`);
    await page.locator("h1", { hasText: "报告与信息报送" }).waitFor();
    // Hold the generation request until the pending state has been seen (no race with a fast answer).
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => url.pathname === "/staff/reports",
      async (route) => {
        if (route.request().method() === "POST") await held;
        await route.continue();
      },
    );
    await page.getByRole("button", { name: "生成", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "正在根据记录生成报告" }).waitFor();
    await expect(page.getByRole("button", { name: "生成", exact: true }).isDisabled()).resolves.toBe(true);
    release();
    await page.waitForURL(/\/staff\/reports\/[^/]+$/);
    await page.locator(".report-doc h1").waitFor();
    await page.unroute((url) => url.pathname === "/staff/reports");

    // Regenerating the draft shows the same pending state (held the same way).
    const reportPath = new URL(page.url()).pathname;
    let releaseAgain!: () => void;
    const heldAgain = new Promise<void>((resolve) => (releaseAgain = resolve));
    await page.route(
      (url) => url.pathname === reportPath,
      async (route) => {
        if (route.request().method() === "POST") await heldAgain;
        await route.continue();
      },
    );
    await page.getByRole("button", { name: "按最新记录重新生成数据" }).click();
    await page.getByRole("status").filter({ hasText: "正在根据记录生成报告" }).waitFor();
    await expect(page.getByRole("button", { name: "按最新记录重新生成数据" }).isDisabled()).resolves.toBe(true);
    releaseAgain();
    await page.getByRole("status").filter({ hasText: "数据已按最新记录重新生成" }).waitFor();
    await page.unroute((url) => url.pathname === reportPath);

    const kase = await db.case.findFirstOrThrow({ select: { id: true }, orderBy: { id: "asc" } });
    await page.goto(`${server.url}/staff/cases/${kase.id}`);
    await page.getByRole("link", { name: "推荐为典型案例" }).click();
    await page.locator("h1", { hasText: "典型案例" }).waitFor();
    await expect(page.locator('input[name="caseId"]').inputValue()).resolves.toBe(kase.id);

    const closed = await db.guidanceRequest.findFirstOrThrow({ where: { state: "closed" }, select: { id: true }, orderBy: { id: "asc" } });
    await page.goto(`${server.url}/staff/requests/${closed.id}`);
    await page.getByRole("link", { name: "推荐为典型案例" }).click();
    await page.locator("h1", { hasText: "典型案例" }).waitFor();
    await expect(page.locator('input[name="requestId"]').inputValue()).resolves.toBe(closed.id);
    await page.close();
  }, 180_000);

  it("lets the administrator open the statistics page from the menu", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await logIn(page, server.url, "admin@demo.radar", DEMO_PASSWORD, "/admin");
    await page.getByRole("link", { name: "预警报告与统计" }).click();
    await page.locator("h1", { hasText: "预警报告与统计" }).waitFor();
    await expect(page.locator("figure.chart svg").count()).resolves.toBe(5);
    await context.close();
  }, 180_000);
});
