// Risk items (预警信息): storing normalised feed entries with de-duplication, linking
// notices of one case to a Case row, and the search outbox written in the same transaction.
import type { Prisma } from "~/generated/prisma/client.ts";
import type { RiskItemInput } from "~/ingest/normalise.server.ts";
import type { Db } from "~/utils/db.server.ts";
import { parseList, toListText } from "~/utils/json-list.ts";

export const RISK_ITEMS_INDEX = "risk-items";
const STORE_BATCH = 200;

type Tx = Prisma.TransactionClient;

export interface StoreContext {
  sourceId: string;
  /** false on a source's first pass (backfill) or for a non-alertable source */
  alertable: boolean;
  fetchedAt: Date;
  kind: string;
}

export interface StoreSummary {
  created: number;
  duplicates: number;
  /** items another source had already delivered (stored, linked, not alertable) */
  crossSourceDuplicates: number;
  createdIds: string[];
}

/** "337-TA-1452" | "DN 3861" | other → the Case key it fills. */
export function caseKeyOf(caseNumber: string | null): { field: "investigationNumber" | "docketNumber" | "otherNumber"; value: string } | null {
  if (!caseNumber) return null;
  const n = caseNumber.trim();
  if (/^337-TA-\d+/i.test(n)) return { field: "investigationNumber", value: n.toUpperCase() };
  if (/^DN\s*\d+/i.test(n)) return { field: "docketNumber", value: `DN ${n.replace(/^DN\s*/i, "")}` };
  return { field: "otherNumber", value: n };
}

/**
 * The caption of an ITC notice ("Certain Lithium-Ion Battery Cells ...") before the first
 * ";": the same for the receipt of complaint (DN) and the institution (337-TA), which
 * lets the two be linked before any notice carries both numbers.
 */
export function captionOf(title: string): string | null {
  const head = title.split(";")[0]?.trim() ?? "";
  if (!/^certain\s/i.test(head)) return null;
  return head.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

const STAGE_ORDER = ["complaint-received", "instituted", "initial-determination", "final-determination", "exclusion-order"];
function laterStage(a: string | null, b: string | null) {
  if (!a) return b;
  if (!b) return a;
  return STAGE_ORDER.indexOf(b) > STAGE_ORDER.indexOf(a) ? b : a;
}

function mergeLists(a: string, b: string[]) {
  return toListText([...new Set([...parseList(a), ...b])]);
}

/** Parties by name (case-insensitive); the first stated location is kept. */
function mergeParties(stored: string, more: { name: string; location: string | null }[]) {
  let parties: { name: string; location: string | null }[] = [];
  try {
    parties = JSON.parse(stored);
  } catch {
    parties = [];
  }
  const known = new Set(parties.map((p) => p.name.toLowerCase()));
  for (const p of more) if (!known.has(p.name.toLowerCase())) (known.add(p.name.toLowerCase()), parties.push(p));
  return JSON.stringify(parties);
}

async function linkCase(tx: Tx, item: RiskItemInput): Promise<string | null> {
  const key = caseKeyOf(item.caseNumber);
  if (!key) return null;
  let existing = await tx.case.findFirst({ where: { [key.field]: key.value } });
  const caption = captionOf(item.title);
  if (!existing && caption && key.field !== "otherNumber") {
    // A DN case awaiting its 337-TA number (or the reverse) with the same caption.
    const otherField = key.field === "investigationNumber" ? "docketNumber" : "investigationNumber";
    const candidates = await tx.case.findMany({
      where: { [key.field]: null, [otherField]: { not: null }, jurisdiction: item.jurisdiction },
      take: 200,
      orderBy: { firstSeenAt: "desc" },
    });
    existing = candidates.find((c) => captionOf(c.title) === caption) ?? null;
  }
  if (existing) {
    const updated = await tx.case.update({
      where: { id: existing.id },
      data: {
        [key.field]: key.value,
        stage: laterStage(existing.stage, item.stage),
        complainants: mergeLists(existing.complainants, item.complainants),
        respondents: mergeParties(existing.respondents, item.respondents),
        products: mergeLists(existing.products, item.products),
        htsCodes: mergeLists(existing.htsCodes, item.htsCodes),
      },
    });
    return updated.id;
  }
  const created = await tx.case.create({
    data: {
      [key.field]: key.value,
      caseType: item.caseType,
      jurisdiction: item.jurisdiction,
      title: item.title.split(";")[0]!.trim().slice(0, 500),
      stage: item.stage,
      complainants: toListText(item.complainants),
      respondents: JSON.stringify(item.respondents),
      products: toListText(item.products),
      htsCodes: toListText(item.htsCodes),
    },
  });
  return created.id;
}

function toRow(item: RiskItemInput, ctx: StoreContext) {
  return {
    sourceId: ctx.sourceId,
    guid: item.guid,
    link: item.link,
    title: item.title,
    summary: item.summary,
    publishedAt: item.publishedAt,
    feedUpdatedAt: item.updatedAt,
    fetchedAt: ctx.fetchedAt,
    language: item.language,
    jurisdiction: item.jurisdiction,
    kind: ctx.kind,
    ipTypes: toListText(item.ipTypes),
    caseType: item.caseType,
    caseNumber: item.caseNumber,
    stage: item.stage,
    complainants: toListText(item.complainants),
    respondents: JSON.stringify(item.respondents),
    patents: toListText(item.patents),
    marks: toListText(item.marks),
    products: toListText(item.products),
    htsCodes: toListText(item.htsCodes),
    industries: toListText(item.industries),
    fingerprint: item.fingerprint,
  };
}

/**
 * Stores items in bounded transactions. (source, guid) is unique, so a re-run or a run
 * resumed after a crash skips what is already there: nothing is stored or indexed twice.
 * An item whose fingerprint another source already delivered is stored (it is this source's
 * record) but linked to the first one and never alertable.
 */
export async function storeRiskItems(db: Db, items: RiskItemInput[], ctx: StoreContext): Promise<StoreSummary> {
  const summary: StoreSummary = { created: 0, duplicates: 0, crossSourceDuplicates: 0, createdIds: [] };
  // The same guid twice in one feed: keep the first.
  const seen = new Set<string>();
  const unique = items.filter((i) => (seen.has(i.guid) ? (summary.duplicates++, false) : (seen.add(i.guid), true)));
  for (let start = 0; start < unique.length; start += STORE_BATCH) {
    const batch = unique.slice(start, start + STORE_BATCH);
    await db.$transaction(async (tx) => {
      const existing = await tx.riskItem.findMany({
        where: { sourceId: ctx.sourceId, guid: { in: batch.map((i) => i.guid) } },
        select: { guid: true },
      });
      const known = new Set(existing.map((e) => e.guid));
      for (const item of batch) {
        if (known.has(item.guid)) {
          summary.duplicates++;
          continue;
        }
        const twin = await tx.riskItem.findFirst({
          where: { fingerprint: item.fingerprint, sourceId: { not: ctx.sourceId }, duplicateOfId: null },
          select: { id: true, caseId: true },
          orderBy: { createdAt: "asc" },
        });
        const caseId = twin?.caseId ?? (await linkCase(tx, item));
        const row = await tx.riskItem.create({
          data: { ...toRow(item, ctx), caseId, duplicateOfId: twin?.id ?? null, alertable: ctx.alertable && !twin },
          select: { id: true },
        });
        await tx.searchOutbox.create({ data: { indexName: RISK_ITEMS_INDEX, entityId: row.id, op: "upsert" } });
        summary.created++;
        if (twin) summary.crossSourceDuplicates++;
        summary.createdIds.push(row.id);
      }
    });
  }
  return summary;
}

export interface ItemListFilter {
  sourceId?: string;
  since?: Date;
  limit?: number;
}

export async function listRiskItems(db: Db, filter: ItemListFilter = {}) {
  const rows = await db.riskItem.findMany({
    where: { sourceId: filter.sourceId, publishedAt: filter.since ? { gte: filter.since } : undefined },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: filter.limit ?? 50,
    include: { source: { select: { name: true } } },
  });
  return rows.map(presentRiskItem);
}

export function presentRiskItem<T extends { ipTypes: string; complainants: string; respondents: string; patents: string; marks: string; products: string; htsCodes: string; industries: string }>(row: T) {
  let respondents: { name: string; location: string | null }[] = [];
  try {
    respondents = JSON.parse(row.respondents);
  } catch {
    respondents = [];
  }
  return {
    ...row,
    ipTypes: parseList(row.ipTypes),
    complainants: parseList(row.complainants),
    respondents,
    patents: parseList(row.patents),
    marks: parseList(row.marks),
    products: parseList(row.products),
    htsCodes: parseList(row.htsCodes),
    industries: parseList(row.industries),
  };
}

export async function getRiskItem(db: Db, id: string) {
  const row = await db.riskItem.findUnique({
    where: { id },
    include: {
      source: { select: { id: true, name: true, kind: true } },
      case: { include: { items: { select: { id: true, title: true, stage: true, publishedAt: true }, orderBy: { publishedAt: "asc" } } } },
    },
  });
  return row ? presentRiskItem(row) : null;
}
