// `npm run cli -- db copy --from file:… --to postgresql://…`: moves an installation between
// databases (SQLite → PostgreSQL in practice) through the two Prisma clients, so every value
// converts the way the application reads and writes it (dates, booleans). The target is
// migrated first. Tables go in foreign-key order, rows in primary-key pages; a row already in
// the target is skipped (createMany skipDuplicates), so a copy cut short resumes where it
// stopped. Self-references (an item pointing at the item it duplicates) are written in a
// second pass. Each table is verified by its row count and a SHA-256 over its rows in
// primary-key order, read back through the target's client.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Db, createDb, dbProvider } from "./db.server.ts";
import { applyMigrations } from "./migrate.server.ts";

interface ModelInfo {
  name: string;
  delegate: string;
  /** primary-key fields (one, or the fields of @@id) */
  key: string[];
  /** scalar FK fields and the model they point to */
  foreignKeys: { fields: string[]; target: string }[];
  autoincrement: boolean;
}

/** Models, keys and relations read from prisma/schema.prisma (the one schema of both databases). */
export function readModels(schema: string): ModelInfo[] {
  const models: ModelInfo[] = [];
  for (const [, name, body] of schema.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    const key: string[] = [];
    const foreignKeys: ModelInfo["foreignKeys"] = [];
    let autoincrement = false;
    for (const line of body!.split("\n").map((l) => l.trim())) {
      const compound = /^@@id\(\s*\[([^\]]+)\]/.exec(line);
      if (compound) key.push(...compound[1]!.split(",").map((s) => s.trim()));
      const field = /^(\w+)\s+(\w+)(\[\])?\??\s*(.*)$/.exec(line);
      if (!field || line.startsWith("@@") || line.startsWith("//")) continue;
      const [, fieldName, type, , attrs] = field;
      if (/(^|\s)@id\b/.test(attrs!)) {
        key.push(fieldName!);
        if (/autoincrement\(\)/.test(attrs!)) autoincrement = true;
      }
      const rel = /@relation\([^)]*fields:\s*\[([^\]]+)\]/.exec(attrs!);
      if (rel) foreignKeys.push({ fields: rel[1]!.split(",").map((s) => s.trim()), target: type! });
    }
    models.push({ name: name!, delegate: name![0]!.toLowerCase() + name!.slice(1), key, foreignKeys, autoincrement });
  }
  return models;
}

/** Models so that every model comes after the models its foreign keys point to (self-references aside). */
export function foreignKeyOrder(models: ModelInfo[]): ModelInfo[] {
  const byName = new Map(models.map((m) => [m.name, m]));
  const done = new Set<string>();
  const out: ModelInfo[] = [];
  const visit = (m: ModelInfo, path: Set<string>) => {
    if (done.has(m.name)) return;
    if (path.has(m.name)) throw new Error(`foreign keys form a cycle through ${m.name}`);
    path.add(m.name);
    for (const fk of m.foreignKeys) if (fk.target !== m.name) visit(byName.get(fk.target)!, path);
    path.delete(m.name);
    done.add(m.name);
    out.push(m);
  };
  for (const m of models) visit(m, new Set());
  return out;
}

const PAGE = 500;
type Row = Record<string, unknown>;
type Delegate = {
  findMany(args: object): Promise<Row[]>;
  createMany(args: object): Promise<{ count: number }>;
  update(args: object): Promise<unknown>;
  count(): Promise<number>;
};
const delegate = (db: Db, m: ModelInfo) => (db as unknown as Record<string, Delegate>)[m.delegate]!;

async function* pages(db: Db, m: ModelInfo) {
  const orderBy = m.key.map((k) => ({ [k]: "asc" }));
  for (let skip = 0; ; skip += PAGE) {
    const rows = await delegate(db, m).findMany({ orderBy, skip, take: PAGE });
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < PAGE) return;
  }
}

/** Row count and SHA-256 of a table's rows in primary-key order, as the application reads them. */
export async function tableChecksum(db: Db, m: ModelInfo): Promise<{ rows: number; sha256: string }> {
  const hash = crypto.createHash("sha256");
  let rows = 0;
  for await (const page of pages(db, m)) {
    for (const row of page) hash.update(`${JSON.stringify(row)}\n`);
    rows += page.length;
  }
  return { rows, sha256: hash.digest("hex") };
}

export interface TableReport {
  table: string;
  rows: number;
  copied: number;
  sourceSha256: string;
  targetSha256: string;
  ok: boolean;
}

function schemaText(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, "prisma", "schema.prisma"))) dir = path.dirname(dir);
  return fs.readFileSync(path.join(dir, "prisma", "schema.prisma"), "utf8");
}

export async function copyDatabase(fromUrl: string, toUrl: string, log: (line: string) => void = () => {}): Promise<TableReport[]> {
  await applyMigrations(toUrl, { log });
  const from = await createDb(fromUrl);
  const to = await createDb(toUrl);
  try {
    const models = foreignKeyOrder(readModels(schemaText()));
    const reports: TableReport[] = [];
    for (const m of models) {
      const selfFields = m.foreignKeys.filter((fk) => fk.target === m.name).flatMap((fk) => fk.fields);
      let copied = 0;
      for await (const page of pages(from, m)) {
        const data = page.map((row) => ({ ...row, ...Object.fromEntries(selfFields.map((f) => [f, null])) }));
        copied += (await delegate(to, m).createMany({ data, skipDuplicates: true })).count;
      }
      // Second pass: self-references, now that every row they may point to exists.
      if (selfFields.length > 0) {
        for await (const page of pages(from, m)) {
          for (const row of page) {
            if (selfFields.every((f) => row[f] === null)) continue;
            const where = Object.fromEntries(m.key.map((k) => [k, row[k]]));
            await delegate(to, m).update({ where, data: Object.fromEntries(selfFields.map((f) => [f, row[f]])) });
          }
        }
      }
      // Rows inserted with explicit serial ids leave PostgreSQL's sequence behind.
      if (m.autoincrement && dbProvider(to) === "postgresql") {
        await to.$executeRawUnsafe(
          `SELECT setval(pg_get_serial_sequence('"${m.name}"', '${m.key[0]}'), COALESCE((SELECT MAX("${m.key[0]}") FROM "${m.name}"), 0) + 1, false)`,
        );
      }
      const [source, target] = await Promise.all([tableChecksum(from, m), tableChecksum(to, m)]);
      const report = {
        table: m.name,
        rows: source.rows,
        copied,
        sourceSha256: source.sha256,
        targetSha256: target.sha256,
        ok: source.rows === target.rows && source.sha256 === target.sha256,
      };
      log(`${m.name}: ${report.rows} rows (${copied} copied now) ${report.ok ? "verified" : "MISMATCH"}`);
      reports.push(report);
    }
    return reports;
  } finally {
    await Promise.all([from.$disconnect(), to.$disconnect()]);
  }
}
