// The trivial job that proves the scheduler and the lease: one Heartbeat row per occurrence.
import type { Job } from "./types.ts";

export const heartbeatJob = (schedule: string): Job => ({
  id: "heartbeat",
  description: "Writes one heartbeat row per scheduled occurrence (proves scheduling and leases work).",
  schedule,
  leaseMs: 60_000,
  async run({ db, slot, owner }) {
    await db.heartbeat.create({ data: { slot, owner } });
    // Old heartbeats carry no information; keep a day's worth.
    await db.heartbeat.deleteMany({ where: { at: { lt: new Date(Date.now() - 24 * 3600_000) } } });
    return { slot: slot.toISOString() };
  },
});
