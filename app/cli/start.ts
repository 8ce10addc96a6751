// `npm start`: the whole system on one machine — local Meilisearch (unless MEILI_HOST is
// set), migrations, demo data on an empty database, then the web server and the scheduler
// with prefixed logs. Ctrl-C stops the app process, then Meilisearch: nothing is orphaned.
// A long-running child that crashes (the app, the jobs process, the bundled Meilisearch) is
// restarted with back-off (1, 2, 4 … 30 s) instead of taking the whole system down.
// This supervisor stays small: database work (migrations, seed checks) runs in one short-lived
// CLI child from the bundle, so it never holds a Prisma client itself. The build is skipped
// when the bundle is newer than every source (build-freshness.ts). Each step's time is printed.
import { type ChildProcess, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";
import { type LocalMeili, MeiliUnavailableError, startLocalMeili } from "#search/local-meili.ts";
import { requireValidEnv } from "~/utils/env.server.ts";
import { buildOutdatedBecause } from "./build-freshness.ts";

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

const RESTART_FIRST_DELAY_MS = 1000;
const RESTART_MAX_DELAY_MS = 30_000;
/** A child that stayed up this long crashed for a new reason: its back-off starts again. */
const RESTART_RESET_AFTER_MS = 60_000;

/** Restart delays for one supervised child: doubling from 1 s to 30 s, reset after a good run. */
function backoff() {
  let delay = RESTART_FIRST_DELAY_MS;
  return (upMs: number) => {
    if (upMs >= RESTART_RESET_AFTER_MS) delay = RESTART_FIRST_DELAY_MS;
    const wait = delay;
    delay = Math.min(RESTART_MAX_DELAY_MS, delay * 2);
    return wait;
  };
}

function spawnNode(name: string, args: string[]) {
  const child = spawn(process.execPath, [...NODE_FLAGS, ...args], { cwd: root, env: process.env, stdio: ["ignore", "pipe", "pipe"] });
  children.add(child);
  pipePrefixed(child.stdout, `[${name}]`, process.stdout);
  pipePrefixed(child.stderr, `[${name}]`, process.stderr);
  const exited = new Promise<number>((resolve) =>
    child.on("exit", (code) => {
      children.delete(child);
      resolve(code ?? 1);
    }),
  );
  return { child, exited };
}

/** Keeps a long-running Node process up: restarted with back-off when it dies unexpectedly. */
function superviseNode(name: string, args: string[]) {
  const nextDelay = backoff();
  const launch = () => {
    const started = Date.now();
    const { child, exited } = spawnNode(name, args);
    say(`${name} started (pid ${child.pid})`);
    void exited.then((code) => {
      if (stopping) return;
      const wait = nextDelay(Date.now() - started);
      say(`${name} exited unexpectedly (${child.signalCode ?? code}); restarting in ${wait / 1000} s`);
      setTimeout(() => stopping || launch(), wait);
    });
  };
  launch();
}

/** The bundled Meilisearch, restarted on the same port and key when it dies unexpectedly. */
async function superviseMeili(first: LocalMeili) {
  const nextDelay = backoff();
  let current = first;
  let started = Date.now();
  const port = Number(new URL(first.host).port);
  for (;;) {
    say(`meilisearch running (pid ${current.pid})`);
    const exit = await current.exited;
    if (stopping) return;
    let wait = nextDelay(Date.now() - started);
    say(`meilisearch exited unexpectedly (${exit.signal ?? exit.code}); restarting in ${wait / 1000} s`);
    for (;;) {
      await new Promise((r) => setTimeout(r, wait));
      if (stopping) return;
      try {
        current = await startMeili(port, first.masterKey);
        meili = current;
        started = Date.now();
        break;
      } catch (error) {
        wait = nextDelay(0);
        say(`meilisearch did not start again (${error instanceof Error ? error.message.split("\n")[0] : String(error)}); next try in ${wait / 1000} s`);
      }
    }
  }
}

function startMeili(port: number, masterKey?: string) {
  return startLocalMeili({
    dataDir: env.DATA_DIR,
    port,
    masterKey,
    maxIndexingMemory: env.MEILI_MAX_INDEXING_MEMORY,
    log: (line) => process.stdout.write(`[meili] ${line}\n`),
  });
}

async function runStep(name: string, args: string[]) {
  const code = await spawnNode(name, args).exited;
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

/** Runs `step` and prints how long it took (issue 17: start-up time per step). */
async function timed<T>(step: string, run: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await run();
  say(`${step}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

try {
  const hasDevTools = fs.existsSync(path.join(root, "node_modules/@remix-run/dev/dist/cli.js"));
  // The build runs only when a source is newer than the bundle (a warm restart skips it).
  const outdated = process.env.SKIP_BUILD === "1" || !hasDevTools ? null : buildOutdatedBecause(root);
  if (hasDevTools && !outdated && process.env.SKIP_BUILD !== "1") say("build: skipped, the bundle is current");
  const building = outdated
    ? timed(`build (${outdated})`, () =>
        runStep("build", [path.join(root, "node_modules/@remix-run/dev/dist/cli.js"), "build"]).then(() => runStep("build", ["app/cli/build-processes.mjs"])),
      )
    : Promise.resolve();

  if (!env.MEILI_HOST) {
    say("MEILI_HOST not set: starting the bundled Meilisearch on 127.0.0.1");
    meili = await timed("meilisearch start", () => startMeili(env.MEILI_PORT, env.MEILI_MASTER_KEY));
    process.env.MEILI_HOST = meili.host;
    process.env.MEILI_MASTER_KEY = meili.masterKey;
    void superviseMeili(meili);
  } else {
    say(`using Meilisearch at ${env.MEILI_HOST}`);
  }

  await building;
  if (!fs.existsSync(path.join(root, "build/proc/serve.js"))) {
    throw new Error("build/ is missing and the build tools are not installed: run `npm install && npm run build`");
  }
  // Migrations and the seed checks in one process from the bundle (the CLI prints each step's time).
  const prepare = ["build/proc/cli.js", "prepare", ...(env.SEED_DEMO ? ["--demo"] : []), ...(env.SEED_REAL_SOURCES ? ["--sources"] : [])];
  await timed("database ready (migrate + seed checks)", () => runStep("prepare", prepare));
  const serving = Date.now();

  if (process.env.START_SEPARATE_PROCESSES === "1") {
    superviseNode("web", ["build/proc/web.js"]);
    if (env.SCHEDULER_ENABLED) superviseNode("jobs", ["build/proc/jobs.js"]);
  } else {
    superviseNode("app", ["build/proc/serve.js"]);
  }
  await waitForHttp(`http://127.0.0.1:${env.PORT}/resources/healthz`, 30_000);
  say(
    `web: first answer ${((Date.now() - serving) / 1000).toFixed(1)} s after starting (${env.WEB_CONCURRENCY} web process${env.WEB_CONCURRENCY > 1 ? "es" : ""})`,
  );
  say(`ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s — open ${env.APP_URL}`);
} catch (error) {
  console.error(`[start] ${error instanceof MeiliUnavailableError ? error.message : error instanceof Error ? error.message : String(error)}`);
  await shutdown(1, "start-up failed");
}
