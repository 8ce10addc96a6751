// Browser test of the staff source pages on the built app in Chromium: a staff user adds a
// source through the form and finds it in the list; "test now" shows a hostile feed as
// text; the form works without JavaScript.
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSource } from "~/models/source.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { makeUser, TEST_PASSWORD } from "../db-utils.ts";
import { startAppServer, type AppServer } from "../support/app-server.ts";
import { launchBrowser, logIn } from "../support/browser.ts";
import { startFeedServer, type FeedServer } from "../support/feed-server.ts";

let server: AppServer;
let browser: Browser;
let feeds: FeedServer;
let staffEmail: string;

beforeAll(async () => {
  const staff = await makeUser(await getDb(), { role: "staff", name: "信息源测试员" });
  staffEmail = staff.email;
  feeds = await startFeedServer({ dir: path.resolve("tests/fixtures/feeds") });
  server = await startAppServer();
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await feeds?.close();
});

function logInAsStaff(page: Page) {
  return logIn(page, server.url, staffEmail, TEST_PASSWORD, "/staff");
}

describe("staff source pages in a browser", () => {
  it("adds a source through the form and shows it in the list", async () => {
    const page = await browser.newPage();
    await logInAsStaff(page);
    await page.getByRole("link", { name: "信息源管理" }).click();
    await page.waitForURL(`${server.url}/staff/sources`);
    await page.getByRole("link", { name: "新建信息源" }).click();
    await page.waitForURL(`${server.url}/staff/sources/new`);

    await page.getByLabel("名称", { exact: true }).fill("浏览器新增的 337 信息源");
    await page.getByLabel("订阅地址（URL）").fill(feeds.url("/federal-register-itc.xml?e2e=1"));
    await page.getByLabel("信息类型").selectOption("case");
    await page.getByLabel("法域").fill("us");
    await page.getByLabel("可触发预警").uncheck();
    await page.getByRole("button", { name: "创建信息源" }).click();

    await page.waitForURL(/\/staff\/sources\/[^/]+\?created=1$/);
    await expect(page.getByRole("status").first().textContent()).resolves.toContain("信息源已创建");
    expect(await page.locator("h1").textContent()).toBe("浏览器新增的 337 信息源");
    expect(await page.getByLabel("可触发预警").isChecked()).toBe(false);
    expect(await page.getByLabel("法域").inputValue()).toBe("US");

    await page.getByRole("link", { name: "返回信息源列表" }).click();
    await page.waitForURL(`${server.url}/staff/sources`);
    const row = page.locator("tr", { hasText: "浏览器新增的 337 信息源" });
    // The URL changes before the list's data has rendered: wait for the row, not the navigation.
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    await expect(row.locator(".source-badge").textContent()).resolves.toBe("未运行");

    const saved = await (await getDb()).source.findFirstOrThrow({ where: { name: "浏览器新增的 337 信息源" } });
    expect(saved).toMatchObject({ jurisdiction: "US", alertable: false, enabled: true, schedule: "*/30 * * * *" });
    await page.close();
  });

  it("opens the OPML import page from the list by client-side navigation, without a script error", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await logInAsStaff(page);
    await page.getByRole("link", { name: "信息源管理" }).click();
    await page.waitForURL(`${server.url}/staff/sources`);
    await page.getByRole("link", { name: "导入 OPML" }).click();
    await page.waitForURL(`${server.url}/staff/sources/import`);
    await page.getByRole("heading", { level: 1, name: "导入 OPML" }).waitFor();
    expect(await page.getByLabel("OPML 文件").count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("fits the sources table on a 1366 px screen, keeping a long error to a couple of lines", async () => {
    const db = await getDb();
    const longUrl = `https://feeds.example.test/${"very-long-path-segment/".repeat(12)}feed.xml?token=${"x".repeat(120)}`;
    const failing = await createSource(db, { name: "报错很长的信息源", url: longUrl, kind: "case", jurisdiction: "US", schedule: "7,37 */2 * * 1-5" }, null);
    await db.source.update({
      where: { id: failing.id },
      data: { consecutiveFailures: 3, lastError: `Network error fetching ${longUrl}: host name not found (DNS) (ENOTFOUND)`, lastAttemptAt: new Date() },
    });
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await logInAsStaff(page);
    await page.goto(`${server.url}/staff/sources`);
    const sizes = await page.evaluate(() => {
      const scroller = document.querySelector(".table-scroll")!;
      const cell = document.querySelector("tr[data-source-id] .source-error-cell span, .source-error-cell span")!;
      const lineHeight = parseFloat(getComputedStyle(cell).lineHeight) || 20;
      return {
        scrollWidth: scroller.scrollWidth,
        clientWidth: scroller.clientWidth,
        pageWidth: document.documentElement.scrollWidth,
        errorLines: cell.getBoundingClientRect().height / lineHeight,
      };
    });
    expect(sizes.scrollWidth).toBeLessThanOrEqual(sizes.clientWidth);
    expect(sizes.pageWidth).toBeLessThanOrEqual(1366);
    expect(sizes.errorLines).toBeLessThanOrEqual(2.5);
    const row = page.locator(`tr[data-source-id="${failing.id}"]`);
    expect(await row.locator("code").textContent()).toBe("7,37 */2 * * 1-5");
    expect(await row.locator("code").isVisible()).toBe(true);
    await context.close();
  });

  it("tests a hostile feed and shows its entries as text, running no script from it", async () => {
    const source = await createSource(await getDb(), { name: "不可信聚合源", url: feeds.url("/xss-payloads.xml"), kind: "news", jurisdiction: "US" }, null);
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await logInAsStaff(page);
    await page.goto(`${server.url}/staff/sources/${source.id}`);
    await page.getByRole("button", { name: "立即测试" }).click();
    const preview = page.locator(".source-preview");
    await preview.waitFor();
    expect(await preview.textContent()).toContain("Counterfeit LED bulbs seized");
    await expect(preview.locator("td", { hasText: "Counterfeit LED bulbs seized" }).count()).resolves.toBe(1);
    const link = preview.getByRole("link", { name: "https://aggregator.example.net/items/1" });
    expect(await link.getAttribute("rel")).toBe("noopener noreferrer nofollow");
    expect(await link.getAttribute("target")).toBe("_blank");
    expect(await preview.locator("script, iframe, img, svg, object").count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await (await getDb()).riskItem.count({ where: { sourceId: source.id } })).toBe(0);
    await page.close();
  });

  it("shows field errors and keeps the values without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await logInAsStaff(page);
    await page.goto(`${server.url}/staff/sources/new`);
    await page.getByLabel("名称", { exact: true }).fill("无脚本");
    await page.getByLabel("订阅地址（URL）").fill("ftp://feeds.example.test/feed.xml");
    await page.getByLabel("法域").fill("US");
    await page.getByLabel("抓取计划（cron 表达式）").fill("every minute");
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: "创建信息源" }).click(),
    ]);
    expect(response.status()).toBe(400);
    await page.waitForLoadState();
    expect(await page.locator("#f-url-error").textContent()).toBe("请输入以 http:// 或 https:// 开头的网址");
    expect(await page.locator("#f-schedule-error").textContent()).toMatch(/^不是有效的 cron 表达式/);
    expect(await page.getByLabel("订阅地址（URL）").inputValue()).toBe("ftp://feeds.example.test/feed.xml");
    expect(await page.getByLabel("名称", { exact: true }).inputValue()).toBe("无脚本");
    expect(await (await getDb()).source.count({ where: { name: "无脚本" } })).toBe(0);
    await context.close();
  });
});
