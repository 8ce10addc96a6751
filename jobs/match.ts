// Matches newly stored items against every company (subscriptions and party names) and
// writes the alerts; delivery (jobs/deliver-alerts.ts) picks them up from there.
import { matchNewItems } from "~/models/alert-matching.server.ts";
import type { Job } from "./types.ts";

export const matchAlertsJob = (schedule: string): Job => ({
  id: "match-alerts",
  description: "Matches new items against exporters' subscriptions and names; writes alerts and name reviews.",
  schedule,
  leaseMs: 10 * 60_000,
  async run({ db, slot }) {
    return { ...(await matchNewItems(db, { now: slot > new Date() ? new Date() : slot })) };
  },
});
