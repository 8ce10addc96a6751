// Alert mails: critical alerts (a company named as a party) and alerts of "immediate"
// subscriptions are mailed by the delivery job within a minute; the others wait for the
// daily or weekly digest of their subscription. Alert.emailedAt / digestedAt record what
// was sent, so a re-run never mails an alert twice; a failed send leaves them unset and the
// next run retries (an alert older than the horizon is no longer news and is not mailed).
import { renderAlertMail, renderDigestMail, type AlertView } from "~/delivery/render-alert.ts";
import type { Prisma } from "~/generated/prisma/client.ts";
import type { Db } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";
import { parseJsonArray } from "~/utils/json-list.ts";
import { createLogger } from "~/utils/logger.server.ts";
import { sendMail } from "~/utils/mail.server.ts";
import { companyRecipients } from "./alert-recipients.server.ts";

const log = createLogger("alert-mail");

/** Alerts older than this are not mailed one by one any more (the inbox still has them). */
export const IMMEDIATE_MAIL_HORIZON_MS = 3 * 24 * 3600_000;
const BATCH = 200;

const alertInclude = {
  riskItem: { select: { id: true, title: true, link: true, caseNumber: true, caseType: true, publishedAt: true } },
  company: { select: { id: true, nameZh: true, nameEn: true } },
  subscription: { select: { id: true, name: true, emailFrequency: true, unsubscribeToken: true } },
} satisfies Prisma.AlertInclude;

type AlertRow = Prisma.AlertGetPayload<{ include: typeof alertInclude }>;

export function toAlertView(row: AlertRow): AlertView {
  return {
    id: row.id,
    severity: row.severity,
    reasons: parseJsonArray(row.reasons),
    createdAt: row.createdAt,
    item: row.riskItem,
    companyName: row.company.nameZh,
  };
}

export function appLinks(appUrl: string) {
  const base = appUrl.replace(/\/+$/, "");
  return {
    item: (itemId: string) => `${base}/exporter/items/${encodeURIComponent(itemId)}`,
    settings: `${base}/exporter/delivery`,
    unsubscribe: (token: string) => `${base}/resources/unsubscribe/${encodeURIComponent(token)}`,
  };
}

export interface MailRunResult {
  sent: number;
  alerts: number;
  failed: number;
  skipped?: "no-smtp";
}

/** Mails every due alert once. */
export async function sendImmediateAlertMails(db: Db, now = new Date()): Promise<MailRunResult> {
  const env = getEnv();
  if (!env.SMTP_URL) return { sent: 0, alerts: 0, failed: 0, skipped: "no-smtp" };
  const links = appLinks(env.APP_URL);
  const rows = await db.alert.findMany({
    where: {
      emailedAt: null,
      digestedAt: null,
      createdAt: { gte: new Date(now.getTime() - IMMEDIATE_MAIL_HORIZON_MS), lte: now },
      // Weak (digest-only) alerts wait for the daily digest whatever the subscription says.
      OR: [{ severity: "critical" }, { subscriptionId: null }, { digestOnly: false, subscription: { emailFrequency: "immediate" } }],
    },
    include: alertInclude,
    orderBy: { createdAt: "asc" },
    take: BATCH,
  });
  const result: MailRunResult = { sent: 0, alerts: 0, failed: 0 };
  for (const row of rows) {
    const view = toAlertView(row);
    const unsubscribe = row.subscription && row.severity !== "critical" ? links.unsubscribe(row.subscription.unsubscribeToken) : null;
    try {
      for (const r of await companyRecipients(db, row.companyId)) {
        const mail = renderAlertMail(r.locale, view, { item: links.item(row.riskItemId), settings: links.settings, unsubscribe });
        await sendMail({ to: r.email, ...mail, headers: unsubscribeHeaders(unsubscribe) });
        result.sent++;
      }
      await db.alert.update({ where: { id: row.id }, data: { emailedAt: new Date() } });
      result.alerts++;
    } catch (error) {
      result.failed++;
      log.warn("alert mail failed; retried on the next run", { alertId: row.id, error: String(error) });
    }
  }
  return result;
}

/** RFC 8058 one-click unsubscribe, so mail clients can offer it without opening the page. */
function unsubscribeHeaders(url: string | null): Record<string, string> | undefined {
  return url ? { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } : undefined;
}

/** One digest mail per company and recipient with the period's alerts of daily/weekly subscriptions. */
export async function sendAlertDigests(db: Db, frequency: "daily" | "weekly", now = new Date()): Promise<MailRunResult> {
  const env = getEnv();
  if (!env.SMTP_URL) return { sent: 0, alerts: 0, failed: 0, skipped: "no-smtp" };
  const links = appLinks(env.APP_URL);
  const rows = await db.alert.findMany({
    where: {
      emailedAt: null,
      digestedAt: null,
      createdAt: { lte: now },
      severity: { not: "critical" },
      // An immediate subscription's digest-only alerts (industry alone) go in the daily digest.
      OR: [
        { subscription: { emailFrequency: frequency } },
        ...(frequency === "daily" ? [{ digestOnly: true, subscription: { emailFrequency: "immediate" } }] : []),
      ],
    },
    include: alertInclude,
    orderBy: [{ companyId: "asc" }, { createdAt: "asc" }],
  });
  const byCompany = new Map<string, AlertRow[]>();
  for (const row of rows) byCompany.set(row.companyId, [...(byCompany.get(row.companyId) ?? []), row]);
  const result: MailRunResult = { sent: 0, alerts: 0, failed: 0 };
  for (const [companyId, alerts] of byCompany) {
    try {
      const entries = alerts.map((a) => ({ alert: toAlertView(a), itemUrl: links.item(a.riskItemId) }));
      for (const r of await companyRecipients(db, companyId)) {
        const mail = renderDigestMail(r.locale, frequency, alerts[0].company.nameZh, entries, { settings: links.settings });
        await sendMail({ to: r.email, ...mail });
        result.sent++;
      }
      await db.alert.updateMany({ where: { id: { in: alerts.map((a) => a.id) } }, data: { digestedAt: new Date() } });
      result.alerts += alerts.length;
    } catch (error) {
      result.failed += alerts.length;
      log.warn("digest mail failed; retried on the next run", { companyId, error: String(error) });
    }
  }
  return result;
}
