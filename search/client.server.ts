// The Meilisearch client of this process, and the small helpers every index module uses.
import { Meilisearch, type EnqueuedTask, type Task } from "meilisearch";
import { getEnv, type Env } from "~/utils/env.server.ts";
import { readLocalMasterKey } from "./local-meili.ts";

/** Per HTTP request; searches answer in milliseconds, document batches in well under this. */
const REQUEST_TIMEOUT_MS = 30_000;
/** Waiting for indexing tasks: a settings change over 100k documents takes about a minute. */
export const TASK_TIMEOUT_MS = 10 * 60_000;
const HEALTH_TIMEOUT_MS = 2_000;

export type SearchClientOptions = {
  host: string;
  apiKey?: string;
  timeoutMs?: number;
};

/**
 * A client that asks for uncompressed replies. With Node's fetch, gzip-compressed chunked
 * replies on a reused connection meet TCP delayed ACK and every search stalls ~40 ms;
 * `Accept-Encoding: identity` makes them 2–3 ms (DESIGN.md §5, tests/bench/search.ts).
 */
export function createSearchClient({ host, apiKey, timeoutMs }: SearchClientOptions): Meilisearch {
  return new Meilisearch({
    host,
    apiKey,
    timeout: timeoutMs ?? REQUEST_TIMEOUT_MS,
    requestInit: { headers: { "Accept-Encoding": "identity" } },
    // The client's default of 5 s per task is shorter than real indexing work.
    defaultWaitOptions: { timeout: TASK_TIMEOUT_MS, interval: 50 },
  });
}

/**
 * Where this process finds Meilisearch: MEILI_HOST, or else the embedded one that
 * `npm start` runs on MEILI_PORT with its key stored in DATA_DIR.
 */
export function resolveSearchConfig(env: Env = getEnv()): SearchClientOptions {
  if (env.MEILI_HOST) {
    return { host: env.MEILI_HOST, apiKey: env.MEILI_MASTER_KEY };
  }
  return {
    host: `http://127.0.0.1:${env.MEILI_PORT}`,
    apiKey: env.MEILI_MASTER_KEY ?? readLocalMasterKey(env.DATA_DIR) ?? undefined,
  };
}

let cached: Meilisearch | undefined;

/** The process-wide client, configured from the environment on first use. */
export function getSearchClient(): Meilisearch {
  cached ??= createSearchClient(resolveSearchConfig());
  return cached;
}

/** For tests and for the start command once it has started a local Meilisearch. */
export function resetSearchClient(client?: Meilisearch) {
  cached = client;
}

/** The index uid for this deployment: MEILI_INDEX_PREFIX lets several apps or test workers share one server. */
export function indexUid(name: string, prefix: string = getEnv().MEILI_INDEX_PREFIX): string {
  return `${prefix}${name}`;
}

/** True when Meilisearch answers /health quickly; never throws (search is optional at run time). */
export async function isMeiliAvailable(client: Meilisearch = getSearchClient(), timeoutMs = HEALTH_TIMEOUT_MS): Promise<boolean> {
  try {
    const res = await fetch(new URL("health", withTrailingSlash(client.config.host)), {
      headers: { "Accept-Encoding": "identity" },
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await res.json()) as { status?: string };
    return res.ok && body.status === "available";
  } catch {
    return false;
  }
}

function withTrailingSlash(host: string) {
  const withProtocol = /^https?:\/\//.test(host) ? host : `http://${host}`;
  return withProtocol.endsWith("/") ? withProtocol : `${withProtocol}/`;
}

/** A task that ended as failed or canceled; `task.error` holds Meilisearch's reason. */
export class MeiliTaskError extends Error {
  override name = "MeiliTaskError";
  constructor(readonly tasks: Task[]) {
    const first = tasks[0];
    super(
      `${tasks.length} Meilisearch task(s) did not succeed; first: task ${first?.uid} ` +
        `(${first?.type} on ${first?.indexUid}) ${first?.status}: ${first?.error?.message ?? "no reason given"}`,
    );
  }
}

export type TaskRef = number | Pick<EnqueuedTask, "taskUid">;

/**
 * Waits until every task is finished, polling them together (one request per round,
 * not one per task), and throws MeiliTaskError if any failed or was canceled.
 * `timeoutMs` bounds the whole wait.
 */
export async function waitForTasks(
  client: Meilisearch,
  tasks: Iterable<TaskRef>,
  { timeoutMs = TASK_TIMEOUT_MS }: { timeoutMs?: number } = {},
): Promise<Task[]> {
  const pending = new Set<number>();
  for (const t of tasks) pending.add(typeof t === "number" ? t : t.taskUid);
  const done = new Map<number, Task>();
  const deadline = Date.now() + timeoutMs;
  let intervalMs = 10;
  const uids = [...pending];
  while (pending.size > 0) {
    // /tasks filters by uid list; keep the query string of a round bounded.
    const chunk = [...pending].slice(0, 500);
    const page = await client.tasks.getTasks({ uids: chunk, limit: chunk.length });
    const seen = new Set<number>();
    for (const task of page.results) {
      seen.add(task.uid);
      if (task.status !== "enqueued" && task.status !== "processing") {
        done.set(task.uid, task);
        pending.delete(task.uid);
      }
    }
    const unknown = chunk.filter((uid) => !seen.has(uid));
    if (unknown.length > 0) {
      throw new Error(`Meilisearch knows no task(s) ${unknown.slice(0, 10).join(", ")} (deleted from its history?)`);
    }
    if (pending.size === 0) break;
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${pending.size} Meilisearch task(s): ${[...pending].slice(0, 10).join(", ")}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
    intervalMs = Math.min(intervalMs * 2, 250);
  }
  const results = uids.map((uid) => done.get(uid)!);
  const failed = results.filter((t) => t.status !== "succeeded");
  if (failed.length > 0) throw new MeiliTaskError(failed);
  return results;
}
