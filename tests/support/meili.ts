// A real Meilisearch for tests: one per run (vitest globalSetup) or per test file, each
// worker isolated by an index prefix rather than by a server of its own.
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Meilisearch } from "meilisearch";
import { startLocalMeili } from "../../search/local-meili.ts";

export type TestMeili = {
  host: string;
  masterKey: string;
  /** Stops the server and removes its data directory (a no-op for a shared server). */
  stop(): Promise<void>;
};

/**
 * Starts Meilisearch on a free port with a throw-away data directory. For a vitest
 * globalSetup: publish host and key as TEST_MEILI_HOST / TEST_MEILI_MASTER_KEY so the
 * workers (which inherit the environment) share it through useTestMeili().
 */
export async function startTestMeili(): Promise<TestMeili> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "radar-meili-"));
  const meili = await startLocalMeili({
    dataDir,
    port: 0,
    masterKey: randomBytes(24).toString("base64url"),
    // Tests index little; keep the footprint small when several runs share a machine.
    maxIndexingMemory: "256MiB",
    log: process.env.DEBUG_MEILI ? (line) => console.info(line) : undefined,
  });
  return {
    host: meili.host,
    masterKey: meili.masterKey,
    async stop() {
      await meili.stop();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The server published by the global setup, or a private one when a file runs alone. */
export async function useTestMeili(): Promise<TestMeili> {
  const host = process.env.TEST_MEILI_HOST;
  const masterKey = process.env.TEST_MEILI_MASTER_KEY;
  if (host && masterKey) return { host, masterKey, stop: async () => {} };
  return await startTestMeili();
}

/** Unique per test worker process, so parallel files never touch each other's indexes. */
export function workerIndexPrefix(): string {
  return `t${process.env.VITEST_POOL_ID ?? "0"}_${process.pid}_`;
}

/** Deletes every index whose uid starts with `prefix` (test clean-up). */
export async function deleteIndexesWithPrefix(client: Meilisearch, prefix: string): Promise<void> {
  const { results } = await client.getRawIndexes({ limit: 1000 });
  const tasks = await Promise.all(results.filter((i) => i.uid.startsWith(prefix)).map((i) => client.deleteIndex(i.uid)));
  for (const task of tasks) await client.tasks.waitForTask(task.taskUid);
}
