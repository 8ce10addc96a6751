import { describe, expect, it } from "vitest";
import { claimRun, releaseRun } from "#jobs/lease.ts";
import { startScheduler } from "#jobs/scheduler.ts";
import { heartbeatJob } from "#jobs/heartbeat.ts";
import { runJobOccurrence } from "#jobs/run-job.ts";
import type { Job } from "#jobs/types.ts";
import { createDb, getDb } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";
import { createLogger } from "~/utils/logger.server.ts";
import { allowConsoleErrors } from "../support/console-guard.ts";

const log = createLogger("test", "error");

describe("job leases", () => {
  it("lets exactly one of two processes claim the same occurrence", async () => {
    const db = await getDb();
    const slot = new Date("2026-01-01T00:00:00Z");
    const results = await Promise.all([claimRun(db, "lease-a", slot, "p1"), claimRun(db, "lease-a", slot, "p2")]);
    expect(results.filter(Boolean)).toHaveLength(1);
    await releaseRun(db, "lease-a", results[0] ? "p1" : "p2", { ok: true });
    // Released, but the occurrence is done: it is not run again.
    expect(await claimRun(db, "lease-a", slot, "p3")).toBe(false);
    expect(await claimRun(db, "lease-a", new Date(slot.getTime() + 1000), "p3")).toBe(true);
  });

  it("lets another process take over a lease whose holder died (expired)", async () => {
    const db = await getDb();
    expect(await claimRun(db, "lease-b", new Date(1000), "dead", 1)).toBe(true);
    // The 1 ms lease has expired once a later claim succeeds; poll instead of guessing the time.
    await waitUntil(() => claimRun(db, "lease-b", new Date(2000), "alive"), 5_000);
    expect((await db.jobLease.findUniqueOrThrow({ where: { jobId: "lease-b" } })).owner).toBe("alive");
  });

  it("records a failed run's error and clears it on the next success", async () => {
    // The failure is logged at error level, which is the point of this test.
    allowConsoleErrors();
    const db = await getDb();
    let fail = true;
    const job: Job = {
      id: "flaky",
      description: "fails once",
      schedule: "* * * * *",
      async run() {
        if (fail) throw new Error("upstream said 503");
      },
    };
    const first = await runJobOccurrence(job, { db, log, owner: "t", slot: new Date(1000) });
    expect(first.status).toBe("failed");
    let row = await db.jobLease.findUniqueOrThrow({ where: { jobId: "flaky" } });
    expect(row.lastError).toBe("upstream said 503");
    expect(row.leaseUntil).toBeNull();
    fail = false;
    expect((await runJobOccurrence(job, { db, log, owner: "t", slot: new Date(2000) })).status).toBe("ok");
    row = await db.jobLease.findUniqueOrThrow({ where: { jobId: "flaky" } });
    expect(row.lastError).toBeNull();
    expect(row.lastSuccessAt).not.toBeNull();
  });
});

describe("two schedulers on one database", () => {
  it("run each heartbeat occurrence exactly once between them", async () => {
    // Two independent Prisma clients stand in for two scheduler processes.
    const dbA = await createDb(getEnv().DATABASE_URL);
    const dbB = await createDb(getEnv().DATABASE_URL);
    const job = heartbeatJob("* * * * * *"); // every second
    const a = startScheduler({ db: dbA, jobs: [job], log, owner: "scheduler-A" });
    const b = startScheduler({ db: dbB, jobs: [job], log, owner: "scheduler-B" });
    // Wait for the condition (four occurrences), not a fixed time: a loaded machine is slower.
    await waitUntil(async () => (await dbA.heartbeat.count()) >= 4, 12_000);
    await Promise.all([a.stop(), b.stop()]);
    const beats = await dbA.heartbeat.findMany({ orderBy: { slot: "asc" } });
    const slots = beats.map((h) => h.slot.getTime());
    expect(beats.length).toBeGreaterThanOrEqual(3);
    expect(new Set(slots).size).toBe(slots.length);
    // Occurrences are consecutive seconds: none was lost while the other process held it.
    for (let i = 1; i < slots.length; i++) expect(slots[i] - slots[i - 1]).toBe(1000);
    await Promise.all([dbA.$disconnect(), dbB.$disconnect()]);
  }, 15_000);
});

/** Polls `condition` every 50 ms until it holds; fails after `timeoutMs`. */
async function waitUntil(condition: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
