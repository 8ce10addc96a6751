// Company webhooks: every new alert is POSTed as JSON to each enabled endpoint of its
// company, signed (HMAC-SHA256) and keyed for idempotency. Deliveries are rows
// (WebhookDelivery, unique per endpoint and alert), so re-runs never send an alert twice to
// one endpoint unless the receiver failed; failures back off exponentially, a delivery is
// given up after WEBHOOK_MAX_ATTEMPTS, an endpoint that fails backs off as a whole, and it is
// disabled after WEBHOOK_DISABLE_AFTER consecutive failures spread over at least
// WEBHOOK_DISABLE_AFTER_MINUTES, with a mail and a notice to its owner (ADR 019, delivery lanes).
import crypto from "node:crypto";
import http from "node:http";
import https from "node:https";
import type net from "node:net";
import { z } from "zod";
import { guardedLookup, parseNetworkAllowList, refusedLiteral, type NetworkPolicy, type RefusedAddress } from "~/ingest/network-policy.server.ts";
import { signWebhook, SIGNATURE_HEADER, webhookBackoffMs } from "~/delivery/webhook-signature.ts";
import { translator } from "~/i18n/i18n.ts";
import type { Db } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";
import { parseJsonArray } from "~/utils/json-list.ts";
import { createLogger } from "~/utils/logger.server.ts";
import { sendMail } from "~/utils/mail.server.ts";
import { appLinks, IMMEDIATE_MAIL_HORIZON_MS } from "./alert-mail.server.ts";
import { companyRecipients } from "./alert-recipients.server.ts";
import { recordAudit } from "./audit.server.ts";

const log = createLogger("webhooks");

export const MAX_WEBHOOKS_PER_COMPANY = 5;
const SEND_BATCH = 50;
const ERROR_TEXT_MAX = 300;

export const WebhookUrlSchema = z.object({
  url: z
    .string()
    .trim()
    .max(2000, "form.tooLong|max=2000")
    .refine((v) => {
      try {
        const u = new URL(v);
        return (u.protocol === "https:" || u.protocol === "http:") && !u.username && !u.password;
      } catch {
        return false;
      }
    }, "delivery.webhooks.invalidUrl"),
});

export class WebhookLimitError extends Error {
  readonly code = "delivery.webhooks.tooMany";
}

/** Creates an endpoint and returns its secret, which is shown to the company this once. */
export async function createWebhook(db: Db, companyId: string, url: string, actorId: string) {
  return db.$transaction(async (tx) => {
    const count = await tx.webhookEndpoint.count({ where: { companyId } });
    if (count >= MAX_WEBHOOKS_PER_COMPANY) throw new WebhookLimitError();
    const secret = crypto.randomBytes(32).toString("base64url");
    const endpoint = await tx.webhookEndpoint.create({ data: { companyId, url, secret } });
    await recordAudit(tx, { actorId, action: "webhook.create", entity: "webhook", entityId: endpoint.id, after: { companyId, url } });
    return { endpoint, secret };
  });
}

/** Enables or disables a company's own endpoint; enabling forgets past failures. */
export async function setWebhookEnabled(db: Db, companyId: string, id: string, enabled: boolean, actorId: string) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.updateMany({
      where: { id, companyId },
      data: enabled ? { enabled: true, consecutiveFailures: 0, disabledAt: null, disabledReason: null } : { enabled: false, disabledAt: new Date() },
    });
    if (count === 1) await recordAudit(tx, { actorId, action: enabled ? "webhook.enable" : "webhook.disable", entity: "webhook", entityId: id });
    return count === 1;
  });
}

export async function deleteWebhook(db: Db, companyId: string, id: string, actorId: string) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.deleteMany({ where: { id, companyId } });
    if (count === 1) await recordAudit(tx, { actorId, action: "webhook.delete", entity: "webhook", entityId: id });
    return count === 1;
  });
}

export async function listWebhooks(db: Db, companyId: string) {
  return db.webhookEndpoint.findMany({
    where: { companyId },
    select: { id: true, url: true, enabled: true, consecutiveFailures: true, disabledAt: true, disabledReason: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
}

/** The delivery log: a company's own (companyId given) or every company's (staff). */
export async function listWebhookDeliveries(db: Db, filter: { companyId?: string; take?: number }) {
  const rows = await db.webhookDelivery.findMany({
    where: filter.companyId ? { endpoint: { companyId: filter.companyId } } : {},
    orderBy: { createdAt: "desc" },
    take: filter.take ?? 100,
    include: {
      endpoint: { select: { url: true, company: { select: { id: true, nameZh: true } } } },
      alert: { select: { severity: true, riskItem: { select: { id: true, title: true } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    attempts: r.attempts,
    lastHttpStatus: r.lastHttpStatus,
    lastError: r.lastError,
    createdAt: r.createdAt,
    deliveredAt: r.deliveredAt,
    url: r.endpoint.url,
    companyName: r.endpoint.company.nameZh,
    severity: r.alert.severity,
    itemId: r.alert.riskItem.id,
    itemTitle: r.alert.riskItem.title,
  }));
}

export async function listDisabledWebhooks(db: Db) {
  return db.webhookEndpoint.findMany({
    where: { enabled: false },
    select: { id: true, url: true, disabledAt: true, disabledReason: true, consecutiveFailures: true, company: { select: { id: true, nameZh: true } } },
    orderBy: { disabledAt: "desc" },
    take: 100,
  });
}

/** Creates the missing delivery rows: new alerts × enabled endpoints of their company. */
export async function enqueueWebhookDeliveries(db: Db, now = new Date()): Promise<number> {
  const endpoints = await db.webhookEndpoint.findMany({ where: { enabled: true }, select: { id: true, companyId: true, createdAt: true } });
  let queued = 0;
  const horizon = new Date(now.getTime() - IMMEDIATE_MAIL_HORIZON_MS);
  for (const ep of endpoints) {
    const alerts = await db.alert.findMany({
      where: {
        companyId: ep.companyId,
        // An endpoint receives what happens after it was registered, not the company's history.
        createdAt: { gte: ep.createdAt > horizon ? ep.createdAt : horizon, lte: now },
        webhookDeliveries: { none: { endpointId: ep.id } },
        OR: [{ subscriptionId: null }, { subscription: { webhook: true } }, { severity: "critical" }],
      },
      select: { id: true },
      take: 1000,
    });
    if (alerts.length === 0) continue;
    const { count } = await db.webhookDelivery.createMany({ data: alerts.map((a) => ({ endpointId: ep.id, alertId: a.id, nextAttemptAt: now })) });
    queued += count;
  }
  return queued;
}

export type WebhookPost = (url: string, init: { body: string; headers: Record<string, string>; timeoutMs: number }) => Promise<{ status: number }>;

/**
 * POSTs with the network policy the feed fetcher uses (DESIGN.md §3): a company types the URL,
 * so it must not reach loopback, private, link-local or metadata addresses unless
 * FEED_ALLOWED_NETWORKS opens them; the check runs on the address actually connected to.
 * Redirects are not followed (a receiver that redirects is misconfigured, and following would
 * let a public URL bounce the request elsewhere).
 */
export function guardedWebhookPost(policy: NetworkPolicy): WebhookPost {
  return (url, init) =>
    new Promise((resolve, reject) => {
      const target = new URL(url);
      const refuse = (r: RefusedAddress) => new Error(`refused to connect to ${r.host} (${r.address}, ${r.range} address)`);
      const literal = refusedLiteral(target, policy);
      if (literal) return reject(refuse(literal));
      const req = (target.protocol === "https:" ? https : http).request(target, {
        method: "POST",
        headers: { ...init.headers, "Content-Length": String(Buffer.byteLength(init.body)) },
        agent: false,
        lookup: guardedLookup(policy, refuse) as unknown as net.LookupFunction,
      });
      // A total deadline, not an idle timeout: a receiver that answers a byte at a time must
      // not hold the call (and with it the endpoint's lane) for as long as it likes.
      const deadline = setTimeout(() => req.destroy(new Error(`no complete answer within ${init.timeoutMs} ms`)), init.timeoutMs);
      const settle =
        <T>(fn: (v: T) => void) =>
        (v: T) => {
          clearTimeout(deadline);
          fn(v);
        };
      req.on("error", settle(reject));
      req.once("response", (res) => {
        res.resume();
        res.once("end", () => settle(resolve)({ status: res.statusCode ?? 0 }));
        res.on("error", settle(reject));
        // Destroying the request after the headers came surfaces here, not on req.
        res.once("aborted", () => settle(reject)(new Error(`no complete answer within ${init.timeoutMs} ms`)));
      });
      req.end(init.body);
    });
}

function payloadFor(d: Awaited<ReturnType<typeof dueDeliveries>>[number], appUrl: string) {
  const item = d.alert.riskItem;
  return {
    type: "alert.created",
    alert: {
      id: d.alert.id,
      severity: d.alert.severity,
      reasons: parseJsonArray(d.alert.reasons),
      createdAt: d.alert.createdAt.toISOString(),
      caseId: d.alert.caseId,
    },
    company: { creditCode: d.alert.company.creditCode, nameZh: d.alert.company.nameZh, nameEn: d.alert.company.nameEn },
    item: {
      id: item.id,
      guid: item.guid,
      title: item.title,
      link: item.link,
      publishedAt: item.publishedAt.toISOString(),
      jurisdiction: item.jurisdiction,
      caseType: item.caseType,
      caseNumber: item.caseNumber,
      stage: item.stage,
    },
    links: { item: appLinks(appUrl).item(item.id) },
  };
}

function dueDeliveries(db: Db, now: Date) {
  return db.webhookDelivery.findMany({
    where: {
      status: "pending",
      nextAttemptAt: { lte: now },
      endpoint: { enabled: true, OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: now } }] },
    },
    orderBy: { nextAttemptAt: "asc" },
    take: SEND_BATCH,
    include: {
      endpoint: true,
      alert: {
        include: {
          company: { select: { creditCode: true, nameZh: true, nameEn: true } },
          riskItem: {
            select: { id: true, guid: true, title: true, link: true, publishedAt: true, jurisdiction: true, caseType: true, caseNumber: true, stage: true },
          },
        },
      },
    },
  });
}

export interface WebhookRunResult {
  queued: number;
  delivered: number;
  failed: number;
  disabled: number;
}

/** Deliveries sent to one endpoint per run at most: a large backlog drains over several runs. */
const PER_ENDPOINT_PER_RUN = 20;
/** A run starts no new call after this (ms); what is left is due on the next run. */
const RUN_BUDGET_MS = 2 * 60_000;

type Due = Awaited<ReturnType<typeof dueDeliveries>>[number];

/**
 * Queues new deliveries, then sends those that are due: per endpoint in order, endpoints side
 * by side (at most WEBHOOK_CONCURRENCY at once), each call cut at WEBHOOK_TIMEOUT_MS in total.
 * An endpoint that fails is left alone for the rest of the run and backs off (1, 2, 4 …
 * minutes) across runs, so a burst of queued deliveries counts as one failure, and it is
 * disabled only when it has been failing for WEBHOOK_DISABLE_AFTER_MINUTES as well as
 * WEBHOOK_DISABLE_AFTER times in a row.
 */
export async function runWebhookDeliveries(db: Db, opts: { now?: Date; post?: WebhookPost } = {}): Promise<WebhookRunResult> {
  const env = getEnv();
  const now = opts.now ?? new Date();
  const post = opts.post ?? guardedWebhookPost(parseNetworkAllowList(env.FEED_ALLOWED_NETWORKS));
  const result: WebhookRunResult = { queued: await enqueueWebhookDeliveries(db, now), delivered: 0, failed: 0, disabled: 0 };
  const byEndpoint = new Map<string, Due[]>();
  for (const d of await dueDeliveries(db, now)) {
    const list = byEndpoint.get(d.endpointId) ?? [];
    if (list.length < PER_ENDPOINT_PER_RUN) list.push(d);
    byEndpoint.set(d.endpointId, list);
  }
  const budgetEnd = Date.now() + RUN_BUDGET_MS;
  const queues = [...byEndpoint.values()];
  const worker = async () => {
    for (let queue = queues.shift(); queue; queue = queues.shift()) {
      for (const d of queue) {
        if (Date.now() > budgetEnd) return;
        const ok = await deliverOne(db, d, post, now, result);
        // The endpoint failed: the rest of its queue waits for its back-off.
        if (!ok) break;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(env.WEBHOOK_CONCURRENCY, queues.length) }, worker));
  return result;
}

async function deliverOne(db: Db, d: Due, post: WebhookPost, now: Date, result: WebhookRunResult): Promise<boolean> {
  const env = getEnv();
  // Another worker (or runner) may have disabled the endpoint since the queue was read.
  const current = await db.webhookEndpoint.findUnique({ where: { id: d.endpointId }, select: { enabled: true } });
  if (!current?.enabled) return false;
  const body = JSON.stringify(payloadFor(d, env.APP_URL));
  const headers = {
    "Content-Type": "application/json; charset=utf-8",
    "User-Agent": "OverseasIPRadar-Webhook/1",
    // The alert id is the event's identity: a retried delivery carries the same key.
    "Idempotency-Key": d.alert.id,
    [SIGNATURE_HEADER]: signWebhook(d.endpoint.secret, body, Math.floor(Date.now() / 1000)),
  };
  let status: number | null = null;
  let error: string | null = null;
  try {
    status = (await post(d.endpoint.url, { body, headers, timeoutMs: env.WEBHOOK_TIMEOUT_MS })).status;
    if (status < 200 || status > 299) error = `HTTP ${status}`;
  } catch (e) {
    error = e instanceof Error ? (e.cause instanceof Error ? `${e.message}: ${e.cause.message}` : e.message) : String(e);
  }
  if (!error) {
    await db.$transaction([
      db.webhookDelivery.update({
        where: { id: d.id },
        data: { status: "delivered", attempts: { increment: 1 }, lastHttpStatus: status, lastError: null, deliveredAt: new Date() },
      }),
      db.webhookEndpoint.update({ where: { id: d.endpointId }, data: { consecutiveFailures: 0, failingSince: null, nextAttemptAt: null } }),
    ]);
    result.delivered++;
    return true;
  }
  result.failed++;
  const attempts = d.attempts + 1;
  const errorText = error.slice(0, ERROR_TEXT_MAX);
  await db.webhookDelivery.update({
    where: { id: d.id },
    data: {
      attempts,
      lastHttpStatus: status,
      lastError: errorText,
      status: attempts >= env.WEBHOOK_MAX_ATTEMPTS ? "failed" : "pending",
      nextAttemptAt: new Date(now.getTime() + webhookBackoffMs(attempts)),
    },
  });
  const before = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: d.endpointId }, select: { consecutiveFailures: true, failingSince: true } });
  const failures = before.consecutiveFailures + 1;
  const failingSince = before.failingSince ?? now;
  const endpoint = await db.webhookEndpoint.update({
    where: { id: d.endpointId },
    data: { consecutiveFailures: failures, failingSince, nextAttemptAt: new Date(now.getTime() + webhookBackoffMs(failures)) },
  });
  const spreadMs = now.getTime() - failingSince.getTime();
  if (endpoint.enabled && failures >= env.WEBHOOK_DISABLE_AFTER && spreadMs >= env.WEBHOOK_DISABLE_AFTER_MINUTES * 60_000) {
    await disableFailingEndpoint(db, endpoint.id, endpoint.companyId, endpoint.url, failures, errorText);
    result.disabled++;
  }
  return false;
}

async function disableFailingEndpoint(db: Db, id: string, companyId: string, url: string, failures: number, error: string) {
  // Conditional: two runners (or a re-run) never disable and notify twice.
  const count = await db.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.updateMany({
      where: { id, enabled: true },
      data: { enabled: false, disabledAt: new Date(), disabledReason: error },
    });
    if (count === 1) await recordAudit(tx, { actorId: null, action: "webhook.auto-disable", entity: "webhook", entityId: id, after: { failures, error } });
    return count;
  });
  if (count !== 1) return;
  const recipients = await companyRecipients(db, companyId);
  const params = { url, count: failures, error };
  await db.notification.createMany({
    data: recipients
      .filter((r) => r.userId)
      .map((r) => ({
        userId: r.userId!,
        kind: "webhook-disabled",
        messageKey: "mail.webhookDisabled.body",
        params: JSON.stringify(params),
        link: "/exporter/delivery",
      })),
  });
  for (const r of recipients) {
    const t = translator(r.locale);
    try {
      await sendMail({ to: r.email, subject: t("mail.webhookDisabled.subject", { url }), text: t("mail.webhookDisabled.body", params) });
    } catch (e) {
      log.warn("could not mail the webhook owner", { endpointId: id, error: String(e) });
    }
  }
}
