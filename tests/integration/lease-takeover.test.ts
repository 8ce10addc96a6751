// Issue 19: a killed process must not hold its job leases until they expire (matching and
// ingestion stopped for 10 minutes after a crash). Leases carry the holder's identity
// (host:pid:random) and a heartbeat; a dead holder's lease is taken over at once.
import { spawn } from "node:child_process";
import os from "node:os";
import { describe, expect, it } from "vitest";
import { claimRun } from "#jobs/lease.ts";
import { newOwnerId } from "#jobs/run-job.ts";
import { getDb } from "~/utils/db.server.ts";

/** The pid of a process that has exited: a real dead holder on this host. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  await new Promise((r) => child.once("exit", r));
  return child.pid!;
}

async function leaseHeldBy(jobId: string, owner: string, heartbeatAgoMs: number) {
  const db = await getDb();
  const now = Date.now();
  await db.jobLease.upsert({
    where: { jobId },
    create: { jobId, owner, leaseUntil: new Date(now + 10 * 60_000), lastSlot: new Date(now - 60_000), heartbeatAt: new Date(now - heartbeatAgoMs) },
    update: { owner, leaseUntil: new Date(now + 10 * 60_000), lastSlot: new Date(now - 60_000), heartbeatAt: new Date(now - heartbeatAgoMs) },
  });
  return db;
}

describe("job leases", () => {
  it("are taken over at once from a holder on this host whose process is gone", async () => {
    const db = await leaseHeldBy("match-alerts-test-1", `scheduler:${os.hostname()}:${await deadPid()}:abcdef`, 0);
    expect(await claimRun(db, "match-alerts-test-1", new Date(), newOwnerId("scheduler"), 10 * 60_000)).toBe(true);
  });

  it("are taken over from a holder elsewhere whose heartbeat stopped", async () => {
    const db = await leaseHeldBy("match-alerts-test-2", "scheduler:other-host:4242:abcdef", 5 * 60_000);
    expect(await claimRun(db, "match-alerts-test-2", new Date(), newOwnerId("scheduler"), 10 * 60_000)).toBe(true);
  });

  it("stay with a live holder whose heartbeat is fresh", async () => {
    const live = newOwnerId("scheduler");
    const db = await leaseHeldBy("match-alerts-test-3", live, 0);
    expect(await claimRun(db, "match-alerts-test-3", new Date(), newOwnerId("scheduler"), 10 * 60_000)).toBe(false);
    const other = await leaseHeldBy("match-alerts-test-4", "scheduler:other-host:4242:abcdef", 0);
    expect(await claimRun(other, "match-alerts-test-4", new Date(), newOwnerId("scheduler"), 10 * 60_000)).toBe(false);
  });
});
