// Cross-process exclusivity for job runs through a conditional update on the JobLease row.
// The claim succeeds only if no live lease exists AND this occurrence (slot) has not been
// run yet, so two schedulers ticking on the same cron occurrence run it exactly once, and
// a process that dies mid-run loses its lease when it expires.
import { Prisma } from "~/generated/prisma/client.ts";
import type { Db } from "~/utils/db.server.ts";

export const DEFAULT_LEASE_MS = 5 * 60_000;

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
  const { count } = await db.jobLease.updateMany({
    where: {
      jobId,
      AND: [{ OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] }, { OR: [{ lastSlot: null }, { lastSlot: { lt: slot } }] }],
    },
    data: { owner, leaseUntil: new Date(now.getTime() + leaseMs), lastSlot: slot, lastRunAt: now, runCount: { increment: 1 } },
  });
  return count === 1;
}

/** Extends a held lease (long runs); false means the lease was lost to another process. */
export async function renewLease(db: Db, jobId: string, owner: string, leaseMs = DEFAULT_LEASE_MS): Promise<boolean> {
  const { count } = await db.jobLease.updateMany({
    where: { jobId, owner, leaseUntil: { not: null } },
    data: { leaseUntil: new Date(Date.now() + leaseMs) },
  });
  return count === 1;
}

export async function releaseRun(db: Db, jobId: string, owner: string, outcome: { ok: true } | { ok: false; error: string }) {
  await db.jobLease.updateMany({
    where: { jobId, owner },
    data: outcome.ok ? { leaseUntil: null, lastSuccessAt: new Date(), lastError: null } : { leaseUntil: null, lastError: outcome.error.slice(0, 2000) },
  });
}
