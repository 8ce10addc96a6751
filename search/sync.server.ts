// Keeps Meilisearch in step with the database: settings from code, documents from rows.
// Meilisearch holds only derived data, so every index can be rebuilt from scratch.
import { MeilisearchApiError, type IndexSwap, type Meilisearch, type RecordAny, type Settings, type Task } from "meilisearch";
import { indexUid, MeiliTaskError, TASK_TIMEOUT_MS, waitForTasks } from "./client.server.ts";
import type { IndexDefinition } from "./indexes/types.ts";

/** ~1–2 KB per risk item: a few MB per request, far below Meilisearch's 100 MB payload limit. */
const REBUILD_BATCH_SIZE = 5_000;
const UPSERT_BATCH_SIZE = 1_000;
/** Enough queued work to keep Meilisearch busy (it merges queued additions into one batch) while bounding its on-disk queue. */
const MAX_PENDING_TASKS = 20;
const CLEANUP_TIMEOUT_MS = 60_000;
/** A temporary index this old belongs to a rebuild that died; newer ones may still be in progress. */
const STALE_REBUILD_MS = 60 * 60_000;

type AnyIndexDefinition = Pick<IndexDefinition<never, RecordAny>, "uid" | "primaryKey" | "settings">;

export type SyncOptions = {
  /** The real index uid; defaults to indexUid(def.uid), i.e. with MEILI_INDEX_PREFIX. */
  uid?: string;
  timeoutMs?: number;
};

function errorCode(error: unknown): string | undefined {
  if (error instanceof MeilisearchApiError) return error.cause?.code;
  if (error instanceof MeiliTaskError) return error.tasks[0]?.error?.code;
  return undefined;
}

async function indexPrimaryKey(client: Meilisearch, uid: string): Promise<{ exists: boolean; primaryKey: string | null }> {
  try {
    const raw = await client.getRawIndex(uid);
    return { exists: true, primaryKey: raw.primaryKey ?? null };
  } catch (error) {
    if (errorCode(error) === "index_not_found") return { exists: false, primaryKey: null };
    throw error;
  }
}

// ---------------------------------------------------------------------------
// Settings comparison

/** Lists whose order carries meaning; every other list is compared as a set. */
const ORDERED_LISTS = new Set(["searchableAttributes", "rankingRules"]);
/** Maps compared whole: a key removed in code must be removed on the server. */
const EXACT_OBJECTS = new Set(["synonyms"]);

function canonical(value: unknown, ordered: boolean): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => canonical(v, false));
    return ordered
      ? items
      : items
          .map((v) => JSON.stringify(v))
          .sort()
          .map((v) => JSON.parse(v) as unknown);
  }
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = canonical((value as Record<string, unknown>)[key], false);
    return out;
  }
  return value;
}

/** Does `current` hold everything `desired` says? Objects may carry more keys (server defaults). */
function covers(desired: unknown, current: unknown): boolean {
  if (desired && typeof desired === "object" && !Array.isArray(desired)) {
    if (!current || typeof current !== "object" || Array.isArray(current)) return false;
    return Object.entries(desired).every(([k, v]) => covers(v, (current as Record<string, unknown>)[k]));
  }
  return JSON.stringify(desired) === JSON.stringify(current);
}

/** The top-level settings keys whose desired value the server does not have yet. */
export function diffSettings(desired: Settings, current: Settings): (keyof Settings)[] {
  const changed: (keyof Settings)[] = [];
  for (const key of Object.keys(desired) as (keyof Settings)[]) {
    const want = canonical(desired[key], ORDERED_LISTS.has(key));
    const have = canonical(current[key], ORDERED_LISTS.has(key));
    const same = EXACT_OBJECTS.has(key) ? JSON.stringify(want) === JSON.stringify(have) : covers(want, have);
    if (!same) changed.push(key);
  }
  return changed;
}

// ---------------------------------------------------------------------------
// Index lifecycle

export type EnsureIndexResult = {
  uid: string;
  created: boolean;
  /** Settings keys that were out of date and sent; empty when nothing was enqueued. */
  updatedSettings: (keyof Settings)[];
  settingsTaskUid: number | null;
};

/**
 * Creates the index if missing and brings its settings to what the code says. Idempotent:
 * when the server already matches, it only reads (no task is enqueued, so no reindexing).
 */
export async function ensureIndex(
  client: Meilisearch,
  def: AnyIndexDefinition,
  { uid = indexUid(def.uid), timeoutMs = TASK_TIMEOUT_MS }: SyncOptions = {},
): Promise<EnsureIndexResult> {
  let created = false;
  const info = await indexPrimaryKey(client, uid);
  if (!info.exists) {
    try {
      await waitForTasks(client, [await client.createIndex(uid, { primaryKey: def.primaryKey })], { timeoutMs });
      created = true;
    } catch (error) {
      // Another process (web and scheduler start together) created it first: fine.
      if (errorCode(error) !== "index_already_exists") throw error;
    }
  } else if (info.primaryKey === null) {
    // Created implicitly by a document write; the key is still settable while empty.
    await waitForTasks(client, [await client.updateIndex(uid, { primaryKey: def.primaryKey })], { timeoutMs });
  } else if (info.primaryKey !== def.primaryKey) {
    throw new Error(`Meilisearch index ${uid} has primary key "${info.primaryKey}", the code expects "${def.primaryKey}"; rebuild the index`);
  }

  const index = client.index(uid);
  const changed = diffSettings(def.settings, await index.getSettings());
  if (changed.length === 0) return { uid, created, updatedSettings: [], settingsTaskUid: null };

  const patch: Settings = {};
  for (const key of changed) Object.assign(patch, { [key]: def.settings[key] });
  const task = await index.updateSettings(patch);
  await waitForTasks(client, [task], { timeoutMs });
  return { uid, created, updatedSettings: changed, settingsTaskUid: task.taskUid };
}

export type RebuildResult = {
  uid: string;
  documents: number;
  durationMs: number;
  /** Start of the rebuild: outbox entries drained after this went to the old index and must be replayed. */
  startedAt: Date;
};

export type RebuildOptions = SyncOptions & {
  batchSize?: number;
  onProgress?: (progress: { enqueued: number }) => void;
};

/**
 * Rebuilds an index from a full stream of documents without a moment of empty or partial
 * results: documents go into `<uid>_rebuild_<ms>` (settings applied first, so nothing is
 * indexed twice), which is then swapped with the live index in one atomic task, and the old
 * contents are deleted. Batches are enqueued without waiting for each to be indexed
 * (DESIGN.md §5: 2.5× faster), then all are awaited before the swap.
 *
 * Writes to the live index during the rebuild (outbox drain) are lost by the swap unless
 * they are replayed, see RebuildResult.startedAt; run rebuilds under the drain job's lease.
 */
export async function rebuildIndex<Doc extends RecordAny>(
  client: Meilisearch,
  def: AnyIndexDefinition,
  documents: Iterable<Doc> | AsyncIterable<Doc>,
  { uid = indexUid(def.uid), timeoutMs = TASK_TIMEOUT_MS, batchSize = REBUILD_BATCH_SIZE, onProgress }: RebuildOptions = {},
): Promise<RebuildResult> {
  const startedAt = new Date();
  await deleteStaleRebuilds(client, uid, startedAt.getTime());
  const tmpUid = `${uid}_rebuild_${startedAt.getTime()}`;

  try {
    await waitForTasks(client, [await client.createIndex(tmpUid, { primaryKey: def.primaryKey })], { timeoutMs });
    const tmp = client.index<Doc>(tmpUid);
    await waitForTasks(client, [await tmp.updateSettings(def.settings)], { timeoutMs });

    const pending: number[] = [];
    let count = 0;
    let batch: Doc[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const { taskUid } = await tmp.addDocuments(batch, { primaryKey: def.primaryKey });
      count += batch.length;
      batch = [];
      pending.push(taskUid);
      onProgress?.({ enqueued: count });
      if (pending.length > MAX_PENDING_TASKS) {
        await waitForTasks(client, pending.splice(0, pending.length - MAX_PENDING_TASKS), { timeoutMs });
      }
    };
    for await (const doc of documents) {
      batch.push(doc);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    await waitForTasks(client, pending, { timeoutMs });

    const live = await indexPrimaryKey(client, uid);
    if (!live.exists) {
      // Swapping needs two indexes; an empty live one exists only until the swap below.
      await waitForTasks(client, [await client.createIndex(uid, { primaryKey: def.primaryKey })], { timeoutMs });
    }
    // Without the `rename` field the client's type asks for: servers before 1.18 reject unknown fields.
    const swap = { indexes: [uid, tmpUid] } as IndexSwap;
    await waitForTasks(client, [await client.swapIndexes([swap])], { timeoutMs });
    // tmpUid now holds the previous contents.
    await waitForTasks(client, [await client.deleteIndex(tmpUid)], { timeoutMs });
    return { uid, documents: count, durationMs: Date.now() - startedAt.getTime(), startedAt };
  } catch (error) {
    // Best effort, and awaited so a caller that retries does not race the deletion;
    // the original error is the one worth reporting.
    await client
      .deleteIndex(tmpUid)
      .then((task) => waitForTasks(client, [task], { timeoutMs: CLEANUP_TIMEOUT_MS }))
      .catch(() => undefined);
    throw error;
  }
}

async function deleteStaleRebuilds(client: Meilisearch, uid: string, now: number) {
  const prefix = `${uid}_rebuild_`;
  const { results } = await client.getRawIndexes({ limit: 1000 });
  const stale = results.map((i) => i.uid).filter((u) => u.startsWith(prefix) && now - Number(u.slice(prefix.length)) > STALE_REBUILD_MS);
  const tasks = [];
  for (const u of stale) tasks.push(await client.deleteIndex(u));
  if (tasks.length > 0) await waitForTasks(client, tasks);
}

// ---------------------------------------------------------------------------
// Incremental writes (the search outbox drain)

/**
 * Adds or replaces whole documents and waits until Meilisearch has indexed them, so the
 * caller may then mark its outbox rows done. Call ensureIndex first: a write to a missing
 * index creates it with default settings.
 */
export async function upsertDocuments<Doc extends RecordAny>(
  client: Meilisearch,
  def: AnyIndexDefinition,
  documents: readonly Doc[],
  { uid = indexUid(def.uid), timeoutMs = TASK_TIMEOUT_MS, batchSize = UPSERT_BATCH_SIZE }: SyncOptions & { batchSize?: number } = {},
): Promise<Task[]> {
  const index = client.index<Doc>(uid);
  const tasks = [];
  for (let i = 0; i < documents.length; i += batchSize) {
    tasks.push(await index.addDocuments(documents.slice(i, i + batchSize), { primaryKey: def.primaryKey }));
  }
  return await waitForTasks(client, tasks, { timeoutMs });
}

/** Deletes documents by primary key (unknown ids are no error) and waits until done. */
export async function deleteDocuments(
  client: Meilisearch,
  def: AnyIndexDefinition,
  ids: readonly string[],
  { uid = indexUid(def.uid), timeoutMs = TASK_TIMEOUT_MS, batchSize = UPSERT_BATCH_SIZE }: SyncOptions & { batchSize?: number } = {},
): Promise<Task[]> {
  const index = client.index(uid);
  const tasks = [];
  for (let i = 0; i < ids.length; i += batchSize) {
    tasks.push(await index.deleteDocuments(ids.slice(i, i + batchSize)));
  }
  return await waitForTasks(client, tasks, { timeoutMs });
}
