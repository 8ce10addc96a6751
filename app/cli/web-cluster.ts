// Several web processes on one port (issue 17: use every core). Node's cluster module: the
// primary process owns the listening socket and hands connections to WEB_CONCURRENCY worker
// processes in turn; each worker runs the whole web server (Express + Remix + its own
// Prisma client). Nothing a request needs lives in a worker's memory: sessions and the login
// throttle are rows in the database (SQLite in WAL mode lets the workers read at once),
// cookies and CSRF tokens are signed with the shared SESSION_SECRET.
//
// The primary stays small and restarts a worker that dies unexpectedly, with back-off.
import cluster, { type Worker } from "node:cluster";
import type { Logger } from "~/utils/logger.server.ts";

const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 30_000;
/** A worker that stayed up this long died for a new reason: its back-off starts again. */
const RESET_AFTER_MS = 60_000;

/** True in a process that should serve HTTP itself (a worker, or the only process). */
export function servesHttpItself(processes: number): boolean {
  return processes <= 1 || cluster.isWorker;
}

/**
 * In the primary: forks `processes` workers running the current entry script and keeps them
 * up. Resolves once every worker listens. `stop()` ends them all (SIGTERM, each worker's own
 * shutdown path closes its server and database client).
 */
export async function forkWebWorkers(processes: number, log: Logger) {
  let stopping = false;
  const workers = new Set<Worker>();
  const launch = (slot: number, delay: number) => {
    const started = Date.now();
    const worker = cluster.fork({ WEB_WORKER_SLOT: String(slot) });
    workers.add(worker);
    const listening = new Promise<void>((resolve) => worker.once("listening", () => resolve()));
    worker.once("exit", (code, signal) => {
      workers.delete(worker);
      if (stopping) return;
      const next = Date.now() - started >= RESET_AFTER_MS ? FIRST_DELAY_MS : Math.min(MAX_DELAY_MS, delay * 2);
      const wait = Date.now() - started >= RESET_AFTER_MS ? FIRST_DELAY_MS : delay;
      log.warn(`web worker ${slot} (pid ${worker.process.pid}) exited (${signal ?? code}); restarting in ${wait / 1000} s`);
      setTimeout(() => stopping || launch(slot, next), wait).unref();
    });
    return listening;
  };
  await Promise.all(Array.from({ length: processes }, (_, slot) => launch(slot, FIRST_DELAY_MS)));
  log.info(`${processes} web processes listening`);
  return {
    stop: () => {
      stopping = true;
      return Promise.all(
        [...workers].map(
          (worker) =>
            new Promise<void>((resolve) => {
              if (worker.isDead()) return resolve();
              worker.once("exit", () => resolve());
              worker.process.kill("SIGTERM");
            }),
        ),
      ).then(() => undefined);
    },
  };
}
