// Runs one job occurrence under the lease: claim, renew while running, record the outcome.
import crypto from "node:crypto";
import os from "node:os";
import type { Db } from "~/utils/db.server.ts";
import type { Logger } from "~/utils/logger.server.ts";
import { claimRun, DEFAULT_LEASE_MS, LEASE_HEARTBEAT_MS, releaseRun, renewLease } from "./lease.ts";
import type { Job } from "./types.ts";

export function newOwnerId(prefix = "proc") {
  return `${prefix}:${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString("hex")}`;
}

export type RunOutcome =
  | { status: "skipped" }
  | { status: "ok"; result: Record<string, unknown> | void; durationMs: number }
  | { status: "failed"; error: string; durationMs: number };

export async function runJobOccurrence(job: Job, opts: { db: Db; log: Logger; owner: string; slot: Date; signal?: AbortSignal }): Promise<RunOutcome> {
  const leaseMs = job.leaseMs ?? DEFAULT_LEASE_MS;
  if (!(await claimRun(opts.db, job.id, opts.slot, opts.owner, leaseMs))) return { status: "skipped" };
  const started = Date.now();
  const renew = setInterval(
    () => {
      renewLease(opts.db, job.id, opts.owner, leaseMs).catch((e) => opts.log.warn(`lease renewal failed: ${String(e)}`));
    },
    // The renewal is the heartbeat: often enough that a stale one means a dead holder.
    Math.max(1000, Math.min(LEASE_HEARTBEAT_MS, Math.floor(leaseMs / 3))),
  );
  renew.unref();
  try {
    const result = await job.run({
      db: opts.db,
      log: opts.log.child(job.id),
      slot: opts.slot,
      owner: opts.owner,
      signal: opts.signal ?? new AbortController().signal,
    });
    await releaseRun(opts.db, job.id, opts.owner, { ok: true });
    return { status: "ok", result, durationMs: Date.now() - started };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await releaseRun(opts.db, job.id, opts.owner, { ok: false, error: message });
    opts.log.error(`job ${job.id} failed: ${message}`);
    return { status: "failed", error: message, durationMs: Date.now() - started };
  } finally {
    clearInterval(renew);
  }
}

/**
 * One run of a job now, outside the cron — the CLI's job commands and "run now": the same runner
 * and lease as the scheduler, so a run never overlaps the scheduler's (or another CLI's) run of
 * the same job. "skipped" means another process holds the lease.
 */
export function runJobNow(job: Job, opts: { db: Db; log: Logger; owner?: string; signal?: AbortSignal }): Promise<RunOutcome> {
  return runJobOccurrence(job, { db: opts.db, log: opts.log, owner: opts.owner ?? newOwnerId("cli"), slot: new Date(), signal: opts.signal });
}
