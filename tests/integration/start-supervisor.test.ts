// Issue 19: `npm start` restarts a crashed app process and a crashed Meilisearch (with
// back-off) instead of shutting everything down. Runs the real supervisor (app/cli/start.ts)
// on a fresh data directory with the bundled Meilisearch; needs `npm run build`.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findFreePort } from "#search/local-meili.ts";

const root = path.resolve(import.meta.dirname, "../..");

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The supervisor's children whose command line contains `name` (from /proc). */
function childPids(parent: number, name: string): number[] {
  const list = fs.readFileSync(`/proc/${parent}/task/${parent}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  return list.filter((pid) => {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(name);
    } catch {
      return false;
    }
  });
}

const answers = async (url: string) => {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
};

describe("the start supervisor", () => {
  it("restarts the app process and Meilisearch after a kill -9 and keeps serving", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "radar-start-"));
    const [port, meiliPort] = [await findFreePort(), await findFreePort()];
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      SKIP_BUILD: "1",
      DATA_DIR: dataDir,
      DATABASE_URL: `file:${path.join(dataDir, "radar.db")}`,
      PORT: String(port),
      HOST: "127.0.0.1",
      APP_URL: `http://127.0.0.1:${port}`,
      MEILI_PORT: String(meiliPort),
      SEED_DEMO: "false",
      SEED_REAL_SOURCES: "false",
      SCHEDULER_ENABLED: "false",
    };
    delete env.MEILI_HOST;
    delete env.MEILI_MASTER_KEY;
    const child = spawn(process.execPath, ["--import", "tsx", "app/cli/start.ts"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const exited = new Promise((r) => child.once("exit", r));
    const alive = () => child.exitCode === null && child.signalCode === null;
    try {
      await until("the first start", () => /ready in/.test(out) || !alive());
      expect(alive(), out).toBe(true);
      const [app] = childPids(child.pid!, "serve.js");
      process.kill(app!, "SIGKILL");
      await until("the app to be restarted", () => !alive() || childPids(child.pid!, "serve.js").some((p) => p !== app));
      expect(alive(), out).toBe(true);
      await until("the restarted app to answer", () => answers(`http://127.0.0.1:${port}/resources/healthz`));

      const [meili] = childPids(child.pid!, "meilisearch");
      process.kill(meili!, "SIGKILL");
      await until("Meilisearch to be restarted", () => !alive() || childPids(child.pid!, "meilisearch").some((p) => p !== meili));
      expect(alive(), out).toBe(true);
      await until("the restarted Meilisearch to answer", () => answers(`http://127.0.0.1:${meiliPort}/health`));
    } finally {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
});
