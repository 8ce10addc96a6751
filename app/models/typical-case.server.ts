// Typical cases (典型案例): proposed by staff from a closed request or a followed case, anonymised
// on the company's request, reviewed and published; the public text is indexed in Meilisearch
// through the search outbox. Exporters only ever read the published (masked) text.
import type { Meilisearch } from "meilisearch";
import { z } from "zod";
import { indexUid } from "#search/client.server.ts";
import { typicalCasesIndex, type TypicalCaseDocument, type TypicalCaseRow } from "#search/indexes/typical-cases.ts";
import { deleteDocuments, ensureIndex, upsertDocuments } from "#search/sync.server.ts";
import type { Db } from "~/utils/db.server.ts";
import { parseList } from "~/utils/json-list.ts";
import { recordAudit } from "./audit.server.ts";

export const TYPICAL_CASES_INDEX = typicalCasesIndex.uid;
export const TEXT_FIELDS = ["title", "summary", "facts", "response", "outcome", "lessons"] as const;
const MASK_COMPANY = "某公司";
const MASK_TERM = "某某";
const MASK_AMOUNT = "若干金额";

export class TypicalCaseError extends Error {
  constructor(
    public code: "source" | "not-closed" | "not-found" | "state" | "masked",
    public field?: string,
  ) {
    super(field ? `${code}:${field}` : code);
  }
}

const text = (max: number) => z.string().trim().max(max).default("");
export const TypicalCaseSchema = z.object({
  title: z.string().trim().min(1, { message: "form.required" }).max(200),
  summary: text(5000),
  facts: text(20_000),
  response: text(20_000),
  outcome: text(10_000),
  lessons: text(10_000),
  industry: z
    .string()
    .trim()
    .max(60)
    .optional()
    .transform((v) => v || null),
  jurisdiction: z
    .string()
    .trim()
    .max(20)
    .optional()
    .transform((v) => v || null),
  disputeType: z
    .string()
    .trim()
    .max(60)
    .optional()
    .transform((v) => v || null),
  tags: z
    .string()
    .max(1000)
    .optional()
    .transform((v) => splitTerms(v)),
  anonymise: z
    .union([z.literal("on"), z.literal("true"), z.literal("")])
    .optional()
    .transform((v) => v === "on" || v === "true"),
  maskTerms: z
    .string()
    .max(2000)
    .optional()
    .transform((v) => splitTerms(v)),
});
export type TypicalCaseInput = z.infer<typeof TypicalCaseSchema>;

function splitTerms(v: string | undefined | null): string[] {
  return [
    ...new Set(
      (v ?? "")
        .split(/[;；\n]+/)
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  ];
}

// Amounts in figures with a currency, e.g. "USD 1,200,000", "$3.5 million", "500万元", "€20,000".
const AMOUNT =
  /(?:US\$|USD|RMB|CNY|EUR|€|\$|¥|￥)\s?\d[\d,.]*(?:\s?(?:million|billion|万|亿))?|\d[\d,.]*\s?(?:万|亿)?\s?(?:元|美元|欧元|人民币|USD|EUR|RMB|dollars?)/gi;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Masks the terms (longest first, case-insensitive) and amounts in a text. Pure. */
export function maskText(value: string, companyTerms: readonly string[], otherTerms: readonly string[]): string {
  let out = value;
  const all = [...companyTerms.map((t) => ({ t, m: MASK_COMPANY })), ...otherTerms.map((t) => ({ t, m: MASK_TERM }))]
    .filter((x) => x.t.length >= 2)
    .sort((a, b) => b.t.length - a.t.length);
  for (const { t, m } of all) out = out.replace(new RegExp(escapeRe(t), "gi"), m);
  return out.replace(AMOUNT, MASK_AMOUNT);
}

/** The fields of the published text that still contain a masked term (empty = clean). */
export function unmaskedFields(published: Record<string, unknown>, terms: readonly string[]): string[] {
  const needles = terms.filter((t) => t.length >= 2).map((t) => t.toLowerCase());
  return Object.entries(published)
    .filter(([, v]) => {
      const s = (Array.isArray(v) ? v.join("\n") : String(v ?? "")).toLowerCase();
      return needles.some((n) => s.includes(n)) || (typeof v === "string" && new RegExp(AMOUNT.source, "i").test(v));
    })
    .map(([k]) => k);
}

async function companyTermsOf(db: Db, companyId: string | null): Promise<string[]> {
  if (!companyId) return [];
  const c = await db.company.findUnique({ where: { id: companyId }, select: { nameZh: true, nameEn: true, aliases: true } });
  if (!c) return [];
  // the short name without the legal suffix is masked too ("宁波光明照明有限公司" → "宁波光明照明")
  const names = [c.nameZh, c.nameEn, ...parseList(c.aliases)].filter((x): x is string => !!x);
  const stems = names.map((n) => n.replace(/(股份)?有限(责任)?公司$|,?\s*(Co\.?,?\s*)?(Ltd\.?|Limited|Inc\.?|LLC|Corp\.?)$/i, "").trim());
  return [...new Set([...names, ...stems])];
}

/** Staff propose a typical case from a closed request or a followed case. */
export async function proposeTypicalCase(db: Db, source: { requestId?: string; caseId?: string }, input: TypicalCaseInput, actorId: string) {
  return db.$transaction(async (tx) => {
    let companyId: string | null = null;
    let caseId: string | null = null;
    if (source.requestId) {
      const r = await tx.guidanceRequest.findUnique({ where: { id: source.requestId }, select: { companyId: true, state: true, caseId: true } });
      if (!r) throw new TypicalCaseError("not-found");
      if (r.state !== "closed" && r.state !== "archived") throw new TypicalCaseError("not-closed");
      companyId = r.companyId;
      caseId = r.caseId;
    } else if (source.caseId) {
      const c = await tx.case.findUnique({ where: { id: source.caseId }, select: { id: true } });
      if (!c) throw new TypicalCaseError("not-found");
      caseId = c.id;
    } else throw new TypicalCaseError("source");
    const row = await tx.typicalCase.create({
      data: { ...toData(input), requestId: source.requestId ?? null, caseId, companyId, createdById: actorId },
    });
    await recordAudit(tx, { actorId, action: "typical-case.propose", entity: "TypicalCase", entityId: row.id });
    return row;
  });
}

function toData(input: TypicalCaseInput) {
  return {
    title: input.title,
    summary: input.summary,
    facts: input.facts,
    response: input.response,
    outcome: input.outcome,
    lessons: input.lessons,
    industry: input.industry,
    jurisdiction: input.jurisdiction,
    disputeType: input.disputeType,
    tags: JSON.stringify(input.tags),
    anonymise: input.anonymise,
    maskTerms: JSON.stringify(input.maskTerms),
  };
}

export async function updateTypicalCase(db: Db, id: string, input: TypicalCaseInput, actorId: string) {
  return db.$transaction(async (tx) => {
    const done = await tx.typicalCase.updateMany({ where: { id, status: { in: ["draft", "in-review"] } }, data: toData(input) });
    if (done.count !== 1) throw new TypicalCaseError((await tx.typicalCase.count({ where: { id } })) ? "state" : "not-found");
    await recordAudit(tx, { actorId, action: "typical-case.edit", entity: "TypicalCase", entityId: id });
  });
}

export async function submitTypicalCase(db: Db, id: string, actorId: string) {
  return db.$transaction(async (tx) => {
    const done = await tx.typicalCase.updateMany({ where: { id, status: "draft" }, data: { status: "in-review" } });
    if (done.count !== 1) throw new TypicalCaseError("state");
    await recordAudit(tx, { actorId, action: "typical-case.submit", entity: "TypicalCase", entityId: id });
  });
}

/** The public text: masked when anonymised; refused when a masked term survives in any field. */
export async function publicText(db: Db, row: NonNullable<Awaited<ReturnType<Db["typicalCase"]["findUnique"]>>>) {
  const base = {
    title: row.title,
    summary: row.summary,
    facts: row.facts,
    response: row.response,
    outcome: row.outcome,
    lessons: row.lessons,
    tags: parseList(row.tags),
    industry: row.industry,
    jurisdiction: row.jurisdiction,
    disputeType: row.disputeType,
  };
  if (!row.anonymise) return base;
  const companyTerms = await companyTermsOf(db, row.companyId);
  const others = parseList(row.maskTerms);
  const mask = (s: string) => maskText(s, companyTerms, others);
  const masked = { ...base, ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, mask(base[f])])), tags: base.tags.map(mask) };
  const dirty = unmaskedFields(masked, [...companyTerms, ...others]);
  if (dirty.length) throw new TypicalCaseError("masked", dirty[0]);
  return masked;
}

/** Review passed: freezes the public text, publishes, and queues the search document. */
export async function publishTypicalCase(db: Db, id: string, actorId: string) {
  const row = await db.typicalCase.findUnique({ where: { id } });
  if (!row) throw new TypicalCaseError("not-found");
  if (row.status !== "in-review") throw new TypicalCaseError("state");
  const published = await publicText(db, row);
  await db.$transaction(async (tx) => {
    const done = await tx.typicalCase.updateMany({
      where: { id, status: "in-review" },
      data: { status: "published", published: JSON.stringify(published), publishedAt: new Date(), reviewedById: actorId },
    });
    if (done.count !== 1) throw new TypicalCaseError("state");
    await tx.searchOutbox.create({ data: { indexName: TYPICAL_CASES_INDEX, entityId: id, op: "upsert" } });
    await recordAudit(tx, { actorId, action: "typical-case.publish", entity: "TypicalCase", entityId: id, after: { anonymised: row.anonymise } });
  });
}

/** Withdraws a published case: exporters no longer see it, the search-sync drain deletes its
 * document (the outbox entry), and the audit keeps who withdrew it and why. */
export async function withdrawTypicalCase(db: Db, id: string, actorId: string, reason = "") {
  await db.$transaction(async (tx) => {
    const done = await tx.typicalCase.updateMany({ where: { id, status: "published" }, data: { status: "withdrawn" } });
    if (done.count !== 1) throw new TypicalCaseError((await tx.typicalCase.count({ where: { id } })) ? "state" : "not-found");
    await tx.searchOutbox.create({ data: { indexName: TYPICAL_CASES_INDEX, entityId: id, op: "delete" } });
    await recordAudit(tx, { actorId, action: "typical-case.withdraw", entity: "TypicalCase", entityId: id, after: { reason: reason.slice(0, 500) } });
  });
}

/** The index row of a published case (null when it is not published). */
export function toIndexRow(row: { id: string; status: string; published: string | null; publishedAt: Date | null }): TypicalCaseRow | null {
  if (row.status !== "published" || !row.published || !row.publishedAt) return null;
  const p = JSON.parse(row.published) as Omit<TypicalCaseRow, "id" | "publishedAt">;
  return { id: row.id, ...p, publishedAt: row.publishedAt };
}

export function searchDocument(row: Parameters<typeof toIndexRow>[0]): TypicalCaseDocument | null {
  const r = toIndexRow(row);
  return r ? typicalCasesIndex.toDocument(r) : null;
}

/** Drains the typical-case rows of the search outbox (called by the search-sync drain). */
export async function drainTypicalCaseOutbox(db: Db, client: Meilisearch): Promise<number> {
  const entries = await db.searchOutbox.findMany({ where: { indexName: TYPICAL_CASES_INDEX }, orderBy: { id: "asc" }, take: 500 });
  if (entries.length === 0) return 0;
  await ensureIndex(client, typicalCasesIndex);
  const ids = [...new Set(entries.map((e) => e.entityId))];
  const rows = await db.typicalCase.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, published: true, publishedAt: true } });
  const docs = rows.map(searchDocument).filter((d): d is TypicalCaseDocument => !!d);
  const gone = ids.filter((id) => !docs.some((d) => d.id === id));
  if (docs.length) await upsertDocuments(client, typicalCasesIndex, docs);
  if (gone.length) await deleteDocuments(client, typicalCasesIndex, gone);
  await db.searchOutbox.deleteMany({ where: { id: { in: entries.map((e) => e.id) } } });
  return docs.length;
}

export async function listTypicalCases(db: Db) {
  return db.typicalCase.findMany({
    orderBy: { updatedAt: "desc" },
    select: { id: true, title: true, status: true, anonymise: true, publishedAt: true, requestId: true, caseId: true },
  });
}

export async function getTypicalCase(db: Db, id: string) {
  return db.typicalCase.findUnique({ where: { id } });
}

/** Exporters: the public text of a published case. */
export async function getPublishedTypicalCase(db: Db, id: string) {
  const row = await db.typicalCase.findFirst({ where: { id, status: "published" }, select: { id: true, status: true, published: true, publishedAt: true } });
  return row ? toIndexRow(row) : null;
}

/** Exporters' search: Meilisearch over published cases; an empty query lists the latest. */
export async function searchTypicalCases(client: Meilisearch, q: string, filters: { industry?: string; jurisdiction?: string } = {}) {
  const filter = [
    filters.industry ? `industry = ${JSON.stringify(filters.industry)}` : null,
    filters.jurisdiction ? `jurisdiction = ${JSON.stringify(filters.jurisdiction)}` : null,
  ]
    .filter(Boolean)
    .join(" AND ");
  const res = await client
    .index<TypicalCaseDocument>(indexUid(typicalCasesIndex.uid))
    .search(q, { filter: filter || undefined, sort: q ? undefined : ["publishedAtTs:desc"], limit: 50 });
  return res.hits.map((h) => ({
    id: h.id,
    title: h.title,
    summary: h.summary,
    industry: h.industry,
    jurisdiction: h.jurisdiction,
    publishedAt: h.publishedAt,
  }));
}
