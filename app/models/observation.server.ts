// Observation enterprises and organisations (海外知识产权观察企业): staff designate members;
// members report what they see abroad; staff triage a report into a risk item (through the
// same normalise → store → match path as a feed entry, source "observation"), a note on a
// followed case, or the file. Members see their own reports and the outcome only.
import { z } from "zod";
import { normaliseEntry } from "~/ingest/normalise.server.ts";
import { MEMBER_KINDS, QUIET_AFTER_DAYS, URGENCIES } from "~/support/vocabulary.ts";
import type { Db } from "~/utils/db.server.ts";
import { splitList } from "~/utils/forms.server.ts";
import { recordAudit } from "./audit.server.ts";
import { notifyUsers, staffUserIds } from "./notification.server.ts";
import { storeRiskItems } from "./risk-item.server.ts";

/** The source every observation item is stored under (never fetched: it has no feed). */
export const OBSERVATION_SOURCE_URL = "observation:reports";

const day = z
  .string()
  .trim()
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)), "support.err.date")
  .transform((v) => new Date(`${v}T00:00:00+08:00`));

export const MemberInputSchema = z
  .object({
    companyId: z.string().trim().min(1, "form.required"),
    memberKind: z.enum(MEMBER_KINDS, { message: "support.err.choice" }),
    contactName: z.string().trim().min(1, "form.required").max(100, "support.err.tooLong"),
    contactEmail: z
      .string()
      .trim()
      .max(200, "support.err.tooLong")
      .optional()
      .refine((v) => !v || /^[^@\s]+@[^@\s]+$/.test(v), "form.invalidEmail")
      .transform((v) => v || null),
    contactPhone: z
      .string()
      .trim()
      .max(50, "support.err.tooLong")
      .optional()
      .transform((v) => v || null),
    termFrom: day,
    termTo: day,
  })
  .refine((v) => v.termTo > v.termFrom, { path: ["termTo"], message: "support.err.endBeforeStart" });
export type MemberInput = z.infer<typeof MemberInputSchema>;

export async function designateMember(db: Db, input: MemberInput, actorId: string) {
  const company = await db.company.findUnique({ where: { id: input.companyId }, select: { id: true } });
  if (!company) return null;
  return db.$transaction(async (tx) => {
    const row = await tx.observationMember.upsert({
      where: { companyId: input.companyId },
      create: { ...input, designatedById: actorId, active: true },
      update: { ...input, active: true },
    });
    // The flag on the company profile (observationEnterprise) follows the membership.
    await tx.company.update({ where: { id: input.companyId }, data: { observationEnterprise: true } });
    await recordAudit(tx, { actorId, action: "observation-member.designate", entity: "observation-member", entityId: row.id, after: input });
    return row;
  });
}

/** Ends a membership; null when there is no such member (the route answers 404). */
export async function endMembership(db: Db, memberId: string, actorId: string) {
  return db.$transaction(async (tx) => {
    if (!(await tx.observationMember.findUnique({ where: { id: memberId }, select: { id: true } }))) return null;
    const row = await tx.observationMember.update({ where: { id: memberId }, data: { active: false } });
    await tx.company.update({ where: { id: row.companyId }, data: { observationEnterprise: false } });
    await recordAudit(tx, { actorId, action: "observation-member.end", entity: "observation-member", entityId: row.id });
    return row;
  });
}

/** The member row of a company whose term covers `at`, or null. */
export function activeMembership(db: Db, companyId: string, at = new Date()) {
  return db.observationMember.findFirst({ where: { companyId, active: true, termFrom: { lte: at }, termTo: { gte: at } } });
}

/** Members with their last report, quiet ones flagged (nothing for QUIET_AFTER_DAYS days). */
export async function listMembers(db: Db, now = new Date()) {
  const members = await db.observationMember.findMany({ orderBy: { createdAt: "asc" } });
  const companies = await db.company.findMany({ where: { id: { in: members.map((m) => m.companyId) } }, select: { id: true, nameZh: true, nameEn: true } });
  const last = await db.observation.groupBy({ by: ["memberId"], _max: { createdAt: true }, _count: { _all: true } });
  const quietBefore = new Date(now.getTime() - QUIET_AFTER_DAYS * 86_400_000);
  return members.map((m) => {
    const stats = last.find((l) => l.memberId === m.id);
    const lastAt = stats?._max.createdAt ?? null;
    return {
      ...m,
      company: companies.find((c) => c.id === m.companyId) ?? null,
      reports: stats?._count._all ?? 0,
      lastReportAt: lastAt,
      quiet: m.active && (lastAt ? lastAt < quietBefore : m.createdAt < quietBefore),
    };
  });
}

export const ObservationInputSchema = z.object({
  country: z.string().trim().min(1, "form.required").max(80, "support.err.tooLong"),
  forum: z
    .string()
    .trim()
    .max(200, "support.err.tooLong")
    .optional()
    .transform((v) => v || null),
  title: z.string().trim().min(4, "support.err.tooShort").max(300, "support.err.tooLong"),
  whatHappened: z.string().trim().min(10, "support.err.tooShort").max(5000, "support.err.tooLong"),
  parties: z
    .string()
    .optional()
    .transform((v) => splitList(v)),
  products: z
    .string()
    .optional()
    .transform((v) => splitList(v)),
  links: z
    .string()
    .optional()
    .transform((v) => (v ?? "").split(/\s+/).filter(Boolean))
    .refine((v) => v.every((l) => /^https?:\/\/\S+$/i.test(l) && l.length <= 2000), "support.err.link"),
  urgency: z.enum(URGENCIES, { message: "support.err.choice" }),
});
export type ObservationInput = z.infer<typeof ObservationInputSchema>;

export async function submitObservation(db: Db, input: { companyId: string; userId: string; data: ObservationInput }) {
  const member = await activeMembership(db, input.companyId);
  if (!member) return null;
  const { data } = input;
  const row = await db.$transaction(async (tx) => {
    const obs = await tx.observation.create({
      data: {
        memberId: member.id,
        companyId: input.companyId,
        submittedById: input.userId,
        country: data.country,
        forum: data.forum,
        title: data.title,
        whatHappened: data.whatHappened,
        parties: JSON.stringify(data.parties),
        products: JSON.stringify(data.products),
        links: JSON.stringify(data.links),
        urgency: data.urgency,
      },
    });
    await recordAudit(tx, {
      actorId: input.userId,
      action: "observation.submit",
      entity: "observation",
      entityId: obs.id,
      after: { title: data.title, urgency: data.urgency },
    });
    return obs;
  });
  await notifyUsers(db, await staffUserIds(db), {
    kind: "observation",
    messageKey: "support.notify.observation",
    params: { title: data.title, urgency: `@support.urgency.${data.urgency}` },
    link: `/staff/observations/${row.id}`,
  });
  return row;
}

export function listOwnObservations(db: Db, companyId: string) {
  return db.observation.findMany({ where: { companyId }, orderBy: { createdAt: "desc" } });
}

export function getOwnObservation(db: Db, id: string, companyId: string) {
  return db.observation.findFirst({ where: { id, companyId } });
}

export function listObservationsForStaff(db: Db, filter: { state?: string } = {}) {
  return db.observation.findMany({ where: filter.state ? { state: filter.state } : {}, orderBy: [{ createdAt: "desc" }], take: 200 });
}

export function getObservationForStaff(db: Db, id: string) {
  return db.observation.findUnique({ where: { id } });
}

async function ensureObservationSource(db: Db) {
  const existing = await db.source.findUnique({ where: { url: OBSERVATION_SOURCE_URL } });
  if (existing) return existing;
  return db.source.create({
    data: {
      name: "观察企业报告 Observation reports",
      url: OBSERVATION_SOURCE_URL,
      kind: "news",
      jurisdiction: "CN",
      language: "zh",
      // Never polled: there is no feed behind it. Its items are written by triage below.
      enabled: false,
      alertable: true,
      visibleToExporters: true,
      backfilledAt: new Date(),
    },
  });
}

function escapeHtml(text: string) {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
}

/** The report as a feed entry would carry it: title, and the text as paragraphs. */
export function observationEntryText(o: { title: string; whatHappened: string; parties: string[]; products: string[] }) {
  const lines = [o.whatHappened, ...o.parties.map((p) => p), ...o.products.map((p) => p)];
  return { title: o.title, html: lines.map((l) => `<p>${escapeHtml(l)}</p>`).join("") };
}

export type TriageDecision = { to: "item" } | { to: "case-note"; caseId: string } | { to: "filed" };

/**
 * Staff decide what a report becomes. An item goes through normaliseEntry and storeRiskItems
 * exactly like a feed entry, then the matching job writes its alerts.
 */
export async function triageObservation(db: Db, input: { id: string; decision: TriageDecision; note: string | null; actorId: string }) {
  const o = await db.observation.findUnique({ where: { id: input.id } });
  if (!o) return { ok: false as const, error: "not-found" as const };
  if (o.state !== "submitted") return { ok: false as const, error: "already-triaged" as const };
  const now = new Date();
  let riskItemId: string | null = null;
  let caseId: string | null = null;
  let state: "item-created" | "case-noted" | "filed" = "filed";
  if (input.decision.to === "item") {
    const source = await ensureObservationSource(db);
    const parties = JSON.parse(o.parties) as string[];
    const products = JSON.parse(o.products) as string[];
    const links = JSON.parse(o.links) as string[];
    const text = observationEntryText({ title: o.title, whatHappened: o.whatHappened, parties, products });
    const language = /[\u4e00-\u9fff]/.test(o.title + o.whatHappened) ? "zh" : "en";
    const normalised = normaliseEntry(
      {
        index: 0,
        id: `observation:${o.id}`,
        title: text.title,
        link: links[0] ?? null,
        summaryHtml: text.html,
        contentHtml: null,
        published: o.createdAt,
        updated: null,
        authors: [],
        categories: [],
      },
      { id: source.id, kind: "news", jurisdiction: o.country.toUpperCase().slice(0, 8), language },
      now,
    );
    if (!normalised.ok) return { ok: false as const, error: "not-normalisable" as const };
    const stored = await storeRiskItems(db, [normalised.item], { sourceId: source.id, alertable: true, fetchedAt: now, kind: "news" });
    riskItemId =
      stored.createdIds[0] ?? (await db.riskItem.findFirst({ where: { sourceId: source.id, guid: `observation:${o.id}` }, select: { id: true } }))?.id ?? null;
    state = "item-created";
  } else if (input.decision.to === "case-note") {
    const kase = await db.case.findUnique({ where: { id: input.decision.caseId }, select: { id: true } });
    if (!kase) return { ok: false as const, error: "case-not-found" as const };
    caseId = kase.id;
    state = "case-noted";
  }
  await db.$transaction(async (tx) => {
    const { count } = await tx.observation.updateMany({
      where: { id: o.id, state: "submitted" },
      data: { state, riskItemId, caseId, outcomeNote: input.note, triagedById: input.actorId, triagedAt: now },
    });
    if (count !== 1) throw new Error("observation triaged concurrently");
    if (caseId) {
      await tx.caseNote.create({ data: { caseId, body: `${o.title}\n${o.whatHappened}`, authorId: input.actorId, observationId: o.id } });
    }
    await recordAudit(tx, {
      actorId: input.actorId,
      action: `observation.${state}`,
      entity: "observation",
      entityId: o.id,
      after: { state, riskItemId, caseId, note: input.note },
    });
  });
  const members = await db.user.findMany({ where: { companyId: o.companyId, role: "exporter" }, select: { id: true } });
  await notifyUsers(
    db,
    members.map((u) => u.id),
    {
      kind: "observation",
      messageKey: "support.notify.observationOutcome",
      params: { title: o.title, state: `@support.observation.state.${state}` },
      link: `/exporter/observations/${o.id}`,
    },
  );
  return { ok: true as const, state, riskItemId, caseId };
}

export function caseNotes(db: Db, caseId: string) {
  return db.caseNote.findMany({ where: { caseId }, orderBy: { createdAt: "desc" } });
}

/** Monthly: each active member's users get one reminder per month (the month is stamped on the member). */
export async function remindMembers(db: Db, now: Date) {
  const month = now.toISOString().slice(0, 7);
  const members = await db.observationMember.findMany({
    where: { active: true, termFrom: { lte: now }, termTo: { gte: now }, OR: [{ remindedMonth: null }, { remindedMonth: { not: month } }] },
  });
  let sent = 0;
  for (const m of members) {
    const { count } = await db.observationMember.updateMany({
      where: { id: m.id, OR: [{ remindedMonth: null }, { remindedMonth: { not: month } }] },
      data: { remindedMonth: month },
    });
    if (count !== 1) continue;
    const reports = await db.observation.count({ where: { memberId: m.id, createdAt: { gte: new Date(`${month}-01T00:00:00Z`) } } });
    const users = await db.user.findMany({ where: { companyId: m.companyId, role: "exporter" }, select: { id: true } });
    await notifyUsers(
      db,
      users.map((u) => u.id),
      {
        kind: "observation-reminder",
        messageKey: "support.notify.observationReminder",
        params: { month, count: String(reports) },
        link: "/exporter/observations/new",
      },
    );
    sent += 1;
  }
  return { members: members.length, sent };
}

/** Reports per member in [from, to) (for the statistics: each member's own count). */
export async function observationCounts(db: Db, period: { from: Date; to: Date }) {
  const rows = await db.observation.groupBy({ by: ["memberId", "state"], where: { createdAt: { gte: period.from, lt: period.to } }, _count: { _all: true } });
  return rows.map((r) => ({ memberId: r.memberId, state: r.state, count: r._count._all }));
}
