// Search in a real browser against the built app: a staff user searches in Chinese, finds
// highlighted English notices, narrows by a facet, opens an item and its case timeline;
// the form works without JavaScript; hostile feed content stays text (no script runs).
// Needs `npm run build` first (the app server runs build/proc/serve.js).
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSearchClient } from "#search/client.server.ts";
import { RISK_ITEMS_INDEX } from "~/models/risk-item.server.ts";
import { drainSearchOutbox } from "~/models/search-index.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { makeUser, TEST_PASSWORD } from "../db-utils.ts";
import { startAppServer, type AppServer } from "../support/app-server.ts";
import { launchBrowser, logIn } from "../support/browser.ts";
import { startFeedServer, type FeedServer } from "../support/feed-server.ts";
import { ingestFixtureSources } from "../support/fixture-sources.ts";

const INSTITUTION = "Certain Lithium-Ion Battery Cells, Battery Packs, and Products Containing the Same; Institution of Investigation";
const RECEIPT_START = "Certain Lithium-Ion Battery Cells, Battery Packs, and Products Containing the Same; Notice of Receipt of Complaint";
// Stored as if a sanitiser had let it through: the pages must still show it as text.
const RAW_PAYLOAD = `Raw payload <img src=x onerror="window.__xss='img'"><script>window.__xss='script'</script>`;

let feeds: FeedServer;
let server: AppServer;
let browser: Browser;
let staffEmail: string;
let rawItemId: string;

beforeAll(async () => {
  feeds = await startFeedServer({ dir: path.resolve(import.meta.dirname, "../fixtures/feeds") });
  const db = await getDb();
  await ingestFixtureSources(db, feeds);
  const hostileSource = await db.source.findFirstOrThrow({ where: { name: "Untrusted aggregator" } });
  const raw = await db.riskItem.create({
    data: {
      sourceId: hostileSource.id,
      guid: "raw-payload",
      link: "javascript:window.__xss='link'",
      title: RAW_PAYLOAD,
      summary: `Counterfeit lithium battery notice ${RAW_PAYLOAD} <iframe src="javascript:window.__xss='iframe'"></iframe>`,
      publishedAt: new Date(),
      fetchedAt: new Date(),
      language: "en",
      jurisdiction: "US",
      kind: "news",
      caseType: "other",
      respondents: JSON.stringify([{ name: `<b onmouseover="window.__xss='b'">Evil Co.</b>`, location: "<svg onload=\"window.__xss='svg'\">" }]),
      products: JSON.stringify(["<script>window.__xss='product'</script>"]),
      fingerprint: "raw-payload",
    },
  });
  rawItemId = raw.id;
  await db.searchOutbox.create({ data: { indexName: RISK_ITEMS_INDEX, entityId: raw.id, op: "upsert" } });
  expect((await drainSearchOutbox(db, getSearchClient())).error).toBeNull();

  staffEmail = (await makeUser(db, { role: "staff", name: "检索测试员" })).email;
  server = await startAppServer();
  browser = await launchBrowser();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await feeds?.close();
});

/** A page that records every script that tries to run from feed content. */
async function watchedPage(context?: Awaited<ReturnType<Browser["newContext"]>>) {
  const page = await (context ?? browser).newPage();
  const problems: string[] = [];
  page.on("dialog", async (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("request", (request) => {
    if (/evil\.example/.test(request.url())) problems.push(`request: ${request.url()}`);
  });
  return { page, problems };
}

function logInAsStaff(page: Page) {
  return logIn(page, server.url, staffEmail, TEST_PASSWORD, "/staff");
}

/** Waits for the page's heading (client-side navigations render after the URL changes). */
async function heading(page: Page, expected: string | ((text: string) => boolean)) {
  const h1 = page.locator("h1");
  const matches = (text: string) => (typeof expected === "string" ? text === expected : expected(text));
  const deadline = Date.now() + 10_000;
  let text = "";
  while (Date.now() < deadline) {
    text = (await h1.textContent()) ?? "";
    if (matches(text)) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`heading stayed "${text}"`);
}

async function noScriptRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
}

describe("search in the browser", () => {
  it("searches 锂电池, sees a highlighted English notice, narrows by jurisdiction and opens the case", async () => {
    const { page, problems } = await watchedPage();
    await logInAsStaff(page);
    await page.getByRole("navigation").getByRole("link", { name: "检索" }).click();
    await page.waitForURL(`${server.url}/staff/search`);
    await heading(page, "预警信息检索");

    await page.getByLabel("关键词").fill("锂电池");
    await page.getByRole("button", { name: "检索", exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("q") === "锂电池");
    const institution = page.locator(".search-hit").filter({ has: page.getByRole("link", { name: INSTITUTION }) });
    await institution.waitFor();
    // The English title matched the Chinese query through the bilingual synonyms.
    const marked = await institution.locator(".search-hit__title mark").allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.join(" ")).toMatch(/lithium/i);
    expect(await institution.locator(".badge--case-number").textContent()).toBe("337-TA-1452");
    expect(await institution.locator(".badge--stage").textContent()).toBe("立案");
    expect(await institution.textContent()).toContain("Shenzhen Lianxin Power Technology Co., Ltd.");
    const before = await page.locator(".search-hit").count();

    // Ticking a facet submits the form at once (JavaScript on). Every 锂电池 notice is a US
    // case (a Chinese report of an ITC case is filed under the case's forum), so narrow by stage.
    const stageFacet = () => page.locator(".search__facet").filter({ hasText: "案件阶段" }).getByLabel(/立案/);
    expect(await stageFacet().isChecked()).toBe(false);
    await stageFacet().check();
    await page.waitForURL((url) => url.searchParams.getAll("stage").includes("instituted"));
    await page.waitForFunction((n) => document.querySelectorAll(".search-hit").length < n, before);
    const hits = await page.locator(".search-hit .badge--stage").allTextContents();
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits)).toEqual(new Set(["立案"]));
    expect(await stageFacet().isChecked()).toBe(true);

    // Untick, open the English institution notice.
    await stageFacet().uncheck();
    await page.waitForURL((url) => !url.searchParams.has("stage"));
    await page.getByRole("link", { name: INSTITUTION }).click();
    await heading(page, INSTITUTION);
    const original = page.getByRole("link", { name: /查看原文/ });
    expect(await original.getAttribute("href")).toMatch(/^https:\/\/www\.federalregister\.gov\//);
    expect(await original.getAttribute("rel")).toBe("noopener noreferrer nofollow");
    expect(await original.getAttribute("target")).toBe("_blank");
    // The case timeline links the receipt of complaint (DN 3861) of the same case.
    const timeline = page.locator(".timeline");
    await timeline.getByRole("link", { name: new RegExp(`^${RECEIPT_START.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) }).click();
    await heading(page, (h) => h.includes("Notice of Receipt of Complaint"));
    expect(await page.locator(".facts").textContent()).toContain("DN 3861");
    await noScriptRan(page);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("works without JavaScript: the GET form submits query, facets and sort; pagination links keep them", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await logInAsStaff(page);
    await page.goto(`${server.url}/staff/search`);
    await page.getByLabel("关键词").fill("337");
    await page.locator(".search__facet").filter({ hasText: "法域" }).getByLabel(/美国/).check();
    await page.getByLabel("排序").selectOption("date");
    await page.getByRole("button", { name: "应用筛选" }).click();
    await page.waitForURL(
      (url) => url.searchParams.get("q") === "337" && url.searchParams.get("jurisdiction") === "US" && url.searchParams.get("sort") === "date",
    );
    const badges = await page.locator(".search-hit .badge--jurisdiction").allTextContents();
    expect(badges.length).toBeGreaterThan(0);
    expect(new Set(badges)).toEqual(new Set(["美国"]));

    // Everything of the last year, newest first: more than one page.
    await page.goto(`${server.url}/staff/search`);
    await page.getByLabel("发布时间").selectOption("365d");
    await page.getByLabel("排序").selectOption("date");
    await page.getByRole("button", { name: "应用筛选" }).click();
    await page.waitForURL((url) => url.searchParams.get("range") === "365d");
    expect(await page.locator(".search-hit").count()).toBe(20);
    const firstPage = await page.locator(".search-hit__title").allTextContents();
    await page
      .getByRole("navigation", { name: "分页" })
      .getByRole("link", { name: /下一页/ })
      .click();
    await page.waitForURL((url) => url.searchParams.get("page") === "2");
    const url = new URL(page.url());
    expect(url.searchParams.get("range")).toBe("365d");
    expect(url.searchParams.get("sort")).toBe("date");
    const secondPage = await page.locator(".search-hit__title").allTextContents();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
    expect(await page.locator('.pagination [aria-current="page"]').textContent()).toBe("2");
    await context.close();
  });

  it("shows hostile feed content as text and runs none of its scripts", async () => {
    const { page, problems } = await watchedPage();
    await logInAsStaff(page);
    // The sanitised fixture items and the raw payload row all come up for this query.
    await page.goto(`${server.url}/staff/search?q=${encodeURIComponent("Counterfeit")}`);
    await page.locator(".search-hit").first().waitFor();
    const titles = await page.locator(".search-hit__title").allTextContents();
    expect(titles).toContain("Counterfeit LED bulbs seized");
    await page.goto(`${server.url}/staff/search?q=${encodeURIComponent("Raw payload")}`);
    const raw = page.locator(".search-hit").filter({ hasText: "Raw payload" });
    await raw.waitFor();
    // The markup is visible as characters, not parsed into elements.
    expect(await raw.locator(".search-hit__title").textContent()).toContain(`<script>window.__xss='script'</script>`);
    expect(await page.locator(".search__hits img, .search__hits script, .search__hits iframe, .search__hits svg, .search__hits b").count()).toBe(0);

    await raw.getByRole("link").first().click();
    // The item's URL carries the search it came from (for the way back).
    await page.waitForURL((url) => url.pathname === `/staff/items/${rawItemId}`);
    await heading(page, RAW_PAYLOAD);
    expect(await page.locator(".risk-item__summary").textContent()).toContain(`<iframe src="javascript:window.__xss='iframe'"></iframe>`);
    expect(await page.locator(".risk-item").textContent()).toContain(`<b onmouseover="window.__xss='b'">Evil Co.</b>`);
    expect(await page.locator(".risk-item img, .risk-item script, .risk-item iframe, .risk-item svg, .risk-item b").count()).toBe(0);
    // A javascript: link is never linked.
    expect(await page.getByRole("link", { name: /查看原文/ }).count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await page.hover(".risk-item .facts");

    // The items the fixture feed delivered: the javascript: link is dropped, the other is linked safely.
    const db = await getDb();
    for (const row of await db.riskItem.findMany({ where: { source: { name: "Untrusted aggregator" }, NOT: { id: rawItemId } } })) {
      await page.goto(`${server.url}/staff/items/${row.id}`);
      expect(await page.locator("h1").textContent()).toBe(row.title);
      expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    }
    await noScriptRan(page);
    expect(problems).toEqual([]);

    // The server's HTML carries the payload only escaped.
    const cookies = await page.context().cookies();
    const html = await (
      await fetch(`${server.url}/staff/items/${rawItemId}`, { headers: { Cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") } })
    ).text();
    expect(html).toContain("Raw payload &lt;img");
    expect(html).not.toMatch(/<script>window\.__xss/);
    expect(html).not.toMatch(/<img src=x/);
    await page.close();
  });
});
