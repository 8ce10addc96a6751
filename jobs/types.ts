import type { Db } from "~/utils/db.server.ts";
import type { Logger } from "~/utils/logger.server.ts";

export interface JobContext {
  db: Db;
  log: Logger;
  /** The scheduled occurrence this run serves (or the request time for a manual run). */
  slot: Date;
  /** Identifies the process holding the lease. */
  owner: string;
  signal: AbortSignal;
}

/** A scheduled job: `run` is callable from tests and the CLI without cron. */
export interface Job {
  id: string;
  description: string;
  /** node-cron expression (5 or 6 fields). */
  schedule: string;
  /** How long a run may hold the lease before another process may take over (ms). */
  leaseMs?: number;
  run(ctx: JobContext): Promise<Record<string, unknown> | void>;
}
