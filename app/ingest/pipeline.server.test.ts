import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { RiskItemInput, SourceContext } from "./normalise.server.ts";
import type { SkippedEntry } from "./parse-feed.server.ts";
import { processFeedBytes, processFeedBytesInBatches, type ProcessFeedInput } from "./pipeline.server.ts";

const FIXTURES = new URL("../../tests/fixtures/feeds/", import.meta.url);
const FETCHED_AT = new Date("2026-11-04T00:00:00.000Z");
const SOURCE: SourceContext = { id: "s1", kind: "case", jurisdiction: "US", language: "en" };

/** A feed of `count` items; every fifth has neither title nor description (skipped by the normaliser). */
function feedBytes(count: number): Buffer {
  const items: string[] = [];
  for (let i = 0; i < count; i++) {
    items.push(
      i % 5 === 4
        ? `<item><guid>empty-${i}</guid></item>`
        : `<item><title>Certain Lithium-Ion Battery Cells; Institution of Investigation ${i}</title><link>https://example.org/items/${i}</link>` +
            `<guid isPermaLink="false">g-${i}</guid><pubDate>Tue, 03 Nov 2026 08:00:00 GMT</pubDate>` +
            `<description>&lt;p&gt;Complaint under section 337 of the Tariff Act of 1930, Investigation No. 337-TA-${1000 + i}. ` +
            `The complaint names as respondents: Shenzhen Lianxin Power Technology Co., Ltd. of Shenzhen, China.&lt;/p&gt;</description></item>`,
    );
  }
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Gen</title><link>https://example.org/</link>${items.join("\n")}</channel></rss>`,
  );
}

const input = (bytes: Uint8Array, extra: Partial<ProcessFeedInput> = {}): ProcessFeedInput => ({
  bytes,
  feedUrl: "https://example.org/feed.xml",
  source: SOURCE,
  fetchedAt: FETCHED_AT,
  ...extra,
});

describe("processFeedBytesInBatches", () => {
  test("hands over every item in feed order, batch by batch, and sums up like processFeedBytes", async () => {
    const bytes = feedBytes(103);
    const all = await processFeedBytes(input(bytes));
    const batches: { items: RiskItemInput[]; skipped: SkippedEntry[] }[] = [];
    const summary = await processFeedBytesInBatches(input(bytes, { batching: { chunkThreshold: 0, batchEntries: 10 } }), async (items, skipped) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      batches.push({ items, skipped });
    });
    expect(batches).toHaveLength(11);
    expect(batches.flatMap((b) => b.items)).toEqual(all.items);
    expect(batches.flatMap((b) => b.skipped)).toEqual(all.skipped);
    expect(batches[0].skipped).toEqual([
      { index: 4, reason: "entry has neither a title, a summary nor a link" },
      { index: 9, reason: "entry has neither a title, a summary nor a link" },
    ]);
    const { items, ...rest } = all;
    expect(summary).toEqual({ ...rest, itemCount: items.length, batches: 11 });
    expect(summary).toMatchObject({ format: "rss2", title: "Gen", encoding: "utf-8", entryCount: 103, itemCount: 83 });
  });

  test("a small feed is one batch by default", async () => {
    const calls: number[] = [];
    const summary = await processFeedBytesInBatches(input(feedBytes(20)), (items) => {
      calls.push(items.length);
    });
    expect(calls).toEqual([16]);
    expect(summary.batches).toBe(1);
  });

  test("gives every fixture the same items and skips as processFeedBytes", async () => {
    for (const name of readdirSync(FIXTURES).filter((f) => /\.(xml|rdf)$/.test(f) && f !== "malformed.xml")) {
      const bytes = readFileSync(new URL(name, FIXTURES));
      const all = await processFeedBytes(input(bytes));
      const items: RiskItemInput[] = [];
      const summary = await processFeedBytesInBatches(input(bytes, { batching: { chunkThreshold: 0, batchEntries: 1 } }), (batch) => {
        items.push(...batch);
      });
      expect(items).toEqual(all.items);
      expect(summary.skipped).toEqual(all.skipped);
      expect(summary.entryCount).toBe(all.entryCount);
    }
  });

  test("a failing batch handler stops the run and its error comes out", async () => {
    let calls = 0;
    const run = processFeedBytesInBatches(input(feedBytes(50), { batching: { chunkThreshold: 0, batchEntries: 10 } }), async () => {
      calls++;
      if (calls === 3) throw new Error("database is locked");
    });
    await expect(run).rejects.toThrow("database is locked");
    expect(calls).toBe(3);
  });

  test("an unreadable feed is rejected before any batch", async () => {
    let calls = 0;
    await expect(
      processFeedBytesInBatches(input(readFileSync(new URL("malformed.xml", FIXTURES))), () => {
        calls++;
      }),
    ).rejects.toThrow("Not well-formed XML");
    expect(calls).toBe(0);
  });
});
