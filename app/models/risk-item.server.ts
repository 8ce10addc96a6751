// Risk items (预警信息): storing normalised feed entries with de-duplication, linking
// notices of one case to a Case row, and the search outbox written in the same transaction.
import { randomUUID } from "node:crypto";
import type { RiskItemInput } from "~/ingest/normalise.server.ts";
import type Database from "better-sqlite3";
import { type Db, dbProvider, rawSqlite } from "~/utils/db.server.ts";
import { storeRiskItemsPg } from "./risk-item-pg.server.ts";
import { parseList, toListText } from "~/utils/json-list.ts";
import { uid as riskItemsUid } from "#search/indexes/risk-items.ts";

/**
 * Items an exporter may see: those of sources published to exporters (Source.visibleToExporters;
 * the search index carries the same flag). Every exporter-facing list of items filters by it.
 */
export const VISIBLE_TO_EXPORTERS = { source: { visibleToExporters: true } } as const;

/** One name for the index, from its definition: the outbox rows and the index must agree. */
export const RISK_ITEMS_INDEX = riskItemsUid;
export const STORE_BATCH = 500;

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
  return head
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
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
  for (const p of more) {
    if (known.has(p.name.toLowerCase())) continue;
    known.add(p.name.toLowerCase());
    parties.push(p);
  }
  return JSON.stringify(parties);
}

export interface CaseRow {
  id: string;
  investigationNumber: string | null;
  docketNumber: string | null;
  otherNumber: string | null;
  caseType: string;
  jurisdiction: string;
  title: string;
  stage: string | null;
  complainants: string;
  respondents: string;
  products: string;
  htsCodes: string;
  firstSeenAt: string;
  updatedAt: string;
}
export type CaseField = "investigationNumber" | "docketNumber" | "otherNumber";
export const CASE_FIELDS: CaseField[] = ["investigationNumber", "docketNumber", "otherNumber"];

export const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");

/** Columns written per stored item, in insert order (both stores). */
export const RISK_COLUMNS = [
  "id",
  "sourceId",
  "guid",
  "link",
  "title",
  "summary",
  "publishedAt",
  "feedUpdatedAt",
  "fetchedAt",
  "language",
  "jurisdiction",
  "kind",
  "ipTypes",
  "caseType",
  "caseNumber",
  "stage",
  "caseId",
  "complainants",
  "respondents",
  "patents",
  "marks",
  "products",
  "htsCodes",
  "industries",
  "fingerprint",
  "duplicateOfId",
  "alertable",
  "extractionDoubts",
  "createdAt",
] as const;
export const CASE_COLUMNS = [
  "id",
  ...CASE_FIELDS,
  "caseType",
  "jurisdiction",
  "title",
  "stage",
  "complainants",
  "respondents",
  "products",
  "htsCodes",
  "firstSeenAt",
  "updatedAt",
] as const;

/** Prepared statements per connection (preparing is most of the cost of a small query). */
const statements = new WeakMap<Database.Database, ReturnType<typeof prepare>>();
function prepare(sql: Database.Database) {
  return {
    existingGuid: sql.prepare(`SELECT 1 FROM "RiskItem" WHERE "sourceId" = ? AND "guid" = ?`).pluck(),
    twin: sql.prepare(
      `SELECT "id", "caseId" FROM "RiskItem" WHERE "fingerprint" = ? AND "sourceId" <> ? AND "duplicateOfId" IS NULL ORDER BY "createdAt" ASC LIMIT 1`,
    ),
    caseBy: Object.fromEntries(CASE_FIELDS.map((f) => [f, sql.prepare(`SELECT * FROM "Case" WHERE "${f}" = ?`)])) as Record<CaseField, Database.Statement>,
    awaiting: sql.prepare(
      `SELECT * FROM "Case" WHERE "caseType" = 'us-itc-337' AND ("investigationNumber" IS NULL OR "docketNumber" IS NULL) ORDER BY "firstSeenAt" ASC LIMIT 5000`,
    ),
    insertRisk: sql.prepare(`INSERT INTO "RiskItem" (${RISK_COLUMNS.map((c) => `"${c}"`).join(",")}) VALUES (${RISK_COLUMNS.map((c) => `@${c}`).join(",")})`),
    insertOutbox: sql.prepare(`INSERT INTO "SearchOutbox" ("indexName", "entityId", "op", "attempts", "createdAt") VALUES (?, ?, 'upsert', 0, ?)`),
    insertCase: sql.prepare(`INSERT INTO "Case" (${CASE_COLUMNS.map((c) => `"${c}"`).join(",")}) VALUES (${CASE_COLUMNS.map((c) => `@${c}`).join(",")})`),
    updateCase: sql.prepare(
      `UPDATE "Case" SET "investigationNumber" = @investigationNumber, "docketNumber" = @docketNumber, "otherNumber" = @otherNumber, "stage" = @stage, "complainants" = @complainants, "respondents" = @respondents, "products" = @products, "htsCodes" = @htsCodes, "updatedAt" = @updatedAt WHERE "id" = @id`,
    ),
  };
}
function stmts(sql: Database.Database) {
  let s = statements.get(sql);
  if (!s) statements.set(sql, (s = prepare(sql)));
  return s;
}

/**
 * The Case rows a CaseLinker reads and writes, synchronously: on SQLite prepared statements
 * inside the batch's transaction, on PostgreSQL rows loaded for the batch beforehand and
 * written after it (risk-item-pg.server.ts). One linking logic for both databases.
 */
export interface CasePort {
  byKey(field: CaseField, value: string): CaseRow | undefined;
  /** ITC cases still missing one of their two numbers, oldest first (at most 5000). */
  awaiting(): CaseRow[];
  insert(row: CaseRow): void;
  update(row: CaseRow): void;
}

function sqliteCases(sql: Database.Database): CasePort {
  const s = stmts(sql);
  return {
    byKey: (field, value) => s.caseBy[field].get(value) as CaseRow | undefined,
    awaiting: () => s.awaiting.all() as CaseRow[],
    insert: (row) => s.insertCase.run(row),
    update: (row) => s.updateCase.run(row),
  };
}

/**
 * Finds or creates the Case of a notice and merges its facts in. Receipt-of-complaint (DN)
 * and institution (337-TA) notices share a caption, which links them before any notice
 * carries both numbers.
 */
export class CaseLinker {
  private awaiting: Map<string, CaseRow> | null = null;
  constructor(
    private readonly cases: CasePort,
    private readonly now: string,
  ) {}

  private awaitingKey(field: string, c: { jurisdiction: string; title: string }) {
    const caption = captionOf(c.title);
    return caption ? `${field}|${c.jurisdiction}|${caption}` : null;
  }
  private index(c: CaseRow) {
    if (!this.awaiting) return;
    for (const [missing, present] of [
      ["investigationNumber", "docketNumber"],
      ["docketNumber", "investigationNumber"],
    ] as const) {
      const key = this.awaitingKey(missing, c);
      if (!key) continue;
      if (!c[missing] && c[present]) this.awaiting.set(key, c);
      else if (this.awaiting.get(key)?.id === c.id) this.awaiting.delete(key);
    }
  }
  private findAwaiting(field: CaseField, item: RiskItemInput): CaseRow | null {
    if (field === "otherNumber") return null;
    const key = this.awaitingKey(field, { jurisdiction: item.jurisdiction, title: item.title });
    if (!key) return null;
    if (!this.awaiting) {
      this.awaiting = new Map();
      for (const c of this.cases.awaiting()) this.index(c);
    }
    return this.awaiting.get(key) ?? null;
  }

  link(item: RiskItemInput): string | null {
    const key = caseKeyOf(item.caseNumber);
    if (!key) return null;
    const row = this.cases.byKey(key.field, key.value) ?? this.findAwaiting(key.field, item);
    if (!row) {
      const created: CaseRow = {
        id: randomUUID(),
        investigationNumber: null,
        docketNumber: null,
        otherNumber: null,
        [key.field]: key.value,
        caseType: item.caseType,
        jurisdiction: item.jurisdiction,
        title: item.title.split(";")[0]!.trim().slice(0, 500),
        stage: item.stage,
        complainants: toListText(item.complainants),
        respondents: JSON.stringify(item.respondents),
        products: toListText(item.products),
        htsCodes: toListText(item.htsCodes),
        firstSeenAt: this.now,
        updatedAt: this.now,
      };
      this.cases.insert(created);
      this.index(created);
      return created.id;
    }
    const merged: CaseRow = {
      ...row,
      [key.field]: key.value,
      stage: laterStage(row.stage, item.stage),
      complainants: mergeLists(row.complainants, item.complainants),
      respondents: mergeParties(row.respondents, item.respondents),
      products: mergeLists(row.products, item.products),
      htsCodes: mergeLists(row.htsCodes, item.htsCodes),
      updatedAt: this.now,
    };
    const changed = (["investigationNumber", "docketNumber", "stage", "complainants", "respondents", "products", "htsCodes"] as const).some(
      (f) => merged[f] !== row[f],
    );
    if (changed) {
      this.cases.update(merged);
      this.index(merged);
    }
    return row.id;
  }
}

export function toRow(item: RiskItemInput, ctx: StoreContext) {
  return {
    sourceId: ctx.sourceId,
    guid: item.guid,
    link: item.link,
    title: item.title,
    summary: item.summary,
    publishedAt: iso(item.publishedAt),
    feedUpdatedAt: item.updatedAt ? iso(item.updatedAt) : null,
    fetchedAt: iso(ctx.fetchedAt),
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
    extractionDoubts: JSON.stringify(item.doubts ?? []),
  };
}

/**
 * Stores items in bounded transactions on prepared statements (see rawSqlite; on PostgreSQL
 * risk-item-pg.server.ts does the same with batched statements). (source,
 * guid) is unique, so a re-run or a run resumed after a crash skips what is already there:
 * nothing is stored or indexed twice. An item whose fingerprint another source already
 * delivered is stored (it is this source's record) but linked to the first one and never
 * alertable. Each stored item gets a search-outbox row in the same transaction.
 */
export async function storeRiskItems(db: Db, items: RiskItemInput[], ctx: StoreContext): Promise<StoreSummary> {
  if (dbProvider(db) === "postgresql") return storeRiskItemsPg(db, items, ctx);
  const sql = rawSqlite(db);
  const s = stmts(sql);
  const summary: StoreSummary = { created: 0, duplicates: 0, crossSourceDuplicates: 0, createdIds: [] };
  const seen = new Set<string>();
  const storeBatch = sql.transaction((batch: RiskItemInput[]) => {
    const now = iso(new Date());
    const linker = new CaseLinker(sqliteCases(sql), now);
    for (const item of batch) {
      // The same guid twice in one feed, or already stored: a duplicate.
      if (seen.has(item.guid) || s.existingGuid.get(ctx.sourceId, item.guid)) {
        seen.add(item.guid);
        summary.duplicates++;
        continue;
      }
      seen.add(item.guid);
      const twin = s.twin.get(item.fingerprint, ctx.sourceId) as { id: string; caseId: string | null } | undefined;
      const id = randomUUID();
      s.insertRisk.run({
        ...toRow(item, ctx),
        id,
        caseId: twin ? twin.caseId : linker.link(item),
        duplicateOfId: twin?.id ?? null,
        alertable: ctx.alertable && !twin ? 1 : 0,
        createdAt: now,
      });
      s.insertOutbox.run(RISK_ITEMS_INDEX, id, now);
      summary.created++;
      if (twin) summary.crossSourceDuplicates++;
      summary.createdIds.push(id);
    }
  });
  for (let start = 0; start < items.length; start += STORE_BATCH) {
    storeBatch.immediate(items.slice(start, start + STORE_BATCH));
    // Let the event loop breathe between batches (web requests share this process).
    await new Promise((resolve) => setImmediate(resolve));
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

export function presentRiskItem<
  T extends {
    ipTypes: string;
    complainants: string;
    respondents: string;
    patents: string;
    marks: string;
    products: string;
    htsCodes: string;
    industries: string;
  },
>(row: T) {
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
      source: { select: { id: true, name: true, kind: true, visibleToExporters: true } },
      case: { include: { items: { select: { id: true, title: true, stage: true, publishedAt: true }, orderBy: { publishedAt: "asc" } } } },
    },
  });
  return row ? presentRiskItem(row) : null;
}
