// Reminders of the support area: IP insurance policies about to expire (once per policy and
// threshold: InsuranceReminder's unique key), and the monthly nudge to observation members
// (once per member and month: the month is stamped with a conditional update).
import { remindExpiringPolicies } from "~/models/insurance.server.ts";
import { remindMembers } from "~/models/observation.server.ts";
import type { Job } from "./types.ts";

export const insuranceRemindersJob: Job = {
  id: "insurance-reminders",
  description: "Reminds companies of IP insurance policies expiring within 30 and 7 days.",
  schedule: "17 8 * * *",
  run: ({ db, slot }) => remindExpiringPolicies(db, slot),
};

export const observationRemindersJob: Job = {
  id: "observation-reminders",
  description: "Asks observation members for their monthly report.",
  schedule: "0 9 1 * *",
  run: ({ db, slot }) => remindMembers(db, slot),
};
