// Once per test run: a migrated SQLite template (workers copy it), on PostgreSQL a migrated
// template database, and one real Meilisearch
// (workers isolate themselves by index prefix). Workers are forked after this runs, so the
// environment set here reaches them.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "../../app/utils/migrate.server.ts";
import { startTestMeili, type TestMeili } from "../support/meili.ts";
import { createPgDatabase, databaseName, pgAdminUrl } from "../support/postgres.ts";

let meili: TestMeili | undefined;
let dir: string | undefined;

export async function setup() {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "radar-test-"));
  const template = path.join(dir, "template.db");
  await applyMigrations(`file:${template}`);
  process.env.TEST_DB_TEMPLATE = template;
  process.env.TEST_TMP_DIR = dir;
  // On PostgreSQL (.ci/test-postgres): a migrated template database, copied per test file.
  const admin = pgAdminUrl();
  if (admin) {
    const url = await createPgDatabase(admin, { prefix: "template" });
    await applyMigrations(url);
    process.env.TEST_PG_TEMPLATE = databaseName(url);
  }

  meili = await startTestMeili();
  process.env.TEST_MEILI_HOST = meili.host;
  process.env.TEST_MEILI_MASTER_KEY = meili.masterKey;
}

export async function teardown() {
  await meili?.stop();
  if (dir) await fs.rm(dir, { recursive: true, force: true });
}
