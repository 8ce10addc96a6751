// Once per test run: a migrated SQLite template (workers copy it) and one real Meilisearch
// (workers isolate themselves by index prefix). Workers are forked after this runs, so the
// environment set here reaches them.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "../../app/utils/migrate.server.ts";
import { startTestMeili, type TestMeili } from "../support/meili.ts";

let meili: TestMeili | undefined;
let dir: string | undefined;

export async function setup() {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "radar-test-"));
  const template = path.join(dir, "template.db");
  await applyMigrations(`file:${template}`);
  process.env.TEST_DB_TEMPLATE = template;
  process.env.TEST_TMP_DIR = dir;

  meili = await startTestMeili();
  process.env.TEST_MEILI_HOST = meili.host;
  process.env.TEST_MEILI_MASTER_KEY = meili.masterKey;
}

export async function teardown() {
  await meili?.stop();
  if (dir) await fs.rm(dir, { recursive: true, force: true });
}
