// The Case page: one foreign case with its notices in order and, for staff, the local
// companies it names (critical alerts) with their contacts, so a joint defence can be organised.
import { z } from "zod";
import { applyCorrections, correctionApplies, mergeParties, readParties, type PartyCorrection } from "~/matching/case-parties.ts";
import type { Db } from "~/utils/db.server.ts";
import { parseList } from "~/utils/json-list.ts";
import { loadCorrections, loadMatchContext, rematchCaseItems } from "./alert-matching.server.ts";
import { recordAudit } from "./audit.server.ts";
import { presentCaseTimeline } from "./risk-item-presenters.server.ts";

async function loadCase(db: Db, id: string) {
  const row = await db.case.findUnique({
    where: { id },
    include: {
      items: {
        select: { id: true, title: true, stage: true, publishedAt: true, respondents: true, complainants: true, htsCodes: true },
        orderBy: { publishedAt: "asc" },
        take: 500,
      },
    },
  });
  if (!row) return null;
  const corrections = (await loadCorrections(db, [id])).get(id) ?? [];
  // The parties every notice named (a notice mirrored by another source was never merged into
  // the case row), then the staff's corrections on top.
  const parties = applyCorrections(
    {
      respondents: mergeParties(readParties(row.respondents), ...row.items.map((i) => readParties(i.respondents))),
      complainants: mergeParties(readParties(row.complainants), ...row.items.map((i) => readParties(i.complainants))),
    },
    corrections,
  );
  return {
    id: row.id,
    title: row.title,
    numbers: [row.investigationNumber, row.docketNumber, row.otherNumber].filter((n): n is string => Boolean(n)),
    caseType: row.caseType,
    jurisdiction: row.jurisdiction,
    stage: row.stage,
    complainants: parties.complainants,
    respondents: parties.respondents,
    products: parseList(row.products),
    htsCodes: [...new Set([...parseList(row.htsCodes), ...row.items.flatMap((i) => parseList(i.htsCodes))])],
    firstSeenAt: row.firstSeenAt.toISOString(),
    timeline: presentCaseTimeline(row.items, null),
  };
}

/** Whether the company may open the case page: it has an alert on the case. */
export async function companyCanSeeCase(db: Db, companyId: string, caseId: string) {
  return (await db.alert.count({ where: { companyId, OR: [{ caseId }, { riskItem: { caseId } }] } })) > 0;
}

/** An exporter sees a case only when it has an alert on it; otherwise null (the route answers 404). */
/**
 * The company's alert on a case, or null: an exporter reaches a case (its page, its facts in a
 * request form) only through an alert of its own, never by guessing a case id.
 */
export function companyAlertOnCase(db: Db, companyId: string, caseId: string) {
  return db.alert.findFirst({ where: { companyId, OR: [{ caseId }, { riskItem: { caseId } }] }, select: { id: true, severity: true } });
}

export async function getCaseForCompany(db: Db, companyId: string, id: string) {
  const alert = await companyAlertOnCase(db, companyId, id);
  if (!alert) return null;
  const kase = await loadCase(db, id);
  return kase ? { ...kase, alert } : null;
}

/** Staff: the case and its local co-respondents — companies with a critical alert on any of its items. */
export async function getCaseForStaff(db: Db, id: string) {
  const kase = await loadCase(db, id);
  if (!kase) return null;
  const alerts = await db.alert.findMany({
    where: { severity: "critical", OR: [{ caseId: id }, { riskItem: { caseId: id } }] },
    orderBy: { createdAt: "asc" },
    include: {
      company: {
        select: {
          id: true,
          nameZh: true,
          nameEn: true,
          city: true,
          creditCode: true,
          contactEmail: true,
          users: { where: { role: "exporter" }, select: { name: true, email: true } },
        },
      },
    },
  });
  const byCompany = new Map<string, { company: (typeof alerts)[number]["company"]; alertIds: string[] }>();
  for (const a of alerts) {
    const entry = byCompany.get(a.companyId) ?? { company: a.company, alertIds: [] };
    entry.alertIds.push(a.id);
    byCompany.set(a.companyId, entry);
  }
  const coRespondents = [...byCompany.values()].map(({ company, alertIds }) => ({
    id: company.id,
    nameZh: company.nameZh,
    nameEn: company.nameEn,
    city: company.city,
    creditCode: company.creditCode,
    alertCount: alertIds.length,
    contacts: [...new Set([company.contactEmail, ...company.users.map((u) => u.email)].filter((e): e is string => Boolean(e)))],
  }));
  return { ...kase, coRespondents };
}

const optionalName = z
  .string()
  .trim()
  .max(500, "form.tooLong|max=500")
  .optional()
  .transform((v) => v || null);

/** A staff correction of one party (add, remove or fix a respondent or complainant). */
export const PartyCorrectionSchema = z
  .object({
    role: z.enum(["respondent", "complainant"], { message: "form.required" }),
    action: z.enum(["add", "remove", "fix"], { message: "form.required" }),
    previousName: optionalName,
    name: optionalName,
    location: z
      .string()
      .trim()
      .max(200, "form.tooLong|max=200")
      .optional()
      .transform((v) => v || null),
    /** The extraction review this correction resolves, when made from the queue. */
    reviewItemId: z
      .string()
      .max(64)
      .optional()
      .transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    if (v.action !== "remove" && !v.name) ctx.addIssue({ code: "custom", path: ["name"], message: "form.required" });
    if (v.action !== "add" && !v.previousName) ctx.addIssue({ code: "custom", path: ["previousName"], message: "form.required" });
  });
export type PartyCorrectionInput = z.infer<typeof PartyCorrectionSchema>;

export class UnknownPartyError extends Error {}

/**
 * Saves a staff correction of a case's parties and matches the case's items again with it,
 * in one transaction with its audit entry: newly matched companies get their critical alert
 * at once (unique per company and item), grey-zone names go to the review queue. Null when
 * the case does not exist; UnknownPartyError when a removed or fixed name is not a party.
 */
export async function correctCaseParties(db: Db, caseId: string, input: PartyCorrectionInput, staffId: string) {
  const kase = await loadCase(db, caseId);
  if (!kase) return null;
  const correction: PartyCorrection = { role: input.role, action: input.action, previousName: input.previousName, name: input.name, location: input.location };
  const current = input.role === "respondent" ? kase.respondents : kase.complainants;
  if (!correctionApplies(current, correction)) throw new UnknownPartyError(input.previousName ?? "");
  // Subscriptions and the party index are read before the write transaction (SQLite has one writer).
  const ctx = await loadMatchContext(db);
  return db.$transaction(async (tx) => {
    const row = await tx.casePartyCorrection.create({ data: { caseId, ...correction, createdById: staffId } });
    const all = (await loadCorrections(tx, [caseId])).get(caseId) ?? [];
    const matched = await rematchCaseItems(tx, ctx, caseId, all);
    if (input.reviewItemId) {
      await tx.riskItem.updateMany({ where: { id: input.reviewItemId, caseId, doubtsResolvedAt: null }, data: { doubtsResolvedAt: new Date() } });
    }
    await recordAudit(tx, {
      actorId: staffId,
      action: "case.parties.correct",
      entity: "case",
      entityId: caseId,
      before: input.previousName ? { role: input.role, name: input.previousName } : undefined,
      after: { ...correction, correctionId: row.id, alerts: matched.alerts, reviews: matched.reviews, resolvedReview: input.reviewItemId },
    });
    return { correctionId: row.id, ...matched };
  });
}

/** The corrections of a case, newest first, with who made them. */
export async function listCaseCorrections(db: Db, caseId: string) {
  const rows = await db.casePartyCorrection.findMany({ where: { caseId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 200 });
  const users = await db.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.createdById))] } }, select: { id: true, name: true, email: true } });
  const byId = new Map(users.map((u) => [u.id, u.name || u.email]));
  return rows.map((r) => ({
    id: r.id,
    role: r.role,
    action: r.action,
    previousName: r.previousName,
    name: r.name,
    location: r.location,
    by: byId.get(r.createdById) ?? null,
    createdAt: r.createdAt.toISOString(),
  }));
}
