// Delivers new alerts within the minute: immediate mails (critical, and "immediate"
// subscriptions) and webhooks (queue, send, retry with back-off).
import { sendAlertDigests, sendImmediateAlertMails } from "~/models/alert-mail.server.ts";
import { runWebhookDeliveries } from "~/models/webhook.server.ts";
import type { Job } from "./types.ts";

export const deliverAlertsJob = (schedule: string): Job => ({
  id: "deliver-alerts",
  description: "Mails critical and immediate alerts and sends webhooks (with retries).",
  schedule,
  leaseMs: 5 * 60_000,
  async run({ db }) {
    const mail = await sendImmediateAlertMails(db);
    const webhooks = await runWebhookDeliveries(db);
    return { mail, webhooks };
  },
});

export const alertDigestJob = (frequency: "daily" | "weekly", schedule: string): Job => ({
  id: `alert-digest-${frequency}`,
  description: `Mails the ${frequency} digest of alerts to companies whose subscriptions ask for it.`,
  schedule,
  leaseMs: 15 * 60_000,
  async run({ db, slot }) {
    return { ...(await sendAlertDigests(db, frequency, slot)) };
  },
});
