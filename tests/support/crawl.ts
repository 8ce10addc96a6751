// What the browser crawls (tests/e2e/crawl.test.ts, tests/e2e/zh-pages.test.ts) share: fixture
// feeds ingested and indexed, one account per role, the built app server and Chromium, and
// the helpers that pick which links to follow.
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import { getSearchClient } from "#search/client.server.ts";
import { drainSearchOutbox } from "~/models/search-index.server.ts";
import { getDb, type Db } from "~/utils/db.server.ts";
import { startAppServer, type AppServer } from "./app-server.ts";
import { launchBrowser } from "./browser.ts";
import { startFeedServer, type FeedServer } from "./feed-server.ts";
import { ingestFixtureSources } from "./fixture-sources.ts";

export type CrawlRole = "exporter" | "staff" | "expert" | "admin";
export type CrawlAccounts = Record<CrawlRole, { email: string; home: string }>;

export interface CrawlWorld {
  feeds: FeedServer;
  server: AppServer;
  browser: Browser;
  accounts: CrawlAccounts;
  stop(): Promise<void>;
}

/** Demo-like data (fixture feeds ingested and indexed), the people `makePeople` creates, the app and a browser. */
export async function startCrawlWorld(makePeople: (db: Db) => Promise<CrawlAccounts>): Promise<CrawlWorld> {
  const feeds = await startFeedServer({ dir: path.resolve(import.meta.dirname, "../fixtures/feeds") });
  const db = await getDb();
  await ingestFixtureSources(db, feeds);
  expect((await drainSearchOutbox(db, getSearchClient())).error).toBeNull();
  const accounts = await makePeople(db);
  const server = await startAppServer();
  const browser = await launchBrowser();
  return {
    feeds,
    server,
    browser,
    accounts,
    async stop() {
      await browser.close();
      await server.stop();
      await feeds.close();
    },
  };
}

/**
 * "/staff/items/abc123?q=x" → "/staff/items/:id": pages of one shape are one route. With
 * `numbers`, numeric segments ("/reports/2026") count as ids too.
 */
export function shapeOf(href: string, options: { numbers?: boolean } = {}) {
  const url = new URL(href);
  let shape = url.pathname.replace(/\/[a-z0-9]{20,}(?=\/|$)/gi, "/:id");
  if (options.numbers) shape = shape.replace(/\/\d+(?=\/|$)/g, "/:n");
  return shape + (url.search ? "?…" : "");
}

/** Same-site links a person would follow (no sign-out, no resource routes; with `skipFiles`, no downloads by extension). */
export async function sameSiteLinks(page: Page, origin: string, options: { skipFiles?: boolean } = {}): Promise<string[]> {
  const hrefs = await page.$$eval("a[href]", (links) =>
    links.filter((a) => !a.hasAttribute("download") && a.getAttribute("target") !== "_blank").map((a) => (a as HTMLAnchorElement).href),
  );
  return [
    ...new Set(
      hrefs
        .map((h) => h.split("#")[0]!)
        .filter((h) => {
          const url = new URL(h);
          if (url.origin !== origin || /^\/(logout|resources\/)/.test(url.pathname)) return false;
          // Files (CSV, XLSX, DOCX, PDF, JSON, OPML) are not pages.
          return !(options.skipFiles && /\.[a-z]{2,4}$/.test(url.pathname));
        }),
    ),
  ];
}
