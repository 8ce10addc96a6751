// In-app notifications (Notification rows) and their e-mail copies, in each recipient's
// language. Guidance transitions notify the requesting company's users and staff.
import { isLocale, translator, type MessageKey } from "~/i18n/i18n.ts";
import type { Db } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";
import { createLogger } from "~/utils/logger.server.ts";
import { sendMail } from "~/utils/mail.server.ts";

const log = createLogger("notify");

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Params may hold message keys (prefixed "@") that are translated in the reader's language. */
export function renderNotification(locale: string, messageKey: string, params: Record<string, string>): string {
  const t = translator(isLocale(locale) ? locale : "zh");
  const resolved = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v.startsWith("@") ? t(v.slice(1) as MessageKey) : v]));
  return t(messageKey as MessageKey, resolved);
}

export async function notifyUsers(
  db: Db,
  userIds: readonly string[],
  input: { kind: string; messageKey: MessageKey; params?: Record<string, string>; link: string; note?: string | null },
) {
  const users = await db.user.findMany({ where: { id: { in: [...new Set(userIds)] }, disabled: false }, select: { id: true, email: true, locale: true } });
  const base = getEnv().APP_URL ?? "http://localhost:3000";
  for (const user of users) {
    const params = input.note ? { ...input.params, note: input.note } : (input.params ?? {});
    const row = await db.notification.create({
      data: { userId: user.id, kind: input.kind, messageKey: input.messageKey, params: JSON.stringify(params), link: input.link },
    });
    const text = renderNotification(user.locale, input.messageKey, params);
    const note = input.note ? renderNotification(user.locale, "notify.transitionNote", { note: input.note }) : "";
    const url = new URL(input.link, base).toString();
    const footer = renderNotification(user.locale, "notify.mailFooter", { link: url });
    try {
      const result = await sendMail({
        to: user.email,
        subject: text,
        text: [text, note, "", footer].filter((l, i) => l || i === 2).join("\n"),
        html: `<p>${escapeHtml(text)}</p>${note ? `<p>${escapeHtml(note)}</p>` : ""}<p><a href="${escapeHtml(url)}">${escapeHtml(footer)}</a></p>`,
      });
      if (result.sent) await db.notification.update({ where: { id: row.id }, data: { emailedAt: new Date() } });
    } catch (error) {
      // The in-app notification stands; a mail failure is logged, not fatal to the transition.
      log.warn("notification mail failed", { userId: user.id, error: String(error) });
    }
  }
}

/** After a guidance transition: the company's exporters, and staff for exporter-made steps. */
export async function notifyGuidanceTransition(
  db: Db,
  request: { id: string; companyId: string; state: string },
  actor: { id: string | null; kind: string },
  note: string | null,
) {
  const exporters = await db.user.findMany({ where: { companyId: request.companyId, role: "exporter" }, select: { id: true } });
  const recipients = exporters.map((u) => u.id);
  if (actor.kind === "exporter") {
    const staff = await db.user.findMany({ where: { role: "staff" }, select: { id: true } });
    recipients.push(...staff.map((u) => u.id));
  }
  const ref = await requestRef(db, request.id);
  for (const id of new Set(recipients.filter((id) => id !== actor.id))) {
    const user = await db.user.findUnique({ where: { id }, select: { role: true } });
    const link = user?.role === "staff" ? `/staff/requests/${request.id}` : `/exporter/requests/${request.id}`;
    await notifyUsers(db, [id], {
      kind: "guidance-transition",
      messageKey: "notify.transition",
      params: { ref, state: `@guidance.state.${request.state}` },
      link,
      note,
    });
  }
}

/**
 * How a notification names a request: its case number and company ("337-TA-1452 · 宁波示例光伏"),
 * the id's tail only when the request has no case number (two 337 requests must not look alike).
 */
export async function requestRef(db: Db, requestId: string): Promise<string> {
  const r = await db.guidanceRequest.findUnique({ where: { id: requestId }, select: { caseNumber: true, company: { select: { nameZh: true } } } });
  if (!r) return requestId.slice(-8);
  return `${r.caseNumber ?? requestId.slice(-8)} · ${r.company.nameZh}`;
}

export async function staffUserIds(db: Db): Promise<string[]> {
  return (await db.user.findMany({ where: { role: "staff", disabled: false }, select: { id: true } })).map((u) => u.id);
}

export function listNotifications(db: Db, userId: string) {
  return db.notification.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: 100 });
}

export function unreadCount(db: Db, userId: string) {
  return db.notification.count({ where: { userId, readAt: null } });
}

export function markAllRead(db: Db, userId: string) {
  return db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
}
