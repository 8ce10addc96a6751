// Several ingests storing at once (on PostgreSQL: several connections, as several job processes
// would): the store must still link every notice of a case to one Case row and keep exactly one
// original per notice, the others marked as cross-source duplicates. On SQLite the write lock
// serialises the batches; on PostgreSQL an advisory lock per batch does (risk-item-pg.server.ts);
// without it, READ COMMITTED lets two batches both miss the other's case and both create one.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { type Db, getDb } from "~/utils/db.server.ts";
import { makeSourceRow } from "../support/delivery-factory.ts";
import { storeFeedBytes } from "../support/store-feed.ts";

const SOURCES = 6;
const CASES = 40;

function feed(base: number) {
  const items: string[] = [];
  for (let i = 0; i < CASES; i++) {
    const n = base + i;
    const caption = `Certain Concurrent Widgets ${n} and Components Thereof`;
    items.push(
      `<item><title>${caption}; Notice of Receipt of Complaint; Solicitation of Comments Relating to the Public Interest</title><link>https://example.org/dn-${n}</link><pubDate>Mon, 02 Nov 2026 08:00:00 GMT</pubDate>` +
        `<description>The U.S. International Trade Commission has received a complaint entitled ${caption}, DN ${n}; the complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation of widgets, HTSUS 8507.60.0020.</description></item>`,
      `<item><title>${caption}; Institution of Investigation</title><link>https://example.org/ta-${n}</link><pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate>` +
        `<description>Notice is hereby given that a complaint was filed with the U.S. International Trade Commission under section 337 of the Tariff Act of 1930, Investigation No. 337-TA-${n}, regarding ${caption}, HTSUS 8507.60.0020.</description></item>`,
    );
  }
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>ITC</title><link>https://example.org/</link>${items.join("\n")}</channel></rss>`,
  );
}

const ingest = (db: Db, sourceId: string, bytes: Buffer) => storeFeedBytes(db, bytes, { id: sourceId }, { fetchedAt: new Date("2026-12-01T00:00:00Z") });

describe("concurrent stores of the same notices from several sources", () => {
  it("link every case's notices to one Case and keep one alertable original per notice", async () => {
    const db = await getDb();
    const base = 2000 + crypto.randomInt(7000);
    const bytes = feed(base);
    const startedAt = new Date();
    const sources = await Promise.all(Array.from({ length: SOURCES }, () => makeSourceRow(db)));

    const summaries = await Promise.all(sources.map((s) => ingest(db, s.id, bytes)));

    expect(summaries.map((s) => s.created)).toEqual(sources.map(() => CASES * 2));
    expect(summaries.reduce((n, s) => n + s.crossSourceDuplicates, 0)).toBe((SOURCES - 1) * CASES * 2);
    const items = await db.riskItem.findMany({
      where: { sourceId: { in: sources.map((s) => s.id) } },
      select: { fingerprint: true, caseId: true, duplicateOfId: true, alertable: true },
    });
    expect(items).toHaveLength(SOURCES * CASES * 2);
    const originals = items.filter((i) => i.duplicateOfId === null);
    expect(originals).toHaveLength(CASES * 2);
    expect(new Set(originals.map((i) => i.fingerprint)).size).toBe(CASES * 2);
    expect(items.filter((i) => i.alertable)).toHaveLength(CASES * 2);
    // One Case per investigation (its two notices share a caption); every source's items point at it.
    const caseIds = new Set(items.map((i) => i.caseId));
    expect(caseIds.has(null)).toBe(false);
    expect(caseIds.size).toBe(CASES);
    expect(await db.case.count({ where: { id: { in: [...caseIds] as string[] } } })).toBe(CASES);
    expect(await db.case.count({ where: { title: { startsWith: "Certain Concurrent Widgets" }, firstSeenAt: { gte: startedAt } } })).toBe(CASES);
  });
});
