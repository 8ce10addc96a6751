// Expert assignments: reminds experts of unanswered proposals, then expires them (the
// request goes back to matching). Runs under the job lease like every job.
import { sweepAssignments } from "~/models/expert-assignment.server.ts";
import type { Job } from "./types.ts";

export const assignmentsJob = (schedule: string): Job => ({
  id: "assignments",
  description: "Reminds experts of unanswered assignments and expires overdue ones.",
  schedule,
  leaseMs: 5 * 60_000,
  async run({ db, slot }) {
    return sweepAssignments(db, slot);
  },
});
