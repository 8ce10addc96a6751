// One ingestion pass of one source: fetch (conditional GET) → decode → parse → normalise →
// store with de-duplication → health and run log. A failing source records why on its own
// row and backs off exponentially; it never throws across sources.
import { FeedFetchError, fetchFeed, type FetchFeedOptions } from "~/ingest/fetch-feed.server.ts";
import { parseNetworkAllowList } from "~/ingest/network-policy.server.ts";
import type { SourceKind } from "~/domain/taxonomy.ts";
import { processFeedBytes, processFeedBytesInBatches } from "~/ingest/pipeline.server.ts";
import type { Source } from "~/generated/prisma/client.ts";
import type { Db } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";
import { storeRiskItems } from "./risk-item.server.ts";

export interface IngestSummary {
  sourceId: string;
  name: string;
  status: "ok" | "not-modified" | "failed" | "backing-off" | "disabled";
  backfill: boolean;
  fetched: number;
  created: number;
  duplicates: number;
  crossSourceDuplicates: number;
  skipped: number;
  skippedReasons: { reason: string; count: number }[];
  error: string | null;
  /** Problems the feed was read despite (see ProcessedFeed.warnings); kept on the source. */
  warnings: string[];
  httpStatus: number | null;
  usedFallback: boolean;
  timings: { fetchMs: number; parseMs: number; storeMs: number; totalMs: number };
  createdIds: string[];
}

export function fetchOptionsFromEnv(): FetchFeedOptions {
  const env = getEnv();
  return {
    timeoutMs: env.FEED_TIMEOUT_MS,
    connectTimeoutMs: env.FEED_CONNECT_TIMEOUT_MS,
    maxBytes: env.FEED_MAX_BYTES,
    maxRedirects: env.FEED_MAX_REDIRECTS,
    networkPolicy: parseNetworkAllowList(env.FEED_ALLOWED_NETWORKS),
  };
}

/** Exponential back-off after n consecutive failures: base·2^(n-1), capped (minutes). */
export function backoffMs(failures: number, baseMinutes: number, maxMinutes: number, retryAfterMs?: number | null): number {
  if (failures <= 0) return 0;
  const exp = Math.min(baseMinutes * 2 ** (failures - 1), maxMinutes) * 60_000;
  return Math.max(exp, retryAfterMs ?? 0);
}

function groupReasons(skipped: { reason: string }[]) {
  const counts = new Map<string, number>();
  for (const s of skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => ({ reason, count }));
}

function sourceContext(source: Source) {
  return { id: source.id, kind: source.kind as SourceKind, jurisdiction: source.jurisdiction, language: source.language };
}

/** Fetches and parses without storing anything ("test now" and `sources test`). */
export async function previewFeed(source: Pick<Source, "id" | "url" | "kind" | "jurisdiction" | "language">, fetchOptions: FetchFeedOptions = {}) {
  const fetchedAt = new Date();
  const res = await fetchFeed(source.url, { ...fetchOptionsFromEnv(), ...fetchOptions });
  if (res.kind === "not-modified") throw new Error("the server answered 304 Not Modified to an unconditional request");
  const feed = await processFeedBytes({
    bytes: res.bytes,
    contentType: res.contentType,
    feedUrl: res.finalUrl,
    source: sourceContext(source as Source),
    fetchedAt,
    naiveDateOffset: naiveDateOffsetFor(source as Source),
  });
  return { httpStatus: res.httpStatus, finalUrl: res.finalUrl, ...feed };
}

/** What "test now" shows of a preview: the feed's facts and its first `shown` entries. */
export function presentPreview(preview: Awaited<ReturnType<typeof previewFeed>>, shown: number) {
  return {
    ok: true as const,
    httpStatus: preview.httpStatus,
    finalUrl: preview.finalUrl,
    format: preview.format,
    title: preview.title,
    encoding: preview.encoding,
    encodingSource: preview.encodingSource,
    entryCount: preview.entryCount,
    validCount: preview.items.length,
    skipped: preview.skipped,
    items: preview.items.slice(0, shown).map((item) => ({
      title: item.title,
      publishedAt: item.publishedAt.toISOString(),
      caseType: item.caseType,
      caseNumber: item.caseNumber,
      link: item.link,
    })),
  };
}

/** Why "test now" failed; a refused address was never connected to, so nothing about its ports shows. */
export function presentPreviewFailure(error: unknown) {
  const refused = error instanceof FeedFetchError && error.refused ? { host: error.refused.host, address: error.refused.address } : undefined;
  return { ok: false as const, error: error instanceof Error ? error.message : String(error), refused };
}

/** Dates without a zone in Chinese-language feeds are Beijing time, not UTC. */
function naiveDateOffsetFor(source: Pick<Source, "language" | "jurisdiction">) {
  return source.language.startsWith("zh") || ["CN", "HK", "MO", "TW"].includes(source.jurisdiction) ? "+08:00" : undefined;
}

interface Attempt {
  status: "ok" | "not-modified";
  httpStatus: number;
  etag: string | null;
  lastModified: string | null;
  format: string | null;
  fetched: number;
  skippedReasons: { reason: string; count: number }[];
  skipped: number;
  warnings: string[];
  stored: { created: number; duplicates: number; crossSourceDuplicates: number; createdIds: string[] };
  fetchMs: number;
  parseMs: number;
  storeMs: number;
}

/**
 * Fetches, then parses and stores batch by batch, so a large feed is never held whole as
 * items (DESIGN.md §5 memory bound); each batch is its own transaction, so a crash keeps
 * what was stored and the re-run de-duplicates it.
 */
type StoredCounts = Attempt["stored"];

async function attempt(
  db: Db,
  source: Source,
  fetchOptions: FetchFeedOptions,
  fetchedAt: Date,
  alertable: boolean,
  // Filled batch by batch, so a run that fails half-way still reports what it stored.
  stored: StoredCounts,
): Promise<Attempt> {
  const t0 = performance.now();
  const res = await fetchFeed(source.url, { ...fetchOptions, etag: source.etag, lastModified: source.lastModified });
  const fetchMs = performance.now() - t0;
  if (res.kind === "not-modified") {
    return {
      status: "not-modified",
      httpStatus: 304,
      etag: res.etag ?? source.etag,
      lastModified: res.lastModified ?? source.lastModified,
      format: source.format,
      fetched: 0,
      skipped: 0,
      skippedReasons: [],
      warnings: [],
      stored,
      fetchMs,
      parseMs: 0,
      storeMs: 0,
    };
  }
  const t1 = performance.now();
  let storeMs = 0;
  const summary = await processFeedBytesInBatches(
    {
      bytes: res.bytes,
      contentType: res.contentType,
      feedUrl: res.finalUrl,
      source: sourceContext(source),
      fetchedAt,
      naiveDateOffset: naiveDateOffsetFor(source),
    },
    async (items) => {
      const ts = performance.now();
      const batch = await storeRiskItems(db, items, { sourceId: source.id, alertable, fetchedAt, kind: source.kind });
      storeMs += performance.now() - ts;
      stored.created += batch.created;
      stored.duplicates += batch.duplicates;
      stored.crossSourceDuplicates += batch.crossSourceDuplicates;
      stored.createdIds.push(...batch.createdIds);
    },
  );
  return {
    status: "ok",
    httpStatus: res.httpStatus,
    etag: res.etag,
    lastModified: res.lastModified,
    format: summary.format,
    fetched: summary.entryCount,
    skipped: summary.skipped.length,
    skippedReasons: groupReasons(summary.skipped),
    warnings: summary.warnings,
    stored,
    fetchMs,
    parseMs: performance.now() - t1 - storeMs,
    storeMs,
  };
}

export interface IngestOptions {
  now?: Date;
  /** Overrides of the environment's fetch options (the network policy stays unless given). */
  fetchOptions?: FetchFeedOptions;
  /** ignore back-off (CLI `ingest --once`, "run now") */
  force?: boolean;
  /** internal: this pass runs as another source's fallback */
  asFallbackFor?: string;
}

export async function ingestSource(db: Db, sourceId: string, opts: IngestOptions = {}): Promise<IngestSummary> {
  const env = getEnv();
  const now = opts.now ?? new Date();
  const started = performance.now();
  const source = await db.source.findUniqueOrThrow({ where: { id: sourceId } });
  const backfill = !source.backfilledAt;
  const summary: IngestSummary = {
    sourceId,
    name: source.name,
    status: "ok",
    backfill,
    fetched: 0,
    created: 0,
    duplicates: 0,
    crossSourceDuplicates: 0,
    skipped: 0,
    skippedReasons: [],
    error: null,
    warnings: [],
    httpStatus: null,
    usedFallback: false,
    timings: { fetchMs: 0, parseMs: 0, storeMs: 0, totalMs: 0 },
    createdIds: [],
  };
  if (!source.enabled && !opts.force && !opts.asFallbackFor) return { ...summary, status: "disabled" };
  if (!opts.force && source.nextAttemptAt && source.nextAttemptAt > now) return { ...summary, status: "backing-off" };

  const run = await db.sourceRun.create({ data: { sourceId, status: "running", backfill, startedAt: now } });
  const partial: StoredCounts = { created: 0, duplicates: 0, crossSourceDuplicates: 0, createdIds: [] };
  try {
    const result = await attempt(db, source, { ...fetchOptionsFromEnv(), ...opts.fetchOptions }, now, source.alertable && !backfill, partial);
    summary.status = result.status;
    summary.httpStatus = result.httpStatus;
    summary.fetched = result.fetched;
    summary.skipped = result.skipped;
    summary.skippedReasons = result.skippedReasons;
    summary.warnings = result.warnings;
    summary.created = result.stored.created;
    summary.duplicates = result.stored.duplicates;
    summary.crossSourceDuplicates = result.stored.crossSourceDuplicates;
    summary.createdIds = result.stored.createdIds;
    summary.timings.fetchMs = Math.round(result.fetchMs);
    summary.timings.parseMs = Math.round(result.parseMs);
    summary.timings.storeMs = Math.round(result.storeMs);
    await db.source.update({
      where: { id: sourceId },
      data: {
        format: result.format ?? source.format,
        etag: result.etag,
        lastModified: result.lastModified,
        lastAttemptAt: now,
        lastSuccessAt: now,
        lastHttpStatus: result.httpStatus,
        // A feed read despite a problem (cut short, encoding guessed) keeps it in view.
        lastError: result.warnings.length ? result.warnings.join("; ").slice(0, 1000) : null,
        consecutiveFailures: 0,
        nextAttemptAt: null,
        itemsTotal: { increment: summary.created },
        itemsLastRun: summary.created,
        backfilledAt: source.backfilledAt ?? (result.status === "ok" ? now : null),
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const httpStatus = error instanceof FeedFetchError ? error.httpStatus : null;
    const retryAfter = error instanceof FeedFetchError ? error.retryAfterMs : null;
    const failures = source.consecutiveFailures + 1;
    summary.status = "failed";
    summary.error = message;
    summary.httpStatus = httpStatus;
    summary.created = partial.created;
    summary.duplicates = partial.duplicates;
    summary.crossSourceDuplicates = partial.crossSourceDuplicates;
    summary.createdIds = partial.createdIds;
    await db.source.update({
      where: { id: sourceId },
      data: {
        lastAttemptAt: now,
        lastHttpStatus: httpStatus,
        lastError: message.slice(0, 1000),
        consecutiveFailures: failures,
        itemsTotal: { increment: partial.created },
        itemsLastRun: partial.created,
        nextAttemptAt: new Date(now.getTime() + backoffMs(failures, env.FEED_BACKOFF_BASE_MINUTES, env.FEED_BACKOFF_MAX_MINUTES, retryAfter)),
      },
    });
  }
  summary.timings.totalMs = Math.round(performance.now() - started);
  await db.sourceRun.update({
    where: { id: run.id },
    data: {
      status: summary.status,
      finishedAt: new Date(),
      httpStatus: summary.httpStatus,
      fetched: summary.fetched,
      created: summary.created,
      duplicates: summary.duplicates,
      skipped: summary.skipped,
      skippedReasons: JSON.stringify(summary.skippedReasons),
      error: summary.error ?? (summary.warnings.length ? summary.warnings.join("; ").slice(0, 1000) : null),
      fetchMs: summary.timings.fetchMs,
      parseMs: summary.timings.parseMs,
      storeMs: summary.timings.storeMs,
      durationMs: summary.timings.totalMs,
      usedFallback: !!opts.asFallbackFor,
    },
  });

  // The same stream from another URL: when the primary fails, try the fallback now.
  if (summary.status === "failed" && source.fallbackSourceId && !opts.asFallbackFor) {
    const fallback = await ingestSource(db, source.fallbackSourceId, { ...opts, asFallbackFor: sourceId, force: true });
    return { ...summary, usedFallback: true, created: fallback.created, createdIds: fallback.createdIds };
  }
  return summary;
}

/** Sources a scheduled pass should attempt now (enabled, not backing off). */
export async function dueSourceIds(db: Db, now = new Date()) {
  const rows = await db.source.findMany({
    where: { enabled: true, OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: now } }] },
    select: { id: true },
    orderBy: { name: "asc" },
  });
  return rows.map((r) => r.id);
}

/** What an operator's "run now" gives back (jobs/ingest.ts runs it under the source's lease). */
export type ManualRunResult = IngestSummary | { status: "busy" };

/** The run summary as the source page and its tests see it; "busy" reads as a summary too. */
export function presentRunSummary(result: ManualRunResult) {
  const s: Omit<IngestSummary, "sourceId" | "name" | "createdIds" | "status"> & { status: IngestSummary["status"] | "busy" } =
    result.status === "busy"
      ? {
          status: "busy",
          backfill: false,
          fetched: 0,
          created: 0,
          duplicates: 0,
          crossSourceDuplicates: 0,
          skipped: 0,
          skippedReasons: [],
          warnings: [],
          error: "sources.runBusy",
          httpStatus: null,
          usedFallback: false,
          timings: { fetchMs: 0, parseMs: 0, storeMs: 0, totalMs: 0 },
        }
      : result;
  return {
    status: s.status,
    backfill: s.backfill,
    fetched: s.fetched,
    created: s.created,
    duplicates: s.duplicates,
    crossSourceDuplicates: s.crossSourceDuplicates,
    skipped: s.skipped,
    skippedReasons: s.skippedReasons,
    error: s.error,
    httpStatus: s.httpStatus,
    usedFallback: s.usedFallback,
    timings: s.timings,
  };
}
