// The PostgreSQL implementation of storeRiskItems (risk-item.server.ts): same contract, same
// case-linking logic (CaseLinker over a CasePort), but over the network a statement per row
// would cost a round trip each, so each batch reads what it needs in three queries, links in
// memory and writes in a few multi-row statements.
//
// Concurrency: SQLite runs each batch in an IMMEDIATE transaction, so two ingests (two job
// processes, two sources) never link cases or find cross-source twins from stale reads.
// PostgreSQL's READ COMMITTED would let them; a transaction-scoped advisory lock gives every
// batch the same exclusive turn (short: one batch of at most STORE_BATCH items).
import { randomUUID } from "node:crypto";
import type pg from "pg";
import type { RiskItemInput } from "~/ingest/normalise.server.ts";
import { type Db, rawPg } from "~/utils/db.server.ts";
import {
  CASE_COLUMNS,
  CASE_FIELDS,
  type CaseField,
  CaseLinker,
  type CasePort,
  type CaseRow,
  caseKeyOf,
  iso,
  RISK_COLUMNS,
  RISK_ITEMS_INDEX,
  STORE_BATCH,
  type StoreContext,
  type StoreSummary,
  toRow,
} from "./risk-item.server.ts";

/** pg_advisory_xact_lock key of the item store ("RISK" in ASCII). */
const STORE_LOCK = 0x5249534b;

/** INSERT of many rows in one statement: $1..$n placeholders, row by row. */
function insertMany(table: string, columns: readonly string[], rows: Record<string, unknown>[]): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const tuples = rows.map((row) => `(${columns.map((c) => `$${values.push(row[c] ?? null)}`).join(",")})`);
  return { text: `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES ${tuples.join(",")}`, values };
}

/** Cases loaded for one batch, written back after it (see CasePort). */
class LoadedCases implements CasePort {
  private readonly byField = new Map<CaseField, Map<string, CaseRow>>(CASE_FIELDS.map((f) => [f, new Map()]));
  readonly inserted = new Map<string, CaseRow>();
  readonly updated = new Map<string, CaseRow>();
  constructor(
    rows: CaseRow[],
    private readonly awaitingRows: CaseRow[],
  ) {
    for (const row of rows) this.remember(row);
  }
  private remember(row: CaseRow) {
    for (const f of CASE_FIELDS) if (row[f]) this.byField.get(f)!.set(row[f]!, row);
  }
  byKey(field: CaseField, value: string) {
    return this.byField.get(field)!.get(value);
  }
  awaiting() {
    return this.awaitingRows;
  }
  insert(row: CaseRow) {
    this.inserted.set(row.id, row);
    this.remember(row);
  }
  update(row: CaseRow) {
    if (this.inserted.has(row.id)) this.inserted.set(row.id, row);
    else this.updated.set(row.id, row);
    this.remember(row);
  }
}

async function loadCases(client: pg.PoolClient, batch: RiskItemInput[]): Promise<LoadedCases> {
  const keys = Object.fromEntries(CASE_FIELDS.map((f) => [f, [] as string[]])) as Record<CaseField, string[]>;
  for (const item of batch) {
    const key = caseKeyOf(item.caseNumber);
    if (key) keys[key.field].push(key.value);
  }
  const any = CASE_FIELDS.some((f) => keys[f].length > 0);
  const rows = any
    ? (
        await client.query<CaseRow>(
          `SELECT * FROM "Case" WHERE "investigationNumber" = ANY($1::text[]) OR "docketNumber" = ANY($2::text[]) OR "otherNumber" = ANY($3::text[])`,
          CASE_FIELDS.map((f) => keys[f]),
        )
      ).rows
    : [];
  // The ITC cases awaiting their other number matter only to items carrying an ITC number.
  const awaiting =
    keys.investigationNumber.length > 0 || keys.docketNumber.length > 0
      ? (
          await client.query<CaseRow>(
            `SELECT * FROM "Case" WHERE "caseType" = 'us-itc-337' AND ("investigationNumber" IS NULL OR "docketNumber" IS NULL) ORDER BY "firstSeenAt" ASC LIMIT 5000`,
          )
        ).rows
      : [];
  return new LoadedCases(rows, awaiting);
}

async function storeBatch(client: pg.PoolClient, batch: RiskItemInput[], ctx: StoreContext, seen: Set<string>, summary: StoreSummary) {
  await client.query("SELECT pg_advisory_xact_lock($1)", [STORE_LOCK]);
  const now = iso(new Date());
  const guids = batch.map((i) => i.guid);
  const existing = new Set(
    (await client.query<{ guid: string }>(`SELECT "guid" FROM "RiskItem" WHERE "sourceId" = $1 AND "guid" = ANY($2::text[])`, [ctx.sourceId, guids])).rows.map(
      (r) => r.guid,
    ),
  );
  // The first stored item of another source with the same fingerprint (as the SQLite store's
  // ORDER BY "createdAt" LIMIT 1); items of this batch are of this source, so never twins.
  const twins = new Map(
    (
      await client.query<{ fingerprint: string; id: string; caseId: string | null }>(
        `SELECT DISTINCT ON ("fingerprint") "fingerprint", "id", "caseId" FROM "RiskItem"
         WHERE "fingerprint" = ANY($1::text[]) AND "sourceId" <> $2 AND "duplicateOfId" IS NULL
         ORDER BY "fingerprint", "createdAt" ASC, "id" ASC`,
        [batch.map((i) => i.fingerprint), ctx.sourceId],
      )
    ).rows.map((r) => [r.fingerprint, r]),
  );
  const cases = await loadCases(client, batch);
  const linker = new CaseLinker(cases, now);
  const rows: Record<string, unknown>[] = [];
  for (const item of batch) {
    if (seen.has(item.guid) || existing.has(item.guid)) {
      seen.add(item.guid);
      summary.duplicates++;
      continue;
    }
    seen.add(item.guid);
    const twin = twins.get(item.fingerprint);
    const id = randomUUID();
    rows.push({
      ...toRow(item, ctx),
      id,
      caseId: twin ? twin.caseId : linker.link(item),
      duplicateOfId: twin?.id ?? null,
      alertable: ctx.alertable && !twin,
      createdAt: now,
    });
    summary.created++;
    if (twin) summary.crossSourceDuplicates++;
    summary.createdIds.push(id);
  }
  if (cases.inserted.size > 0) {
    const q = insertMany("Case", CASE_COLUMNS, [...cases.inserted.values()] as unknown as Record<string, unknown>[]);
    await client.query(q.text, q.values);
  }
  for (const c of cases.updated.values()) {
    await client.query(
      `UPDATE "Case" SET "investigationNumber" = $1, "docketNumber" = $2, "otherNumber" = $3, "stage" = $4, "complainants" = $5, "respondents" = $6, "products" = $7, "htsCodes" = $8, "updatedAt" = $9 WHERE "id" = $10`,
      [c.investigationNumber, c.docketNumber, c.otherNumber, c.stage, c.complainants, c.respondents, c.products, c.htsCodes, c.updatedAt, c.id],
    );
  }
  if (rows.length === 0) return;
  const items = insertMany("RiskItem", RISK_COLUMNS, rows);
  await client.query(items.text, items.values);
  const outbox = insertMany(
    "SearchOutbox",
    ["indexName", "entityId", "op", "attempts", "createdAt"],
    rows.map((r) => ({ indexName: RISK_ITEMS_INDEX, entityId: r.id, op: "upsert", attempts: 0, createdAt: now })),
  );
  await client.query(outbox.text, outbox.values);
}

export async function storeRiskItemsPg(db: Db, items: RiskItemInput[], ctx: StoreContext): Promise<StoreSummary> {
  const pool = rawPg(db);
  const summary: StoreSummary = { created: 0, duplicates: 0, crossSourceDuplicates: 0, createdIds: [] };
  const seen = new Set<string>();
  for (let start = 0; start < items.length; start += STORE_BATCH) {
    const client = await pool.connect();
    // A batch's counts enter the summary only once it committed.
    const part: StoreSummary = { created: 0, duplicates: 0, crossSourceDuplicates: 0, createdIds: [] };
    const seenBefore = new Set(seen);
    try {
      await client.query("BEGIN");
      await storeBatch(client, items.slice(start, start + STORE_BATCH), ctx, seen, part);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      seen.clear();
      for (const g of seenBefore) seen.add(g);
      throw error;
    } finally {
      client.release();
    }
    summary.created += part.created;
    summary.duplicates += part.duplicates;
    summary.crossSourceDuplicates += part.crossSourceDuplicates;
    summary.createdIds.push(...part.createdIds);
  }
  return summary;
}
