// Expert pool (专家库) profiles.
import { z } from "zod";
import type { Db } from "~/utils/db.server.ts";
import { parseList, toListText } from "~/utils/json-list.ts";
import { recordAudit } from "./audit.server.ts";

export const ExpertProfileSchema = z.object({
  displayNameZh: z.string().trim().min(1, "form.required").max(100, "form.tooLong"),
  displayNameEn: z.string().trim().max(100).nullish(),
  organisation: z.string().trim().max(200).nullish(),
  title: z.string().trim().max(100).nullish(),
  ipTypes: z.array(z.string()).default([]),
  jurisdictions: z.array(z.string()).default([]),
  industries: z.array(z.string()).default([]),
  languages: z.array(z.string()).default([]),
  capacity: z.number().int().min(0).max(50).default(3),
  bio: z.string().max(4000).nullish(),
});

export type ExpertProfileInput = z.input<typeof ExpertProfileSchema>;

export async function createExpertProfile(db: Db, userId: string, input: ExpertProfileInput, actorId: string | null) {
  return db.$transaction(async (tx) => {
    const p = ExpertProfileSchema.parse(input);
    const row = await tx.expertProfile.create({
      data: {
        userId,
        displayNameZh: p.displayNameZh,
        displayNameEn: p.displayNameEn ?? null,
        organisation: p.organisation ?? null,
        title: p.title ?? null,
        ipTypes: toListText(p.ipTypes),
        jurisdictions: toListText(p.jurisdictions),
        industries: toListText(p.industries),
        languages: toListText(p.languages),
        capacity: p.capacity,
        bio: p.bio ?? null,
      },
    });
    await recordAudit(tx, { actorId, action: "expert.create", entity: "expert", entityId: row.id, after: p });
    return row;
  });
}

export async function getExpertProfileForUser(db: Db, userId: string) {
  const row = await db.expertProfile.findUnique({ where: { userId } });
  if (!row) return null;
  return {
    ...row,
    ipTypes: parseList(row.ipTypes),
    jurisdictions: parseList(row.jurisdictions),
    industries: parseList(row.industries),
    languages: parseList(row.languages),
  };
}

export async function countExperts(db: Db) {
  return db.expertProfile.count();
}

// ---- staff management and the expert's own profile ----

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "2026-07-01..2026-07-14" per line → windows; each must be two dates with start ≤ end. */
export function parseWindowsText(text: string): { from: string; to: string }[] | null {
  const out: { from: string; to: string }[] = [];
  for (const line of text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    const [from, to] = line.split(/\s*(?:\.\.|～|~|至|to)\s*/);
    if (!from || !to || !DATE.test(from) || !DATE.test(to) || from > to || Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to))) return null;
    out.push({ from, to });
  }
  return out;
}
export function windowsToText(json: string): string {
  try {
    const v = JSON.parse(json) as { from: string; to: string }[];
    return Array.isArray(v) ? v.map((w) => `${w.from}..${w.to}`).join("\n") : "";
  } catch {
    return "";
  }
}

const capacityField = z.coerce
  .number({ message: "experts.invalidCapacity" })
  .int("experts.invalidCapacity")
  .min(0, "experts.invalidCapacity")
  .max(50, "experts.invalidCapacity");
const windowsField = z
  .string()
  .default("")
  .transform((text, ctx) => {
    const w = parseWindowsText(text);
    if (!w) {
      ctx.addIssue({ code: "custom", message: "experts.invalidWindow" });
      return z.NEVER;
    }
    return w;
  });
const listField = z.array(z.string().trim().min(1).max(200)).max(200).default([]);

/** What the expert may change about themselves: availability, capacity, conflicts. */
export const ExpertSelfSchema = z.object({
  capacity: capacityField,
  unavailable: windowsField,
  conflictCompanies: listField,
  conflictFirms: listField,
});

export const ExpertStaffSchema = ExpertSelfSchema.extend({
  displayNameZh: z.string().trim().min(1, "form.required").max(100, "form.tooLong|max=100"),
  displayNameEn: z.string().trim().max(100, "form.tooLong|max=100").default(""),
  organisation: z.string().trim().max(200, "form.tooLong|max=200").default(""),
  title: z.string().trim().max(100, "form.tooLong|max=100").default(""),
  ipTypes: listField,
  jurisdictions: z
    .array(
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z]{2,5}$/, "sources.invalidJurisdiction"),
    )
    .default([]),
  industries: listField,
  languages: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[a-z]{2,3}$/, "sources.invalidLanguage"),
    )
    .default([]),
  feeNote: z.string().trim().max(2000, "form.tooLong|max=2000").default(""),
  bio: z.string().trim().max(4000, "form.tooLong|max=4000").default(""),
  active: z.boolean().default(true),
});
export type ExpertStaffInput = z.infer<typeof ExpertStaffSchema>;

/** Form → schema input: checkbox groups arrive repeated, lists as text split on commas/lines. */
export function expertFormValues(form: FormData, split: (v: string) => string[]) {
  const text = (k: string) => (typeof form.get(k) === "string" ? (form.get(k) as string) : "");
  return {
    displayNameZh: text("displayNameZh"),
    displayNameEn: text("displayNameEn"),
    organisation: text("organisation"),
    title: text("title"),
    ipTypes: form.getAll("ipTypes").map(String),
    industries: form.getAll("industries").map(String),
    jurisdictions: split(text("jurisdictions")),
    languages: split(text("languages")),
    capacity: text("capacity"),
    unavailable: text("unavailable"),
    conflictCompanies: text("conflictCompanies")
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean),
    conflictFirms: text("conflictFirms")
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean),
    feeNote: text("feeNote"),
    bio: text("bio"),
    active: form.getAll("active").at(-1) !== "false",
  };
}

function staffData(p: ExpertStaffInput) {
  return {
    displayNameZh: p.displayNameZh,
    displayNameEn: p.displayNameEn || null,
    organisation: p.organisation || null,
    title: p.title || null,
    ipTypes: toListText(p.ipTypes),
    jurisdictions: toListText(p.jurisdictions),
    industries: toListText(p.industries),
    languages: toListText(p.languages),
    capacity: p.capacity,
    unavailable: JSON.stringify(p.unavailable),
    conflictCompanies: toListText(p.conflictCompanies),
    conflictFirms: toListText(p.conflictFirms),
    feeNote: p.feeNote || null,
    bio: p.bio || null,
    active: p.active,
  };
}

export async function updateExpertByStaff(db: Db, expertId: string, p: ExpertStaffInput, actorId: string) {
  return db.$transaction(async (tx) => {
    const before = await tx.expertProfile.findUnique({ where: { id: expertId } });
    if (!before) return null;
    const row = await tx.expertProfile.update({ where: { id: expertId }, data: staffData(p) });
    await recordAudit(tx, { actorId, action: "expert.update", entity: "expert", entityId: expertId, before, after: p });
    return row;
  });
}

/** Staff create the login and the profile together. */
export async function createExpertByStaff(db: Db, account: { userId: string }, p: ExpertStaffInput, actorId: string) {
  return db.$transaction(async (tx) => {
    const row = await tx.expertProfile.create({ data: { userId: account.userId, ...staffData(p) } });
    await recordAudit(tx, { actorId, action: "expert.create", entity: "expert", entityId: row.id, after: p });
    return row;
  });
}

/**
 * `present` names the fields the form carried: a field left out of the post is unchanged, not
 * emptied (a post without capacity once set it to 0 and cleared the conflict lists).
 */
export async function updateOwnExpertProfile(db: Db, userId: string, p: z.infer<typeof ExpertSelfSchema>, present?: (key: string) => boolean) {
  return db.$transaction(async (tx) => {
    const has = present ?? (() => true);
    const row = await tx.expertProfile.update({
      where: { userId },
      data: {
        capacity: has("capacity") ? p.capacity : undefined,
        unavailable: has("unavailable") ? JSON.stringify(p.unavailable) : undefined,
        conflictCompanies: has("conflictCompanies") ? toListText(p.conflictCompanies) : undefined,
        conflictFirms: has("conflictFirms") ? toListText(p.conflictFirms) : undefined,
      },
    });
    await recordAudit(tx, { actorId: userId, action: "expert.update-own", entity: "expert", entityId: row.id, after: p });
    return row;
  });
}

export const ExpertListQuerySchema = z.object({
  ipType: z.string().max(50).optional().catch(undefined),
  jurisdiction: z.string().max(10).optional().catch(undefined),
  industry: z.string().max(80).optional().catch(undefined),
  active: z.enum(["yes", "no"]).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
});

/** The pool with open assignment counts and ratings (closed requests), filtered in memory: the pool is small. */
export async function listExperts(db: Db, filter: z.infer<typeof ExpertListQuerySchema>) {
  const rows = await db.expertProfile.findMany({
    orderBy: { displayNameZh: "asc" },
    include: { user: { select: { email: true } }, assignments: { select: { status: true, request: { select: { rating: true, state: true } } } } },
  });
  return rows
    .map((r) => presentExpert(r))
    .filter(
      (e) =>
        (!filter.ipType || e.ipTypes.includes(filter.ipType)) &&
        (!filter.jurisdiction || e.jurisdictions.includes(filter.jurisdiction.toUpperCase())) &&
        (!filter.industry || e.industries.includes(filter.industry)) &&
        (!filter.active || e.active === (filter.active === "yes")) &&
        (!filter.q || `${e.displayNameZh} ${e.displayNameEn ?? ""} ${e.organisation ?? ""}`.toLowerCase().includes(filter.q.toLowerCase())),
    );
}

type ExpertRow = Awaited<ReturnType<Db["expertProfile"]["findFirstOrThrow"]>> & {
  user: { email: string };
  assignments: { status: string; request: { rating: number | null; state: string } }[];
};
function presentExpert(r: ExpertRow) {
  const ratings = r.assignments.filter((a) => a.status === "completed" && a.request.rating !== null).map((a) => a.request.rating!);
  return {
    id: r.id,
    email: r.user.email,
    displayNameZh: r.displayNameZh,
    displayNameEn: r.displayNameEn,
    organisation: r.organisation,
    title: r.title,
    ipTypes: parseList(r.ipTypes),
    jurisdictions: parseList(r.jurisdictions),
    industries: parseList(r.industries),
    languages: parseList(r.languages),
    capacity: r.capacity,
    open: r.assignments.filter((a) => a.status === "proposed" || a.status === "accepted").length,
    active: r.active,
    ratings,
    averageRating: ratings.length ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 10) / 10 : null,
  };
}

export async function getExpertForStaff(db: Db, id: string) {
  const r = await db.expertProfile.findUnique({
    where: { id },
    include: { user: { select: { email: true } }, assignments: { select: { status: true, request: { select: { rating: true, state: true } } } } },
  });
  if (!r) return null;
  return {
    ...presentExpert(r),
    unavailableText: windowsToText(r.unavailable),
    conflictCompanies: parseList(r.conflictCompanies),
    conflictFirms: parseList(r.conflictFirms),
    feeNote: r.feeNote,
    bio: r.bio,
  };
}
