// Cross-process exclusivity for job runs through a conditional update on the JobLease row.
// The claim succeeds only if no live lease exists AND this occurrence (slot) has not been
// run yet, so two schedulers ticking on the same cron occurrence run it exactly once.
// The holder is named host:pid:random (newOwnerId) and beats every LEASE_HEARTBEAT_MS while
// it runs; a holder is dead when its heartbeat is older than LEASE_STALE_MS, or at once when
// it was on this host and its pid is gone, and its lease is taken over then, not when it
// expires (ADR 019: a crash stopped matching for 10 minutes).
import os from "node:os";
import { Prisma } from "~/generated/prisma/client.ts";
import type { Db } from "~/utils/db.server.ts";

export const DEFAULT_LEASE_MS = 5 * 60_000;
/** How often a running holder renews its heartbeat. */
export const LEASE_HEARTBEAT_MS = 5_000;
/** A heartbeat older than this means the holder is gone (six missed beats: room for a busy event loop). */
export const LEASE_STALE_MS = 30_000;

/** The host and pid in an owner id made by newOwnerId ("prefix:host:pid:random"), if it is one. */
export function parseOwner(owner: string): { host: string; pid: number } | null {
  const parts = owner.split(":");
  if (parts.length < 4) return null;
  const pid = Number(parts[parts.length - 2]);
  const host = parts.slice(1, -2).join(":");
  return Number.isInteger(pid) && pid > 0 && host ? { host, pid } : null;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Ends the lease of a holder on this host whose process no longer exists. */
async function releaseDeadLocalHolder(db: Db, jobId: string, now: Date) {
  const lease = await db.jobLease.findUnique({ where: { jobId }, select: { owner: true, leaseUntil: true } });
  if (!lease?.owner || !lease.leaseUntil || lease.leaseUntil < now) return;
  const holder = parseOwner(lease.owner);
  if (!holder || holder.host !== os.hostname() || holder.pid === process.pid || processAlive(holder.pid)) return;
  await db.jobLease.updateMany({ where: { jobId, owner: lease.owner }, data: { leaseUntil: null } });
}

async function ensureLeaseRow(db: Db, jobId: string) {
  try {
    await db.jobLease.create({ data: { jobId } });
  } catch (error) {
    // Another process created it first: that is the outcome we wanted.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
  }
}

export async function claimRun(db: Db, jobId: string, slot: Date, owner: string, leaseMs = DEFAULT_LEASE_MS): Promise<boolean> {
  await ensureLeaseRow(db, jobId);
  const now = new Date();
  await releaseDeadLocalHolder(db, jobId, now);
  const stale = new Date(now.getTime() - LEASE_STALE_MS);
  const { count } = await db.jobLease.updateMany({
    where: {
      jobId,
      AND: [
        { OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }, { heartbeatAt: { lt: stale } }] },
        { OR: [{ lastSlot: null }, { lastSlot: { lt: slot } }] },
      ],
    },
    data: { owner, leaseUntil: new Date(now.getTime() + leaseMs), heartbeatAt: now, lastSlot: slot, lastRunAt: now, runCount: { increment: 1 } },
  });
  return count === 1;
}

/** Extends a held lease (long runs); false means the lease was lost to another process. */
export async function renewLease(db: Db, jobId: string, owner: string, leaseMs = DEFAULT_LEASE_MS): Promise<boolean> {
  const { count } = await db.jobLease.updateMany({
    where: { jobId, owner, leaseUntil: { not: null } },
    data: { leaseUntil: new Date(Date.now() + leaseMs), heartbeatAt: new Date() },
  });
  return count === 1;
}

export async function releaseRun(db: Db, jobId: string, owner: string, outcome: { ok: true } | { ok: false; error: string }) {
  await db.jobLease.updateMany({
    where: { jobId, owner },
    data: outcome.ok ? { leaseUntil: null, lastSuccessAt: new Date(), lastError: null } : { leaseUntil: null, lastError: outcome.error.slice(0, 2000) },
  });
}
