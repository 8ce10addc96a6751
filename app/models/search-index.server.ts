// Feeding Meilisearch from the database: the outbox drain (incremental) and the full
// rebuild (reindex). Meilisearch being down delays indexing; outbox rows stay until a
// drain succeeds, so nothing is lost.
import type { Meilisearch } from "meilisearch";
import { riskItemsIndex, type RiskItemRow } from "#search/indexes/risk-items.ts";
import { deleteDocuments, ensureIndex, rebuildIndex, upsertDocuments } from "#search/sync.server.ts";
import type { Db } from "~/utils/db.server.ts";
import { RISK_ITEMS_INDEX } from "./risk-item.server.ts";
import { drainTypicalCaseOutbox } from "./typical-case.server.ts";

export const DRAIN_BATCH = 500;

const rowSelect = {
  id: true,
  sourceId: true,
  kind: true,
  title: true,
  summary: true,
  link: true,
  publishedAt: true,
  jurisdiction: true,
  language: true,
  ipTypes: true,
  caseType: true,
  caseNumber: true,
  stage: true,
  caseId: true,
  complainants: true,
  respondents: true,
  products: true,
  htsCodes: true,
  industries: true,
  patents: true,
  marks: true,
  source: { select: { name: true, visibleToExporters: true } },
} as const;

type SelectedRow = Omit<RiskItemRow, "sourceName" | "visibleToExporters"> & { source: { name: string; visibleToExporters: boolean } };

function toIndexRow({ source, ...row }: SelectedRow): RiskItemRow {
  return { ...row, sourceName: source.name, visibleToExporters: source.visibleToExporters };
}

const ensured = new WeakMap<Meilisearch, Promise<unknown>>();
/** Settings are applied once per client per process (and idempotently on the server). */
function ensureRiskItemsIndex(client: Meilisearch) {
  let p = ensured.get(client);
  if (!p) {
    p = ensureIndex(client, riskItemsIndex).catch((error) => {
      ensured.delete(client);
      throw error;
    });
    ensured.set(client, p);
  }
  return p;
}

export interface DrainResult {
  indexed: number;
  deleted: number;
  remaining: number;
  error: string | null;
}

/** Drains the outbox in bounded batches until empty (or maxBatches). */
export async function drainSearchOutbox(db: Db, client: Meilisearch, opts: { maxBatches?: number } = {}): Promise<DrainResult> {
  const result: DrainResult = { indexed: 0, deleted: 0, remaining: 0, error: null };
  try {
    await ensureRiskItemsIndex(client);
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
    result.remaining = await db.searchOutbox.count();
    return result;
  }
  for (let batch = 0; batch < (opts.maxBatches ?? 100); batch++) {
    const entries = await db.searchOutbox.findMany({ where: { indexName: RISK_ITEMS_INDEX }, orderBy: { id: "asc" }, take: DRAIN_BATCH });
    if (entries.length === 0) break;
    const ids = [...new Set(entries.map((e) => e.entityId))];
    try {
      const rows = (await db.riskItem.findMany({ where: { id: { in: ids } }, select: rowSelect })) as SelectedRow[];
      const found = new Set(rows.map((r) => r.id));
      const gone = ids.filter((id) => !found.has(id));
      if (rows.length)
        await upsertDocuments(
          client,
          riskItemsIndex,
          rows.map((r) => riskItemsIndex.toDocument(toIndexRow(r))),
        );
      if (gone.length) await deleteDocuments(client, riskItemsIndex, gone);
      await db.searchOutbox.deleteMany({ where: { id: { in: entries.map((e) => e.id) } } });
      result.indexed += rows.length;
      result.deleted += gone.length;
    } catch (error) {
      result.error = error instanceof Error ? error.message : String(error);
      await db.searchOutbox.updateMany({
        where: { id: { in: entries.map((e) => e.id) } },
        data: { attempts: { increment: 1 }, lastError: result.error.slice(0, 500) },
      });
      break;
    }
  }
  // Typical cases (典型案例) share the outbox under their own index name.
  try {
    result.indexed += await drainTypicalCaseOutbox(db, client);
  } catch (error) {
    result.error ??= error instanceof Error ? error.message : String(error);
  }
  result.remaining = await db.searchOutbox.count({ where: { indexName: RISK_ITEMS_INDEX } });
  return result;
}

async function* allRiskItemDocuments(db: Db) {
  let cursor: string | undefined;
  for (;;) {
    const rows = (await db.riskItem.findMany({
      select: rowSelect,
      orderBy: { id: "asc" },
      take: 2000,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    })) as SelectedRow[];
    if (rows.length === 0) return;
    for (const row of rows) yield riskItemsIndex.toDocument(toIndexRow(row));
    cursor = rows.at(-1)!.id;
  }
}

/**
 * Rebuilds the index from the database into a new index and swaps it in. Outbox rows that
 * existed before the rebuild started are covered by it and removed; rows written during
 * the rebuild stay for the next drain (they would otherwise be lost with the old index).
 */
export async function reindexRiskItems(db: Db, client: Meilisearch, onProgress?: (n: number) => void) {
  const last = await db.searchOutbox.findFirst({ where: { indexName: RISK_ITEMS_INDEX }, orderBy: { id: "desc" }, select: { id: true } });
  const result = await rebuildIndex(client, riskItemsIndex, allRiskItemDocuments(db), {
    onProgress: onProgress ? (p) => onProgress(p.enqueued) : undefined,
  });
  if (last) await db.searchOutbox.deleteMany({ where: { indexName: RISK_ITEMS_INDEX, id: { lte: last.id } } });
  ensured.delete(client);
  return result;
}
