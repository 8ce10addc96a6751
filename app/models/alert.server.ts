// Alerts as their readers see them: an exporter's inbox (always scoped by the session's
// company), the operators' listing, the staff's name-review queue and dashboard figures.
import { z } from "zod";
import type { Prisma } from "~/generated/prisma/client.ts";
import type { Db } from "~/utils/db.server.ts";
import { parseJsonArray, parseList } from "~/utils/json-list.ts";
import { ITC_RESPONSE_RULE } from "./alert-matching.server.ts";
import { recordAudit } from "./audit.server.ts";
import { SEVERITIES_MOST_FIRST } from "~/domain/severity.ts";

export const INBOX_PAGE_SIZE = 30;

export const InboxFilterSchema = z.object({
  status: z.enum(["unread", "read", "archived", "all"]).catch("all"),
  severity: z.enum([...SEVERITIES_MOST_FIRST, ""]).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type InboxFilter = z.infer<typeof InboxFilterSchema>;

const itemSelect = {
  id: true,
  title: true,
  link: true,
  caseNumber: true,
  caseId: true,
  caseType: true,
  stage: true,
  jurisdiction: true,
  publishedAt: true,
  guid: true,
  source: { select: { visibleToExporters: true } },
} as const;

export async function listInbox(db: Db, companyId: string, filter: InboxFilter) {
  const where: Prisma.AlertWhereInput = {
    companyId,
    // Industry-only matches wait for the digest; they are not listed one by one.
    digestOnly: false,
    ...(filter.severity ? { severity: filter.severity } : {}),
    ...(filter.status === "unread"
      ? { readAt: null, archivedAt: null }
      : filter.status === "read"
        ? { readAt: { not: null }, archivedAt: null }
        : filter.status === "archived"
          ? { archivedAt: { not: null } }
          : { archivedAt: null }),
  };
  const [rows, total] = await Promise.all([
    db.alert.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * INBOX_PAGE_SIZE,
      take: INBOX_PAGE_SIZE,
      include: { riskItem: { select: itemSelect } },
    }),
    db.alert.count({ where }),
  ]);
  return { alerts: rows.map(presentAlert), total, pageSize: INBOX_PAGE_SIZE };
}

export function presentAlert(a: Prisma.AlertGetPayload<{ include: { riskItem: { select: typeof itemSelect } } }>) {
  const reasons = parseJsonArray(a.reasons);
  return {
    id: a.id,
    severity: a.severity,
    reasons,
    caseId: a.caseId,
    readAt: a.readAt,
    archivedAt: a.archivedAt,
    createdAt: a.createdAt,
    responseRule: reasons.some((r) => (r as { responseRule?: string })?.responseRule === ITC_RESPONSE_RULE),
    // The alert stands whatever the source's visibility (a company named in a case is warned),
    // but its item page is one exporters may open only for published sources: the inbox shows
    // the title without a link otherwise, so no alert leads to a 404.
    item: { ...itemFields(a.riskItem), visibleToExporters: a.riskItem.source.visibleToExporters },
  };
}

function itemFields<T extends { source: unknown }>(item: T): Omit<T, "source"> {
  const { source: _source, ...rest } = item;
  return rest;
}

export async function unreadAlertCount(db: Db, companyId: string) {
  return db.alert.count({ where: { companyId, digestOnly: false, readAt: null, archivedAt: null } });
}

/** Marks the company's own alert; false when the id is not theirs (the route answers 404). */
export async function markAlert(db: Db, companyId: string, id: string, action: "read" | "unread" | "archive" | "unarchive") {
  const data =
    action === "read"
      ? { readAt: new Date() }
      : action === "unread"
        ? { readAt: null }
        : action === "archive"
          ? { archivedAt: new Date() }
          : { archivedAt: null };
  const { count } = await db.alert.updateMany({ where: { id, companyId }, data });
  return count === 1;
}

/** Opening an item from the inbox reads its alert. */
export async function markItemAlertRead(db: Db, companyId: string, riskItemId: string) {
  await db.alert.updateMany({ where: { companyId, riskItemId, readAt: null }, data: { readAt: new Date() } });
}

/** The company's alerts for these items (to mark search results that concern it). */
export async function alertedItemIds(db: Db, companyId: string, itemIds: string[]) {
  if (itemIds.length === 0) return new Map<string, string>();
  const rows = await db.alert.findMany({ where: { companyId, riskItemId: { in: itemIds } }, select: { riskItemId: true, severity: true } });
  return new Map(rows.map((r) => [r.riskItemId, r.severity]));
}

/** For `alerts list` (operators). */
export async function listAlertsForOperators(db: Db, filter: { creditCode?: string; severity?: string; limit?: number }) {
  const rows = await db.alert.findMany({
    where: {
      ...(filter.creditCode ? { company: { creditCode: filter.creditCode.toUpperCase() } } : {}),
      ...(filter.severity ? { severity: filter.severity } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: filter.limit ?? 50,
    include: { company: { select: { creditCode: true, nameZh: true } }, riskItem: { select: itemSelect } },
  });
  return rows.map((a) => ({
    id: a.id,
    severity: a.severity,
    companyCreditCode: a.company.creditCode,
    companyName: a.company.nameZh,
    itemId: a.riskItem.id,
    itemGuid: a.riskItem.guid,
    itemLink: a.riskItem.link,
    itemTitle: a.riskItem.title,
    caseNumber: a.riskItem.caseNumber,
    reasons: parseJsonArray(a.reasons),
    createdAt: a.createdAt.toISOString(),
  }));
}

// ── Staff: grey-zone party names ("is this our company?") ──

export async function listPartyReviews(db: Db, status: "pending" | "confirmed" | "rejected" = "pending") {
  const rows = await db.partyMatchReview.findMany({
    where: { status },
    orderBy: [{ createdAt: "desc" }],
    take: 100,
    include: {
      company: { select: { id: true, nameZh: true, nameEn: true, city: true, creditCode: true } },
      riskItem: { select: itemSelect },
    },
  });
  return rows.map((r) => ({ ...r, evidence: parseList(r.evidence) }));
}

export class ReviewAlreadyDecidedError extends Error {}

/** Staff confirm (the company is named: a critical alert) or reject a grey-zone name. */
export async function decidePartyReview(db: Db, id: string, decision: "confirm" | "reject", actorId: string) {
  return db.$transaction(async (tx) => {
    const review = await tx.partyMatchReview.findUnique({ where: { id }, include: { riskItem: { select: { caseId: true, caseType: true } } } });
    if (!review) return null;
    const { count } = await tx.partyMatchReview.updateMany({
      where: { id, status: "pending" },
      data: { status: decision === "confirm" ? "confirmed" : "rejected", decidedById: actorId, decidedAt: new Date() },
    });
    if (count !== 1) throw new ReviewAlreadyDecidedError();
    if (decision === "confirm") {
      const severity = review.partyRole === "respondent" ? "critical" : "high";
      const reason = {
        kind: "party",
        role: review.partyRole,
        name: review.partyName,
        score: review.score,
        evidence: parseList(review.evidence),
        confirmedBy: "staff",
        ...(severity === "critical" && review.riskItem.caseType === "us-itc-337" ? { responseRule: ITC_RESPONSE_RULE } : {}),
      };
      const existing = await tx.alert.findUnique({ where: { companyId_riskItemId: { companyId: review.companyId, riskItemId: review.riskItemId } } });
      if (existing) {
        await tx.alert.update({
          where: { id: existing.id },
          data: {
            severity,
            reasons: JSON.stringify([reason, ...parseJsonArray(existing.reasons)]),
            subscriptionId: null,
            partyScore: review.score,
            emailedAt: null,
            digestedAt: null,
          },
        });
      } else {
        await tx.alert.create({
          data: {
            companyId: review.companyId,
            riskItemId: review.riskItemId,
            caseId: review.riskItem.caseId,
            severity,
            reasons: JSON.stringify([reason]),
            partyScore: review.score,
          },
        });
      }
    }
    await recordAudit(tx, {
      actorId,
      action: `party-review.${decision}`,
      entity: "party-review",
      entityId: id,
      after: { companyId: review.companyId, partyName: review.partyName },
    });
    return review;
  });
}

/** The staff dashboard's warn panel. */
export async function warnOverview(db: Db, now = new Date()) {
  const since = new Date(now.getTime() - 7 * 24 * 3600_000);
  const [critical, pendingReviews, alertsWeek] = await Promise.all([
    db.alert.findMany({
      where: { severity: "critical" },
      orderBy: { createdAt: "desc" },
      take: 10,
      include: { company: { select: { id: true, nameZh: true } }, riskItem: { select: itemSelect } },
    }),
    db.partyMatchReview.count({ where: { status: "pending" } }),
    db.alert.count({ where: { createdAt: { gte: since } } }),
  ]);
  const companiesNamed = new Set(critical.map((c) => c.companyId)).size;
  return {
    pendingReviews,
    alertsWeek,
    companiesNamed,
    critical: critical.map((a) => ({ id: a.id, createdAt: a.createdAt, company: a.company, item: a.riskItem, caseId: a.caseId })),
  };
}
