// The PostgreSQL variant of prisma/schema.prisma. Prisma allows one provider per schema, so the
// SQLite schema stays the one source of truth and this derives the other: only the provider and
// the client's output folder differ (the schema uses no native types, DESIGN.md §3).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const sqliteSchemaPath = path.join(root, "prisma", "schema.prisma");
/** Generated (gitignored); next to it the client lands in app/generated/prisma-pg. */
export const postgresSchemaPath = path.join(root, "prisma", "postgresql", "schema.prisma");

/** @param {string} sqliteSchema */
export function toPostgresSchema(sqliteSchema) {
  const provider = /(datasource\s+db\s*\{[^}]*provider\s*=\s*)"sqlite"/;
  const output = /(generator\s+client\s*\{[^}]*output\s*=\s*)"\.\.\/app\/generated\/prisma"/;
  if (!provider.test(sqliteSchema) || !output.test(sqliteSchema)) {
    throw new Error('prisma/schema.prisma: expected provider = "sqlite" and output = "../app/generated/prisma"');
  }
  return (
    "// GENERATED from prisma/schema.prisma by prisma/postgresql.mjs: do not edit.\n" +
    sqliteSchema.replace(provider, '$1"postgresql"').replace(output, '$1"../../app/generated/prisma-pg"')
  );
}

/** Writes the PostgreSQL variant; returns its path. */
export function writePostgresSchema() {
  fs.mkdirSync(path.dirname(postgresSchemaPath), { recursive: true });
  fs.writeFileSync(postgresSchemaPath, toPostgresSchema(fs.readFileSync(sqliteSchemaPath, "utf8")));
  return postgresSchemaPath;
}
