// `npm run cli -- db copy` moves a SQLite installation to PostgreSQL: the demo database is
// seeded into a SQLite file by the CLI, copied into a fresh PostgreSQL database by the CLI, and
// checked here independently of the command's own verification (row counts per table read
// straight from both databases). Needs a PostgreSQL server (.ci/test-postgres provides one), as
// the PostgreSQL migrations test does; without one the tests are skipped and say why.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "~/utils/db.server.ts";
import { runCli } from "../support/cli.ts";
import { createPgDatabase, pgAdminUrl } from "../support/postgres.ts";

const admin = pgAdminUrl();
const reason = admin ? "" : " (skipped: no PostgreSQL server; run .ci/test-postgres)";

interface TableReport {
  table: string;
  rows: number;
  copied: number;
  sourceSha256: string;
  targetSha256: string;
  ok: boolean;
}

let sqliteFile: string;
let fromUrl: string;
let toUrl: string;

function sqliteCounts(): Record<string, number> {
  const handle = new Database(sqliteFile, { readonly: true });
  try {
    const tables = handle
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%' ORDER BY name")
      .all() as { name: string }[];
    return Object.fromEntries(tables.map(({ name }) => [name, (handle.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n]));
  } finally {
    handle.close();
  }
}

async function withPg<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: toUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const copy = async () => runCli(["db", "copy", "--from", fromUrl, "--to", toUrl, "--json"]);

beforeAll(async () => {
  if (!admin) return;
  sqliteFile = path.join(process.env.TEST_TMP_DIR!, `copy-source-${crypto.randomBytes(4).toString("hex")}.db`);
  fs.copyFileSync(process.env.TEST_DB_TEMPLATE!, sqliteFile);
  fromUrl = `file:${sqliteFile}`;
  toUrl = await createPgDatabase(admin, { prefix: "copy" });
  const seeded = await runCli(["seed", "--demo"], { ...process.env, DATABASE_URL: fromUrl });
  expect(seeded.code, seeded.out).toBe(0);
  // Rows with serial ids, so the copy must move the PostgreSQL sequence past them.
  const source = await createDb(fromUrl);
  try {
    for (const owner of ["a", "b", "c"]) await source.heartbeat.create({ data: { slot: new Date(Date.UTC(2026, 0, 1)), owner } });
  } finally {
    await source.$disconnect();
  }
}, 600_000);

afterAll(() => {
  if (sqliteFile) fs.rmSync(sqliteFile, { force: true });
});

describe("db copy from SQLite to PostgreSQL", { timeout: 600_000 }, () => {
  it.runIf(admin)(`copies every table of the demo database, verified by the command and by row counts read from both databases${reason}`, async () => {
    const res = await copy();
    expect(res.code, res.out).toBe(0);
    const reports = JSON.parse(res.out) as TableReport[];
    const counts = sqliteCounts();

    expect(reports.map((r) => r.table).sort()).toEqual(Object.keys(counts).sort());
    for (const r of reports) {
      expect(r, r.table).toMatchObject({ ok: true, rows: counts[r.table], copied: counts[r.table], targetSha256: r.sourceSha256 });
    }
    // The demo data is not a handful of rows: users, companies, items, alerts, requests.
    for (const table of ["User", "Company", "RiskItem", "Alert", "GuidanceRequest"]) expect(counts[table], table).toBeGreaterThan(0);

    const pgCounts = await withPg(async (client) => {
      const out: Record<string, number> = {};
      for (const table of Object.keys(counts)) out[table] = Number((await client.query(`SELECT COUNT(*) AS n FROM "${table}"`)).rows[0].n);
      return out;
    });
    expect(pgCounts).toEqual(counts);

    // The sequence moved past the copied ids: a new row gets the next id, not a duplicate key.
    const target = await createDb(toUrl);
    try {
      const beat = await target.heartbeat.create({ data: { slot: new Date(Date.UTC(2026, 0, 2)), owner: "after-copy" } });
      expect(beat.id).toBeGreaterThan(3);
      await target.heartbeat.delete({ where: { id: beat.id } });
    } finally {
      await target.$disconnect();
    }
  });

  it.runIf(admin)(`a second run copies nothing and verifies every table again${reason}`, async () => {
    const res = await copy();
    expect(res.code, res.out).toBe(0);
    const reports = JSON.parse(res.out) as TableReport[];
    expect(reports.length).toBeGreaterThan(0);
    for (const r of reports) expect(r, r.table).toMatchObject({ ok: true, copied: 0 });
  });

  it.runIf(admin)(`a row changed in the target after the copy fails verification for its table, with a non-zero exit${reason}`, async () => {
    await withPg((client) => client.query(`UPDATE "User" SET "name" = "name" || ' (changed)' WHERE "email" = 'admin@demo.radar'`));
    const res = await copy();
    expect(res.code).not.toBe(0);
    expect(res.out).toContain("verification failed for: User");
  });
});
