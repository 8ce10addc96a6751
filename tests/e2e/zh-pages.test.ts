// Every role's pages in Chinese, in a real browser (issue 13): each page must show its own
// heading (not its parent's: a nested route that rendered no child once showed the request
// page at a notice's address) and no English of the interface's own text. Latin words that are
// data (names, case numbers, codes from feeds) are either marked translate="no" / lang="en"
// where they are shown or listed in ALLOWED below, each with the reason it is not a leak.
// Needs `npm run build` first (the app server runs build/proc/serve.js).
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureGuidanceReferenceData } from "~/models/guidance-intake.server.ts";
import { makeCompany, makeExpert, makeUser, TEST_PASSWORD } from "../db-utils.ts";
import { logIn } from "../support/browser.ts";
import { sameSiteLinks, shapeOf, startCrawlWorld, type CrawlWorld } from "../support/crawl.ts";
import { makeGuidanceRequest } from "../support/guidance-factory.ts";

const MAX_PAGES = 40;
const MAX_PER_SHAPE = 1;
const TIMEOUT_MS = 400_000;

/**
 * Latin words allowed on a Chinese page, all proper names, abbreviations used as such in
 * Chinese, or codes: case-insensitive, whole words.
 */
export const ALLOWED = new Set(
  [
    // Abbreviations Chinese texts use as they are.
    "USITC",
    "Schedule",
    "HTS",
    "RDF",
    "ms",
    "DN",
    "GBK",
    "Excel",
    "Office",
    "YYYY-MM-DD",
    "Idempotency-Key",
    "X-Radar-Signature",
    "ITC",
    "TRO",
    "HS",
    "PDF",
    "CSV",
    "XLSX",
    "Word",
    "RSS",
    "Atom",
    "OPML",
    "URL",
    "API",
    "JSON",
    "SLA",
    "LED",
    "IP",
    "ID",
    "Email",
    "HTTPS",
    "HTTP",
    "Webhook",
    "HMAC",
    "SHA",
    "ETag",
    "Cron",
    "Meilisearch",
    "SMTP",
    "UTC",
    "GMT",
    "AD",
    "CVD",
    "EU",
    "US",
    "USA",
    "UK",
    "WIPO",
    "PCT",
    "TA",
    "No",
    // The product's own name.
    "Overseas",
    "Radar",
  ].map((w) => w.toLowerCase()),
);

/**
 * Containers whose text is data, not interface: feed items' titles, summaries, parties and
 * source names (in the feed's language), user and company names. Their text is never checked.
 */
export const DATA_SELECTORS = [
  ".risk-item__title",
  ".risk-item__summary",
  ".case-card__facts dd",
  ".risk-item .facts dd",
  ".search-hit__title",
  ".search-hit__snippet",
  ".search-hit__respondents",
  ".search-hit__source",
  ".shell__who",
  ".source-name-cell",
  ".timeline a",
  // The case's title and numbers above a feed item, and the case's current stage (feed text).
  ".risk-item > .card > p.muted",
  ".timeline__current span",
  ".search-hit__badges .badge--case-number",
  // Places of parties, as the feed wrote them.
  ".plain-list .muted",
];

/**
 * Pages whose English is known and not yet fixed. Empty since issue 13's second pass (audit
 * log, source page, case page in words or marked as data): a page that regresses fails here.
 */
export const KNOWN_GAPS: string[] = [];

let world: CrawlWorld;

beforeAll(async () => {
  world = await startCrawlWorld(async (db) => {
    await ensureGuidanceReferenceData(db);
    // People and companies with Chinese names: their names are data, and Latin test names would
    // only hide the interface's own words among them.
    const company = await makeCompany(db, { nameZh: "宁波示例光伏有限公司", nameEn: "宁波示例光伏", products: "光伏组件" });
    const exporter = await makeUser(db, { role: "exporter", companyId: company.id, name: "王经理" });
    const staff = await makeUser(db, { role: "staff", name: "李受理" });
    const expert = await makeExpert(db, { name: "示例专家", profile: { ipTypes: ["patent"], industries: ["photovoltaic"], languages: ["zh", "en"] } });
    await makeGuidanceRequest(db, {
      companyId: company.id,
      createdById: exporter.id,
      staffId: staff.id,
      data: { caseNumber: "337-TA-4242", opposingParty: "某某公司", opposingCounsel: "某律师事务所", currency: "元", products: JSON.stringify(["光伏组件"]) },
    });
    return {
      exporter: { email: exporter.email, home: "/exporter" },
      staff: { email: staff.email, home: "/staff" },
      expert: { email: expert.user.email, home: "/expert" },
      admin: { email: (await makeUser(db, { role: "admin", name: "赵管理" })).email, home: "/admin" },
    };
  });
}, 120_000);

afterAll(async () => {
  await world?.stop();
});

/** Latin words of the page's visible text outside data marked translate="no" or lang="en", with where they were seen. */
async function latinWords(page: Page): Promise<{ word: string; context: string }[]> {
  return page.evaluate((dataSelectors) => {
    const out: { word: string; context: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el) continue;
      if (el.closest('script, style, noscript, textarea, code, kbd, pre, samp, [translate="no"], [lang]:not([lang^="zh"]), [hidden], [aria-hidden="true"]'))
        continue;
      if (el.closest(dataSelectors)) continue;
      // Country and language codes given as examples in a field's hint ("如 US、EU、DE").
      const hint = el.closest(".field__hint") !== null;
      if (!(el as HTMLElement).offsetParent && getComputedStyle(el).position !== "fixed") continue;
      const text = node.textContent ?? "";
      // Words of two or more letters; e-mail addresses, URLs, file names and codes with digits are data.
      const cleaned = text.replace(/\S+@\S+|https?:\/\/\S+|\S+\.(pdf|docx|xlsx|csv|exe|opml|xml)\b|\S*\d\S*/gi, " ");
      const trail: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && trail.length < 4; e = e.parentElement)
        trail.push(`${e.tagName.toLowerCase()}${e.className && typeof e.className === "string" ? `.${e.className.split(" ").join(".")}` : ""}`);
      for (const m of cleaned.matchAll(/[A-Za-z][A-Za-z'’-]*[A-Za-z]/g))
        if (!(hint && m[0].length <= 4)) out.push({ word: m[0], context: `${trail.join("<")} | ${text.trim().slice(0, 60)}` });
    }
    // Form controls' visible words: buttons' values and placeholders.
    for (const input of document.querySelectorAll<HTMLInputElement>("input[placeholder], textarea[placeholder]")) {
      for (const m of input.placeholder.matchAll(/[A-Za-z][A-Za-z'’-]*[A-Za-z]/g)) out.push({ word: m[0], context: `placeholder: ${input.placeholder}` });
    }
    return out;
  }, DATA_SELECTORS.join(", "));
}

async function walk(role: keyof CrawlWorld["accounts"]) {
  const { browser, server, accounts } = world;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
  const page = await context.newPage();
  const leaks: string[] = [];
  const headings: string[] = [];
  const h1ByPath = new Map<string, string>();
  const { email, home } = accounts[role];
  await logIn(page, server.url, email, TEST_PASSWORD, home);
  const seen = new Set([`${server.url}${home}`]);
  const shapes = new Map<string, number>();
  const queue = [`${server.url}${home}`];
  let visited = 0;
  while (queue.length && visited < MAX_PAGES) {
    const url = queue.shift()!;
    const where = url.slice(server.url.length);
    const res = await page.goto(url);
    await page.waitForLoadState("networkidle");
    visited++;
    expect(res?.status(), where).toBeLessThan(500);
    if ((res?.status() ?? 200) >= 400) continue;
    const h1s = (await page.locator("main h1, h1").allTextContents()).map((s) => s.trim()).filter(Boolean);
    const pathname = new URL(url).pathname;
    if (h1s.length === 0) headings.push(`${where}: no heading`);
    else {
      // A child page showing its parent's heading rendered its parent, not itself.
      for (const [other, h1] of h1ByPath) {
        if (other !== pathname && pathname.startsWith(`${other}/`) && h1 === h1s[0]) headings.push(`${where}: shows the heading of ${other} ("${h1}")`);
      }
      h1ByPath.set(pathname, h1s[0]!);
    }
    for (const { word, context: ctx } of await latinWords(page)) {
      // Country codes (US, EU, DE, CN) are codes in Chinese text too.
      if (/^[A-Z]{2,3}$/.test(word) || KNOWN_GAPS.some((p) => pathname.startsWith(p))) continue;
      if (!ALLOWED.has(word.toLowerCase())) leaks.push(`${where}: "${word}" in "${ctx}"`);
    }
    for (const link of await sameSiteLinks(page, server.url, { skipFiles: true })) {
      if (seen.has(link)) continue;
      seen.add(link);
      const shape = shapeOf(link, { numbers: true });
      if ((shapes.get(shape) ?? 0) >= MAX_PER_SHAPE) continue;
      shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
      queue.push(link);
    }
  }
  await context.close();
  return { leaks: [...new Set(leaks)], headings, visited };
}

describe("every role's pages in Chinese", () => {
  for (const role of ["exporter", "staff", "expert", "admin"] as const) {
    it(
      `${role}: each page shows its own heading and no untranslated English`,
      async () => {
        const { leaks, headings, visited } = await walk(role);
        if (process.env.ZH_LEAKS_DUMP) (await import("node:fs")).writeFileSync(`${process.env.ZH_LEAKS_DUMP}-${role}.txt`, leaks.join("\n"));
        expect(headings).toEqual([]);
        expect(leaks).toEqual([]);
        expect(visited).toBeGreaterThan(2);
      },
      TIMEOUT_MS,
    );
  }
});
