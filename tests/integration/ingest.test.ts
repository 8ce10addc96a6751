// Ingestion end to end on real parts: fixture feeds over HTTP on 127.0.0.1, the real job
// code under its lease, the real database, and the real Meilisearch.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestJobFor, ingestJobs } from "#jobs/ingest.ts";
import { runJobOccurrence } from "#jobs/run-job.ts";
import { startScheduler } from "#jobs/scheduler.ts";
import { searchSyncJob } from "#jobs/search-sync.ts";
import { getSearchClient } from "#search/client.server.ts";
import { ingestSource } from "~/models/ingest.server.ts";
import { listRiskItems } from "~/models/risk-item.server.ts";
import { drainSearchOutbox } from "~/models/search-index.server.ts";
import { SearchQuerySchema } from "~/domain/risk-item-views.ts";
import { searchRiskItems } from "~/models/search.server.ts";
import { createSource, updateSource } from "~/models/source.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { createLogger } from "~/utils/logger.server.ts";
import { startFeedServer, type FeedServer } from "../support/feed-server.ts";

const log = createLogger("test", "error");
let feeds: FeedServer;

beforeAll(async () => {
  feeds = await startFeedServer({ dir: path.resolve(import.meta.dirname, "../fixtures/feeds") });
});
afterAll(async () => {
  await feeds.close();
});

async function addSource(name: string, file: string, extra: Record<string, unknown> = {}) {
  return createSource(await getDb(), { name, url: feeds.url(file), kind: "case", jurisdiction: "US", ...extra }, null);
}

async function runIngestJob(source: { id: string; name: string; schedule: string }, slot = new Date()) {
  const outcome = await runJobOccurrence(ingestJobFor(source), { db: await getDb(), log, owner: "test", slot });
  if (outcome.status !== "ok") throw new Error(`ingest job ${outcome.status}`);
  return outcome.result as Record<string, unknown>;
}

describe("ingesting the Federal Register ITC feed", () => {
  it("stores every notice with its normalised case facts and links both notices of one case", async () => {
    const db = await getDb();
    const source = await addSource("Federal Register ITC", "/federal-register-itc.xml");
    const result = await runIngestJob(source);
    expect(result).toMatchObject({ status: "ok", backfill: true, fetched: 4, created: 4, duplicates: 0, skipped: 0 });

    const items = await listRiskItems(db, { sourceId: source.id });
    const receipt = items.find((i) => i.caseNumber === "DN 3861")!;
    const institution = items.find((i) => i.caseNumber === "337-TA-1452")!;
    expect(receipt.stage).toBe("complaint-received");
    expect(receipt.caseType).toBe("us-itc-337");
    expect(receipt.respondents.map((r) => r.name)).toEqual([
      "Shenzhen Lianxin Power Technology Co., Ltd.",
      "Dongguan Hengrun New Energy Co., Ltd.",
      "Ningbo Cellmax Battery Co., Ltd.",
      "Brightvolt Trading (HK) Limited",
      "Cellmax USA Inc.",
    ]);
    expect(receipt.respondents[0].location).toBe("Shenzhen, China");
    expect(receipt.complainants).toEqual(["Ampereon Energy Systems, Inc.", "Ampereon Cell Labs LLC"]);
    expect(receipt.htsCodes).toEqual(["8507.60.0020", "8507.60.0010"]);
    expect(receipt.industries).toContain("lithium-battery");
    expect(receipt.link).toMatch(/^https:\/\/www\.federalregister\.gov\/documents\/2026\/10\/07\/2026-21874\//);
    expect(institution.stage).toBe("instituted");

    // Receipt of complaint (DN) and institution (337-TA) are one case.
    expect(receipt.caseId).not.toBeNull();
    expect(institution.caseId).toBe(receipt.caseId);
    const kase = await db.case.findUniqueOrThrow({ where: { id: receipt.caseId! } });
    expect(kase).toMatchObject({ investigationNumber: "337-TA-1452", docketNumber: "DN 3861", stage: "instituted" });
    expect(JSON.parse(kase.respondents)).toHaveLength(5);

    const health = await db.source.findUniqueOrThrow({ where: { id: source.id } });
    expect(health).toMatchObject({ format: "rss2", lastHttpStatus: 200, consecutiveFailures: 0, itemsTotal: 4, itemsLastRun: 4, lastError: null });
    expect(health.backfilledAt).not.toBeNull();
    expect(health.etag).not.toBeNull();
    const runs = await db.sourceRun.findMany({ where: { sourceId: source.id } });
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: "ok", fetched: 4, created: 4, backfill: true });
  });

  it("flags a new source's first pass as backfill (no alerts) and later items as alertable", async () => {
    const db = await getDb();
    const source = await addSource("Trade watch", "/rss2.xml");
    await ingestSource(db, source.id);
    const first = await db.riskItem.findMany({ where: { sourceId: source.id } });
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((i) => !i.alertable)).toBe(true);
    // The same stream moves to a new URL carrying new items: not a backfill any more.
    await updateSource(db, source.id, { name: "Trade watch", url: feeds.url("/zh-law-changes.xml"), kind: "law", jurisdiction: "CN", language: "zh" }, null);
    const second = await ingestSource(db, source.id);
    expect(second.backfill).toBe(false);
    const fresh = await db.riskItem.findMany({ where: { id: { in: second.createdIds } } });
    expect(fresh.map((i) => i.title)).toEqual(expect.arrayContaining(["欧盟《外观设计条例》修订案第二阶段将于2026年7月1日施行"]));
    expect(fresh.every((i) => i.alertable)).toBe(true);
  });

  it("changes nothing when the same data is ingested again (304, then a full re-read)", async () => {
    const db = await getDb();
    const source = await addSource("Repeat", "/rss1.rdf");
    const first = await ingestSource(db, source.id);
    expect(first.created).toBeGreaterThan(0);
    const again = await ingestSource(db, source.id);
    expect(again.status).toBe("not-modified");
    expect(again.created).toBe(0);
    // Without cache validators the feed is parsed again, and every item is a duplicate.
    await db.source.update({ where: { id: source.id }, data: { etag: null, lastModified: null } });
    const reread = await ingestSource(db, source.id);
    expect(reread).toMatchObject({ status: "ok", created: 0, duplicates: first.created });
    expect(await db.riskItem.count({ where: { sourceId: source.id } })).toBe(first.created);
    expect(await db.searchOutbox.count({ where: { entityId: { in: first.createdIds } } })).toBe(first.created);
  });

  it("links the same notice from a second source to the first, never alertable twice", async () => {
    const db = await getDb();
    const a = await addSource("FR direct", "/federal-register-itc.xml?copy=a");
    const b = await addSource("FR mirror (gzip)", "/gzip/federal-register-itc.xml");
    await ingestSource(db, a.id);
    // b is no longer on its first pass, so only cross-source duplication can stop alerts.
    await db.source.update({ where: { id: b.id }, data: { backfilledAt: new Date() } });
    const second = await ingestSource(db, b.id);
    expect(second.created).toBe(4);
    expect(second.crossSourceDuplicates).toBe(4);
    const mirrored = await db.riskItem.findMany({ where: { sourceId: b.id } });
    expect(mirrored.every((i) => i.duplicateOfId !== null && !i.alertable)).toBe(true);
    // The originals are the records of whichever source delivered each notice first.
    const originals = await db.riskItem.findMany({ where: { id: { in: mirrored.map((i) => i.duplicateOfId!) } } });
    expect(originals).toHaveLength(4);
    expect(originals.every((o) => o.sourceId !== b.id && o.duplicateOfId === null)).toBe(true);
    expect(new Set(originals.map((o) => o.fingerprint))).toEqual(new Set(mirrored.map((m) => m.fingerprint)));
  });
});

describe("decoding, sanitising and bad feeds", () => {
  it("decodes a GBK feed served without a charset header into exact Chinese titles", async () => {
    const db = await getDb();
    const source = await addSource("GBK 快讯", "/gbk-alerts.xml", { jurisdiction: "CN", language: "zh" });
    const res = await ingestSource(db, source.id);
    expect(res.status).toBe("ok");
    const titles = (await db.riskItem.findMany({ where: { sourceId: source.id }, orderBy: { title: "asc" } })).map((i) => i.title);
    expect(titles).toContain("美国ITC对锂离子电池发起337调查，深圳联芯动力等5家企业被列为被申请人");
    expect(titles).toContain("德国展会禁令：两家中国LED照明企业在法兰克福展会遭临时禁令");
  });

  it("stores summaries of hostile feeds as plain text without scripts or event handlers", async () => {
    const db = await getDb();
    const source = await addSource("Hostile", "/xss-payloads.xml");
    await ingestSource(db, source.id);
    const items = await db.riskItem.findMany({ where: { sourceId: source.id } });
    expect(items.length).toBe(2);
    for (const i of items) {
      expect(i.summary).not.toMatch(/<\s*(script|iframe|img)/i);
      expect(i.summary).not.toMatch(/onerror|javascript:/i);
      expect(i.link ?? "").not.toMatch(/^javascript:/i);
    }
  });

  it("records a malformed feed on its source, backs off, and leaves other sources unaffected", async () => {
    const db = await getDb();
    const bad = await addSource("Broken", "/malformed.xml");
    const good = await addSource("Good", "/rss2.xml?copy=good");
    const scheduler = startScheduler({
      db,
      jobs: [],
      dynamicJobs: async () =>
        (await ingestJobs(db)).filter((j) => j.id.endsWith(bad.id) || j.id.endsWith(good.id)).map((j) => ({ ...j, schedule: "* * * * * *" })),
      log,
    });
    await scheduler.ready;
    const deadline = Date.now() + 8000;
    while (Date.now() < deadline) {
      const runs = await db.sourceRun.count({ where: { sourceId: { in: [bad.id, good.id] }, finishedAt: { not: null } } });
      if (runs >= 2) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    await scheduler.stop();
    const broken = await db.source.findUniqueOrThrow({ where: { id: bad.id } });
    expect(broken.consecutiveFailures).toBe(1);
    expect(broken.lastError).toBeTruthy();
    expect(broken.nextAttemptAt!.getTime()).toBeGreaterThan(Date.now() + 60_000);
    const healthy = await db.source.findUniqueOrThrow({ where: { id: good.id } });
    expect(healthy.consecutiveFailures).toBe(0);
    expect(healthy.itemsTotal).toBeGreaterThan(0);
    // Backing off: a scheduled attempt now does nothing.
    expect((await ingestSource(db, bad.id)).status).toBe("backing-off");
  }, 20_000);

  it("fails a source that never finishes within the timeout, with the reason on its row", async () => {
    const db = await getDb();
    const slow = await addSource("Slow", "/slow");
    const res = await ingestSource(db, slow.id, { fetchOptions: { timeoutMs: 500 } });
    expect(res.status).toBe("failed");
    const row = await db.source.findUniqueOrThrow({ where: { id: slow.id } });
    expect(row.lastError).toMatch(/time/i);
  });

  it("falls back to the fallback source when the primary fails", async () => {
    const db = await getDb();
    const fallback = await addSource("Fallback mirror", "/rss2.xml?copy=fallback", { enabled: false });
    const primary = await addSource("Primary", "/status/503", { fallbackSourceId: fallback.id });
    const res = await ingestSource(db, primary.id);
    expect(res.status).toBe("failed");
    expect(res.usedFallback).toBe(true);
    expect(res.created).toBeGreaterThan(0);
    expect(await db.riskItem.count({ where: { sourceId: fallback.id } })).toBe(res.created);
  });
});

describe("search over ingested items", () => {
  it("finds English items with a Chinese query and Chinese items with an English one", async () => {
    const db = await getDb();
    const en = await addSource("FR for search", "/federal-register-itc.xml?copy=search");
    const zh = await addSource("GBK for search", "/gbk-alerts.xml?copy=search", { jurisdiction: "CN", language: "zh" });
    await ingestSource(db, en.id);
    await ingestSource(db, zh.id);
    const job = searchSyncJob("*/10 * * * * *");
    const outcome = await runJobOccurrence(job, { db, log, owner: "test", slot: new Date() });
    expect(outcome.status).toBe("ok");
    expect(await db.searchOutbox.count()).toBe(0);

    const q = (text: string, extra: Record<string, unknown> = {}) => searchRiskItems(SearchQuerySchema.parse({ q: text, ...extra }));
    const lithium = await q("锂电池", { jurisdiction: ["US"] });
    expect(lithium.error).toBeNull();
    expect(lithium.hits.map((h) => h.title)).toContain(
      "Certain Lithium-Ion Battery Cells, Battery Packs, and Products Containing the Same; Institution of Investigation",
    );
    const ledItem = await db.riskItem.findFirstOrThrow({ where: { sourceId: zh.id, title: "德国展会禁令：两家中国LED照明企业在法兰克福展会遭临时禁令" } });
    const led = await q("LED lighting");
    expect(led.hits.map((h) => h.id)).toContain(ledItem.id);
    const lithiumZh = await db.riskItem.findFirstOrThrow({ where: { sourceId: zh.id, title: { startsWith: "美国ITC对锂离子电池" } } });
    // A Chinese report of a US ITC case is a US case (the forum decides, not the source).
    const battery = await q("lithium battery", { jurisdiction: ["US"] });
    expect(battery.hits.map((h) => h.id)).toContain(lithiumZh.id);
    const byNumber = await q("337-TA-1452");
    expect(byNumber.hits[0]?.caseNumber).toBe("337-TA-1452");
    expect(lithium.hits.every((h) => h.jurisdiction === "US")).toBe(true);
    expect(lithium.facets.jurisdiction).toMatchObject({ US: lithium.total });
  });

  it("keeps outbox rows when Meilisearch is unreachable and indexes them later", async () => {
    const db = await getDb();
    const source = await addSource("Outbox", "/utf8-bom.xml");
    const res = await ingestSource(db, source.id);
    const { createSearchClient } = await import("#search/client.server.ts");
    const down = createSearchClient({ host: "http://127.0.0.1:9", apiKey: "x", timeoutMs: 500 });
    const failed = await drainSearchOutbox(db, down);
    expect(failed.error).toBeTruthy();
    expect(await db.searchOutbox.count({ where: { entityId: { in: res.createdIds } } })).toBe(res.created);
    const ok = await drainSearchOutbox(db, getSearchClient());
    expect(ok.error).toBeNull();
    expect(await db.searchOutbox.count({ where: { entityId: { in: res.createdIds } } })).toBe(0);
  });
});
