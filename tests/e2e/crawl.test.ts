// Every page a user can reach, in a real browser: each role signs in, switches language with
// the language button, and follows every same-site link breadth-first (by clicking it, so
// client-side navigation and route-module loading are exercised, then by loading it afresh,
// so the server render is too). Any console error, page error or 5xx fails the test.
// Needs `npm run build` first (the app server runs build/proc/serve.js).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCompany, makeExpert, makeUser, TEST_PASSWORD } from "../db-utils.ts";
import { logIn } from "../support/browser.ts";
import { sameSiteLinks, shapeOf, startCrawlWorld, type CrawlWorld } from "../support/crawl.ts";

/** Pages visited per role and language: enough for every route, bounded for a slow machine. */
const MAX_PAGES = 30;
/** Pages of one route shape (ids and query strings stripped) worth visiting. */
const MAX_PER_SHAPE = 2;
const CRAWL_TIMEOUT_MS = 300_000;

let world: CrawlWorld;

beforeAll(async () => {
  // Demo-like data: fixture feeds ingested and indexed, a company, one account per role.
  world = await startCrawlWorld(async (db) => {
    const company = await makeCompany(db, { nameZh: "宁波示例光伏有限公司" });
    return {
      exporter: { email: (await makeUser(db, { role: "exporter", companyId: company.id })).email, home: "/exporter" },
      staff: { email: (await makeUser(db, { role: "staff" })).email, home: "/staff" },
      expert: { email: (await makeExpert(db)).user.email, home: "/expert" },
      admin: { email: (await makeUser(db, { role: "admin" })).email, home: "/admin" },
    };
  });
}, 120_000);

afterAll(async () => {
  await world?.stop();
});

async function crawl(role: keyof CrawlWorld["accounts"], language: "zh" | "en") {
  const { browser, server, accounts } = world;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  let where = "login";
  page.on("pageerror", (error) => problems.push(`${where}: page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`${where}: console: ${message.text()}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 500) problems.push(`${where}: ${response.status()} ${response.url()}`);
  });

  const { email, home } = accounts[role];
  await logIn(page, server.url, email, TEST_PASSWORD, home);
  if (language === "en") {
    await page.getByRole("button", { name: "English" }).click();
    await page.waitForFunction(() => document.documentElement.lang.startsWith("en"));
  }

  const seen = new Set<string>([`${server.url}${home}`]);
  const shapes = new Map<string, number>();
  const queue = [`${server.url}${home}`];
  let visited = 0;
  while (queue.length && visited < MAX_PAGES) {
    const url = queue.shift()!;
    where = url.slice(server.url.length);
    const res = await page.goto(url);
    visited++;
    expect(res?.status(), where).toBeLessThan(500);
    if (language === "en") expect(await page.evaluate(() => document.documentElement.lang), where).toMatch(/^en/);
    for (const link of await sameSiteLinks(page, server.url)) {
      if (seen.has(link)) continue;
      seen.add(link);
      const shape = shapeOf(link);
      if ((shapes.get(shape) ?? 0) >= MAX_PER_SHAPE) continue;
      shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
      // Follow it as a user would: a click, handled by the client-side router.
      const target = link.slice(server.url.length);
      where = `${url.slice(server.url.length)} → ${target}`;
      const anchor = page.locator(`a[href="${target}"]`).first();
      if (await anchor.isVisible()) {
        // A list re-rendered by a revalidation after going back can detach the link under the
        // pointer; the page is then loaded directly below, which checks the same route.
        const clicked = await anchor
          .click({ timeout: 5_000 })
          .then(() => true)
          .catch(() => false);
        if (!clicked) {
          await page.goto(url);
          queue.push(link);
          continue;
        }
        // Client-side navigations fire no load event: wait for the data requests to settle.
        await page.waitForLoadState("networkidle");
        if (page.url() !== url) {
          await page.goBack();
          // A redirect on the way (e.g. "/" to the role's home) leaves history elsewhere.
          const back = await page
            .waitForURL((u) => u.href === url, { timeout: 5_000, waitUntil: "commit" })
            .then(() => true)
            .catch(() => false);
          if (!back) await page.goto(url);
          await page.waitForLoadState("networkidle");
        }
      }
      queue.push(link);
    }
  }
  await context.close();
  return { problems, visited };
}

describe("every reachable page, for every role, in both languages", () => {
  for (const role of ["exporter", "staff", "expert", "admin"] as const) {
    for (const language of ["zh", "en"] as const) {
      it(
        `${role} (${language}) follows every link without a console error, page error or 5xx`,
        async () => {
          const { problems, visited } = await crawl(role, language);
          expect(problems).toEqual([]);
          expect(visited).toBeGreaterThan(2);
        },
        CRAWL_TIMEOUT_MS,
      );
    }
  }
});
