// `npm start`: the whole system on one machine — local Meilisearch (unless MEILI_HOST is
// set), migrations, demo data on an empty database, then the web server and the scheduler
// with prefixed logs. Ctrl-C stops the app process, then Meilisearch: nothing is orphaned.
// This supervisor stays small: database work runs in short-lived CLI children, so it never
// holds a Prisma client itself.
import { type ChildProcess, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";
import { type LocalMeili, MeiliUnavailableError, startLocalMeili } from "#search/local-meili.ts";
import { requireValidEnv } from "~/utils/env.server.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const startedAt = Date.now();
const say = (line: string) => process.stdout.write(`[start] ${line}\n`);

const dataDir = process.env.DATA_DIR || "./data";
fs.mkdirSync(dataDir, { recursive: true });

// Secrets come from the environment; for the embedded default one is generated once and
// kept in DATA_DIR (like the Meilisearch master key), then passed on to the children.
if (!process.env.SESSION_SECRET) {
  const file = path.join(dataDir, "session-secret");
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("hex"), { mode: 0o600 });
  process.env.SESSION_SECRET = fs.readFileSync(file, "utf8").trim();
}
process.env.NODE_ENV ??= "production";
const env = requireValidEnv();

let meili: LocalMeili | null = null;
const children = new Set<ChildProcess>();
let stopping = false;

async function shutdown(code: number, reason: string) {
  if (stopping) return;
  stopping = true;
  say(`${reason}: stopping`);
  await Promise.all(
    [...children].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
          setTimeout(() => child.kill("SIGKILL"), 8000).unref();
        }),
    ),
  );
  if (meili) await meili.stop();
  say("stopped");
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0, "SIGINT"));
process.on("SIGTERM", () => void shutdown(0, "SIGTERM"));

function pipePrefixed(stream: NodeJS.ReadableStream | null, prefix: string, out: NodeJS.WriteStream) {
  if (!stream) return;
  readline.createInterface({ input: stream }).on("line", (line) => out.write(`${prefix} ${line}\n`));
}

// A smaller young generation keeps a process ingesting a 10 MB feed under 300 MB resident
// at no measurable cost in speed (docs/benchmarks.md).
const NODE_FLAGS = ["--max-semi-space-size=4"];

function spawnNode(name: string, args: string[], opts: { longRunning: boolean }) {
  const child = spawn(process.execPath, [...NODE_FLAGS, ...args], { cwd: root, env: process.env, stdio: ["ignore", "pipe", "pipe"] });
  children.add(child);
  pipePrefixed(child.stdout, `[${name}]`, process.stdout);
  pipePrefixed(child.stderr, `[${name}]`, process.stderr);
  const exited = new Promise<number>((resolve) =>
    child.on("exit", (code, signal) => {
      children.delete(child);
      if (opts.longRunning && !stopping) void shutdown(1, `${name} exited unexpectedly (${signal ?? code})`);
      resolve(code ?? 1);
    }),
  );
  return { child, exited };
}

async function runStep(name: string, args: string[]) {
  const code = await spawnNode(name, args, { longRunning: false }).exited;
  if (code !== 0) throw new Error(`${name} failed (exit ${code})`);
}

async function waitForHttp(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !stopping) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!stopping) throw new Error(`the web server did not answer ${url} within ${timeoutMs / 1000} s`);
}

try {
  const hasDevTools = fs.existsSync(path.join(root, "node_modules/@remix-run/dev/dist/cli.js"));
  const building =
    process.env.SKIP_BUILD === "1" || !hasDevTools
      ? Promise.resolve()
      : runStep("build", [path.join(root, "node_modules/@remix-run/dev/dist/cli.js"), "build"]).then(() => runStep("build", ["app/cli/build-processes.mjs"]));

  if (!env.MEILI_HOST) {
    say("MEILI_HOST not set: starting the bundled Meilisearch on 127.0.0.1");
    meili = await startLocalMeili({
      dataDir: env.DATA_DIR,
      port: env.MEILI_PORT,
      masterKey: env.MEILI_MASTER_KEY,
      maxIndexingMemory: env.MEILI_MAX_INDEXING_MEMORY,
      log: (line) => process.stdout.write(`[meili] ${line}\n`),
    });
    process.env.MEILI_HOST = meili.host;
    process.env.MEILI_MASTER_KEY = meili.masterKey;
  } else {
    say(`using Meilisearch at ${env.MEILI_HOST}`);
  }

  await building;
  if (!fs.existsSync(path.join(root, "build/proc/serve.js"))) {
    throw new Error("build/ is missing and the build tools are not installed: run `npm install && npm run build`");
  }
  await runStep("migrate", ["build/proc/cli.js", "migrate"]);
  if (env.SEED_DEMO) await runStep("seed", ["build/proc/cli.js", "seed", "--demo", "--if-empty"]);
  if (env.SEED_REAL_SOURCES) await runStep("seed", ["build/proc/cli.js", "seed-sources", "--if-none"]);

  if (process.env.START_SEPARATE_PROCESSES === "1") {
    spawnNode("web", ["build/proc/web.js"], { longRunning: true });
    if (env.SCHEDULER_ENABLED) spawnNode("jobs", ["build/proc/jobs.js"], { longRunning: true });
  } else {
    spawnNode("app", ["build/proc/serve.js"], { longRunning: true });
  }
  await waitForHttp(`http://127.0.0.1:${env.PORT}/resources/healthz`, 30_000);
  say(`ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s — open ${env.APP_URL}`);
} catch (error) {
  console.error(`[start] ${error instanceof MeiliUnavailableError ? error.message : error instanceof Error ? error.message : String(error)}`);
  await shutdown(1, "start-up failed");
}
