// Delivers new alerts within the minute, in two lanes with their own leases (ADR 019): immediate
// mails (critical, and "immediate" subscriptions) and webhooks (queue, send, retry with
// back-off). A receiver that is slow can hold only the webhook lane, never the mails.
import { sendAlertDigests, sendImmediateAlertMails } from "~/models/alert-mail.server.ts";
import { runWebhookDeliveries } from "~/models/webhook.server.ts";
import type { Job } from "./types.ts";

export const deliverAlertsJob = (schedule: string): Job => ({
  id: "deliver-alerts",
  description: "Mails critical and immediate alerts.",
  schedule,
  leaseMs: 5 * 60_000,
  async run({ db }) {
    return { mail: await sendImmediateAlertMails(db) };
  },
});

export const deliverWebhooksJob = (schedule: string): Job => ({
  id: "deliver-webhooks",
  description: "Sends alerts to companies' webhooks (per endpoint, with deadlines and back-off).",
  schedule,
  leaseMs: 5 * 60_000,
  async run({ db }) {
    return { webhooks: await runWebhookDeliveries(db) };
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
