// What a user trips over, checked in a real browser against the built app: the folded menu
// at tablet width, the skip link, page titles, the way back to a search, clearing filters,
// paragraphs in long notices and a readable audit log, in both languages where it matters.
// Needs `npm run build` first (the app server runs build/proc/serve.js).
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSearchClient } from "#search/client.server.ts";
import { drainSearchOutbox } from "~/models/search-index.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { makeUser, TEST_PASSWORD } from "../db-utils.ts";
import { startAppServer, type AppServer } from "../support/app-server.ts";
import { launchBrowser, logIn } from "../support/browser.ts";
import { startFeedServer, type FeedServer } from "../support/feed-server.ts";
import { ingestFixtureSources } from "../support/fixture-sources.ts";

let feeds: FeedServer;
let server: AppServer;
let browser: Browser;
let staffEmail: string;

beforeAll(async () => {
  feeds = await startFeedServer({ dir: path.resolve(import.meta.dirname, "../fixtures/feeds") });
  const db = await getDb();
  await ingestFixtureSources(db, feeds);
  expect((await drainSearchOutbox(db, getSearchClient())).error).toBeNull();
  staffEmail = (await makeUser(db, { role: "staff", name: "界面测试员" })).email;
  server = await startAppServer();
  browser = await launchBrowser();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await feeds?.close();
});

async function staffPage(width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await logIn(page, server.url, staffEmail, TEST_PASSWORD, "/staff");
  return page;
}

describe("the page frame", () => {
  it("folds the navigation behind a menu button at 768 px, so the first result is near the top", async () => {
    const page = await staffPage(768);
    await page.goto(`${server.url}/staff/search?q=lithium`);
    const first = page.locator(".search-hit").first();
    await first.waitFor();
    // Header, search bar and the first result fit in the first screen (900 px high).
    expect((await first.boundingBox())!.y).toBeLessThan(900);
    expect(await page.getByRole("navigation").getByRole("link", { name: "审计日志" }).isVisible()).toBe(false);
    await page.locator(".shell__menu-button").click();
    const audit = page.getByRole("navigation").getByRole("link", { name: "审计日志" });
    expect(await audit.isVisible()).toBe(true);
    await audit.click();
    await page.waitForURL(`${server.url}/staff/audit`);
    // Following a link closes the menu again.
    expect(await page.getByRole("navigation").getByRole("link", { name: "检索" }).isVisible()).toBe(false);
    await page.close();
  });

  it("keeps the navigation open on a wide screen and offers a skip link as the first tab stop", async () => {
    const page = await staffPage(1280);
    expect(await page.getByRole("navigation").getByRole("link", { name: "审计日志" }).isVisible()).toBe(true);
    expect(await page.locator(".shell__menu-button").isVisible()).toBe(false);
    // A fresh load: focus starts at the document, so the first Tab is the first tab stop.
    await page.goto(`${server.url}/staff`);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "跳到主要内容" });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await skip.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await page.close();
  });

  it("titles the home, audit, password pages", async () => {
    const page = await staffPage();
    expect(await page.title()).toBe("工作人员工作台 · 海外知识产权雷达");
    await page.goto(`${server.url}/staff/audit`);
    expect(await page.title()).toBe("审计日志 · 海外知识产权雷达");
    await page.goto(`${server.url}/settings/password`);
    expect(await page.title()).toBe("修改密码 · 海外知识产权雷达");
    await page.close();
  });
});

describe("search round trips", () => {
  it("returns from an item to the same search, and clearing filters keeps the keyword", async () => {
    const page = await staffPage();
    await page.goto(`${server.url}/staff/search?q=lithium&jurisdiction=US`);
    await page.locator(".search-hit__title a").first().click();
    await page.waitForURL(/\/staff\/items\//);
    await page.getByRole("link", { name: /返回检索/ }).click();
    await page.waitForURL((url) => url.pathname === "/staff/search" && url.searchParams.get("q") === "lithium");
    expect(new URL(page.url()).searchParams.getAll("jurisdiction")).toEqual(["US"]);
    await page.getByRole("link", { name: "清除条件" }).click();
    await page.waitForURL((url) => !url.searchParams.has("jurisdiction"));
    expect(new URL(page.url()).searchParams.get("q")).toBe("lithium");
    expect(await page.getByLabel("关键词").inputValue()).toBe("lithium");
    await page.close();
  });

  it("shows a long English notice as paragraphs, under a case card in the reader's language", async () => {
    const page = await staffPage();
    await page.goto(`${server.url}/staff/search?q=${encodeURIComponent("337-TA-1452")}`);
    await page
      .getByRole("link", { name: /Institution of Investigation/ })
      .first()
      .click();
    await page.waitForURL(/\/staff\/items\//);
    await page.locator(".case-card").waitFor();
    expect(await page.locator(".risk-item__summary p").count()).toBeGreaterThan(2);
    const card = page.locator(".case-card");
    expect(await card.locator("h2").textContent()).toBe("案件要点");
    const text = (await card.textContent()) ?? "";
    expect(text).toContain("337-TA-1452");
    expect(text).toMatch(/337 调查|337调查/);
    expect(text).toContain(" 诉 ");
    // The card comes before the English text.
    const [cardY, summaryY] = await Promise.all([card.boundingBox(), page.locator(".risk-item__summary").boundingBox()]);
    expect(cardY!.y).toBeLessThan(summaryY!.y);
    await page.close();
  });
});

describe("the audit log", () => {
  it("names actions and entities in the reader's language and fits a 1366 px screen", async () => {
    const page = await staffPage(1366);
    await page.goto(`${server.url}/staff/audit`);
    const table = page.locator(".audit-table");
    await table.waitFor();
    expect(await table.textContent()).toContain("登录");
    expect(await table.textContent()).not.toContain("auth.login");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await page.getByRole("button", { name: "English" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "en");
    expect(await page.locator(".audit-table").textContent()).toContain("Signed in");
    await page.close();
  });
});
