// The offline migration tool (app/utils/migrate.server.ts) against the real migrations
// directory and schema: real Wasm engine, real SQLite files in a temp dir, no mocks.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applyMigrations,
  createMigration,
  createPostgresMigration,
  diffPostgresSchemaAgainstMigrations,
  diffSchemaAgainstMigrations,
} from "~/utils/migrate.server.ts";
import pg from "pg";
import { createPgDatabase, pgAdminUrl } from "../support/postgres.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const migrationsDir = path.join(root, "prisma", "migrations");
const schemaPath = path.join(root, "prisma", "schema.prisma");

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "radar-migrations-"));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Table names of every model in the schema (the @@map name when there is one). */
function modelTables(schema: string): string[] {
  return [...schema.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)].map(([, name, body]) => /@@map\(\s*"([^"]+)"\s*\)/.exec(body)?.[1] ?? name);
}

function migrationNames(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b));
}

/** Every file under `dir` with its content, for "nothing was written" checks. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, file)] = fs.readFileSync(file, "utf8");
  }
  return files;
}

describe("database migrations", () => {
  it("a database built from the migrations matches the Prisma schema", async () => {
    expect(migrationNames(migrationsDir).length).toBeGreaterThan(0);
    expect(await diffSchemaAgainstMigrations()).toBe("");
  });

  it("applying the migrations to a fresh database creates every model's table and records each migration once, and a second run applies nothing", async () => {
    const file = path.join(tmp, "fresh", "radar.db");
    const url = `file:${file}`;
    const expected = migrationNames(migrationsDir);

    expect((await applyMigrations(url)).applied).toEqual(expected);
    expect((await applyMigrations(url)).applied).toEqual([]);

    const db = new Database(file, { readonly: true });
    try {
      const tables = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .all()
        .map((r) => (r as { name: string }).name);
      for (const table of modelTables(fs.readFileSync(schemaPath, "utf8"))) expect(tables).toContain(table);

      const rows = db.prepare("SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name").all() as {
        migration_name: string;
        checksum: string;
        finished_at: string | null;
        rolled_back_at: string | null;
      }[];
      expect(rows.map((r) => r.migration_name)).toEqual(expected);
      for (const row of rows) {
        const sql = fs.readFileSync(path.join(migrationsDir, row.migration_name, "migration.sql"));
        expect(row.checksum).toBe(crypto.createHash("sha256").update(sql).digest("hex"));
        expect(row.finished_at).not.toBeNull();
        expect(row.rolled_back_at).toBeNull();
      }
    } finally {
      db.close();
    }
  });

  it("creating a migration when the schema is unchanged returns null and writes nothing", async () => {
    const copy = path.join(tmp, "unchanged-migrations");
    fs.cpSync(migrationsDir, copy, { recursive: true });
    const before = snapshot(copy);
    const projectBefore = snapshot(migrationsDir);

    expect(await createMigration("nothing changed", { migrationsDir: copy })).toBeNull();

    expect(snapshot(copy)).toEqual(before);
    expect(snapshot(migrationsDir)).toEqual(projectBefore);
  });

  it("creating a migration after a schema change writes a timestamped migration.sql and lock file that bring a database up to the new schema", async () => {
    const dir = path.join(tmp, "changed");
    const copy = path.join(dir, "migrations");
    fs.cpSync(migrationsDir, copy, { recursive: true });
    fs.rmSync(path.join(copy, "migration_lock.toml"));
    const changedSchema = path.join(dir, "schema.prisma");
    fs.writeFileSync(changedSchema, `${fs.readFileSync(schemaPath, "utf8")}\nmodel Widget {\n  id   Int    @id @default(autoincrement())\n  name String\n}\n`);
    const opts = { migrationsDir: copy, schemaPath: changedSchema };

    const created = await createMigration("Add widgetTable", { ...opts, now: new Date("2030-01-02T03:04:05Z") });

    expect(created).not.toBeNull();
    expect(path.basename(created!.dir)).toBe("20300102030405_add_widget_table");
    expect(created!.sql).toContain('CREATE TABLE "Widget"');
    expect(fs.readFileSync(path.join(created!.dir, "migration.sql"), "utf8")).toBe(created!.sql);
    expect(fs.readFileSync(path.join(copy, "migration_lock.toml"), "utf8")).toBe(
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "sqlite"\n',
    );
    expect(await diffSchemaAgainstMigrations(opts)).toBe("");
    const { applied } = await applyMigrations(`file:${path.join(dir, "radar.db")}`, { migrationsDir: copy });
    expect(applied).toEqual(migrationNames(copy));
  });
});

describe("PostgreSQL migrations", () => {
  const pgDir = path.join(root, "prisma", "migrations-postgresql");

  it("the PostgreSQL migrations folder amounts to the current schema and its lock file says postgresql", async () => {
    expect(migrationNames(pgDir).length).toBeGreaterThan(0);
    expect(fs.readFileSync(path.join(pgDir, "migration_lock.toml"), "utf8")).toContain('provider = "postgresql"');
    expect(await diffPostgresSchemaAgainstMigrations()).toBe("");
  });

  it("a schema change makes the PostgreSQL folder drift, and a PostgreSQL migration written from the snapshot brings it back in sync", async () => {
    const dir = path.join(tmp, "pg-changed");
    const copy = path.join(dir, "migrations-postgresql");
    fs.cpSync(pgDir, copy, { recursive: true });
    const changedSchema = path.join(dir, "schema.prisma");
    fs.writeFileSync(changedSchema, `${fs.readFileSync(schemaPath, "utf8")}\nmodel Widget {\n  id   Int    @id @default(autoincrement())\n  name String\n}\n`);
    const opts = { migrationsDir: copy, schemaPath: changedSchema };

    expect(await diffPostgresSchemaAgainstMigrations(opts)).toContain('CREATE TABLE "Widget"');
    const created = await createPostgresMigration("20300102030405_add_widget", opts);

    expect(created!.sql).toContain('"id" SERIAL NOT NULL');
    expect(await diffPostgresSchemaAgainstMigrations(opts)).toBe("");
  });

  it.runIf(pgAdminUrl())(
    "applying the PostgreSQL migrations to a fresh PostgreSQL database creates every model's table, records each migration once, and a second run applies nothing",
    async () => {
      const url = await createPgDatabase(pgAdminUrl()!, { prefix: "migrations" });
      const expected = migrationNames(pgDir);

      expect((await applyMigrations(url)).applied).toEqual(expected);
      expect((await applyMigrations(url)).applied).toEqual([]);

      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const tables = await client.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
        const names = tables.rows.map((r) => r.table_name);
        for (const table of modelTables(fs.readFileSync(schemaPath, "utf8"))) expect(names).toContain(table);
        const recorded = await client.query<{ migration_name: string }>(
          "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name",
        );
        expect(recorded.rows.map((r) => r.migration_name)).toEqual(expected);
      } finally {
        await client.end();
      }
    },
  );
});
