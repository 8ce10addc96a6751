// Before each test file: its own copy of the migrated template database (SQLite file or
// PostgreSQL database), its own index
// prefix on the shared Meilisearch, and a guard that fails a test on unexpected console.error.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeEach } from "vitest";
import { consoleErrors } from "../support/console-guard.ts";

const template = process.env.TEST_DB_TEMPLATE;
const tmp = process.env.TEST_TMP_DIR;
if (template && tmp) {
  const file = path.join(tmp, `w${process.env.VITEST_POOL_ID ?? 0}-${crypto.randomBytes(4).toString("hex")}.db`);
  fs.copyFileSync(template, file);
  process.env.DATABASE_URL = `file:${file}`;
}
// On PostgreSQL the file's database is a copy of the migrated template database instead.
const pgAdmin = process.env.TEST_PG_ADMIN_URL;
if (pgAdmin && process.env.TEST_PG_TEMPLATE) {
  const { createPgDatabase } = await import("../support/postgres.ts");
  process.env.DATABASE_URL = await createPgDatabase(pgAdmin, { prefix: `w${process.env.VITEST_POOL_ID ?? 0}`, template: process.env.TEST_PG_TEMPLATE });
}
if (process.env.TEST_MEILI_HOST) {
  process.env.MEILI_HOST = process.env.TEST_MEILI_HOST;
  process.env.MEILI_MASTER_KEY = process.env.TEST_MEILI_MASTER_KEY;
}
process.env.MEILI_INDEX_PREFIX = `t${process.env.VITEST_POOL_ID ?? 0}_${crypto.randomBytes(3).toString("hex")}_`;
process.env.SESSION_SECRET ??= crypto.randomBytes(32).toString("hex");
process.env.SEED_DEMO = "false";
process.env.LOG_LEVEL ??= "warn";
// The fixture feed servers listen on 127.0.0.1, which the network policy refuses by default;
// tests of the refusal itself pass their own policy.
process.env.FEED_ALLOWED_NETWORKS ??= "127.0.0.1";

const original = console.error;
beforeEach(() => {
  consoleErrors.length = 0;
  consoleErrors.allowed = false;
  console.error = (...args: unknown[]) => {
    consoleErrors.push(args);
    original(...args);
  };
});
afterEach(() => {
  console.error = original;
  if (consoleErrors.length > 0 && !consoleErrors.allowed) {
    throw new Error(`unexpected console.error during the test: ${consoleErrors.map((a) => a.map(String).join(" ")).join("\n")}`);
  }
});
afterAll(async () => {
  const { disconnectDb } = await import("../../app/utils/db.server.ts");
  await disconnectDb();
});
