// A run that dies half-way keeps what it stored, records the failure, and the next run
// completes the set without duplicates. The failure is a real one from the database: a trigger
// aborts the insert of one item in the second batch (as a full disk or a lock would).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestSource } from "~/models/ingest.server.ts";
import { createSource } from "~/models/source.server.ts";
import { type Db, getDb } from "~/utils/db.server.ts";
import { onPostgres } from "../support/postgres.ts";

const ITEMS = 1500; // > 1 MB of markup: parsed and stored in batches of 500
let body = "";
let server: http.Server;
let url = "";

function feed(items: number) {
  const parts = [
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Resume</title><link>https://resume.invalid/</link><description>d</description>`,
  ];
  for (let i = 0; i < items; i++) {
    parts.push(
      `<item><title>Notice ${i}: Certain Widgets</title><link>https://resume.invalid/${i}</link><guid isPermaLink="false">resume-${i}</guid><pubDate>${new Date(Date.UTC(2026, 9, 1) + i * 60_000).toUTCString()}</pubDate><description>${"Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(14)}</description></item>`,
    );
  }
  parts.push("</channel></rss>");
  return parts.join("");
}

/** A trigger that aborts the insert of one item, in the dialect of the database under test. */
async function failInsertOf(db: Db, guid: string) {
  if (!onPostgres) {
    await db.$executeRawUnsafe(
      `CREATE TRIGGER fail_mid_run BEFORE INSERT ON "RiskItem" WHEN NEW."guid" = '${guid}' BEGIN SELECT RAISE(ABORT, 'disk I/O error (simulated)'); END`,
    );
    return;
  }
  await db.$executeRawUnsafe(
    `CREATE FUNCTION fail_mid_run() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk I/O error (simulated)'; END $$`,
  );
  await db.$executeRawUnsafe(
    `CREATE TRIGGER fail_mid_run BEFORE INSERT ON "RiskItem" FOR EACH ROW WHEN (NEW."guid" = '${guid}') EXECUTE FUNCTION fail_mid_run()`,
  );
}

beforeAll(async () => {
  server = http.createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "application/rss+xml; charset=utf-8" });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("an interrupted ingestion run", () => {
  it("keeps the batches it stored, records the failure, and the next run adds exactly the rest", async () => {
    const db = await getDb();
    const source = await createSource(db, { name: "Resume", url, kind: "news", jurisdiction: "US" }, null);
    expect(Buffer.byteLength(feed(ITEMS))).toBeGreaterThan(1024 * 1024);

    body = feed(ITEMS);
    await failInsertOf(db, "resume-700");
    const first = await ingestSource(db, source.id);
    await db.$executeRawUnsafe(`DROP TRIGGER fail_mid_run ${onPostgres ? 'ON "RiskItem"' : ""}`);
    expect(first.status).toBe("failed");
    expect(first.error).toMatch(/simulated/);
    // The first batch (500 entries) was committed; the failing batch left nothing behind.
    const stored = await db.riskItem.count({ where: { sourceId: source.id } });
    expect(stored).toBe(500);
    const afterFailure = await db.source.findUniqueOrThrow({ where: { id: source.id } });
    expect(afterFailure.consecutiveFailures).toBe(1);
    expect(afterFailure.backfilledAt).toBeNull();
    expect(first.created).toBe(500);
    expect(afterFailure.itemsTotal).toBe(500);
    expect(
      await db.searchOutbox.count({
        where: { entityId: { in: (await db.riskItem.findMany({ where: { sourceId: source.id }, select: { id: true } })).map((r) => r.id) } },
      }),
    ).toBe(stored);

    body = feed(ITEMS);
    const second = await ingestSource(db, source.id, { force: true });
    expect(second).toMatchObject({ status: "ok", fetched: ITEMS, created: ITEMS - stored, duplicates: stored });
    const guids = await db.riskItem.findMany({ where: { sourceId: source.id }, select: { guid: true } });
    expect(guids).toHaveLength(ITEMS);
    expect(new Set(guids.map((g) => g.guid)).size).toBe(ITEMS);
    // Every stored item is queued for the search index exactly once.
    const ids = (await db.riskItem.findMany({ where: { sourceId: source.id }, select: { id: true } })).map((r) => r.id);
    const queued = await db.searchOutbox.findMany({ where: { entityId: { in: ids } }, select: { entityId: true } });
    expect(new Set(queued.map((q) => q.entityId)).size).toBe(ITEMS);
    expect(queued).toHaveLength(ITEMS);
    expect((await db.source.findUniqueOrThrow({ where: { id: source.id } })).itemsTotal).toBe(ITEMS);
    // Still the backfill pass (the first successful one): nothing alerts.
    expect(await db.riskItem.count({ where: { sourceId: source.id, alertable: true } })).toBe(0);
  });
});
