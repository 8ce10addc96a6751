// Start-up benchmark: `npm start` on an empty data directory to the first HTTP 200 (fresh),
// then again on the same data directory (warm restart), with the time of each step as the
// supervisor prints it, and the idle resident memory of the app processes and the
// supervisor. The build is timed on its own: a clean clone's first start adds it (later
// starts skip it while the bundle is current). Baselines in the same run: a bare Node process
// (start time to first output, idle RSS), so the figures compare across noisy machines as ratios.
// Run: npx tsx tests/bench/startup.ts   (prints a table; record it in docs/benchmarks.md)
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "../../search/local-meili.ts";

const root = path.resolve(import.meta.dirname, "../..");
const IDLE_SETTLE_MS = 10_000;

function rssKb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

function descendants(pid: number): { pid: number; cmd: string }[] {
  const out = execFileSync("ps", ["-eo", "pid=,ppid=,args="], { encoding: "utf8" });
  const rows = out
    .trim()
    .split("\n")
    .map((l) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), cmd: m[3] }));
  const result: { pid: number; cmd: string }[] = [];
  const walk = (p: number) => {
    for (const r of rows.filter((r) => r.ppid === p)) {
      result.push({ pid: r.pid, cmd: r.cmd });
      walk(r.pid);
    }
  };
  walk(pid);
  return result;
}

async function baselineNode() {
  const started = performance.now();
  const child = spawn(process.execPath, ["-e", "console.log('up'); setInterval(() => {}, 1000)"], { stdio: ["ignore", "pipe", "ignore"] });
  await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  const startMs = performance.now() - started;
  await new Promise((r) => setTimeout(r, 1000));
  const rss = rssKb(child.pid!);
  child.kill();
  return { startMs, rssMb: rss / 1024 };
}

async function measureStart(dataDir: string) {
  const port = await findFreePort();
  const meiliPort = await findFreePort();
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "app/cli/start.ts"], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), MEILI_PORT: String(meiliPort), LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  let firstOkMs = 0;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited:\n${log}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/login`);
      if (res.status === 200) {
        firstOkMs = performance.now() - started;
        break;
      }
    } catch {
      // not yet
    }
    if (performance.now() - started > 120_000) throw new Error(`no HTTP 200 within 120 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => setTimeout(r, IDLE_SETTLE_MS));
  const procs = descendants(child.pid!).map((p) => ({ ...p, rssMb: rssKb(p.pid) / 1024 }));
  const supervisorMb = rssKb(child.pid!) / 1024;
  process.kill(-child.pid!, "SIGINT");
  await new Promise((r) => child.once("exit", r));
  const steps = log
    .split("\n")
    .filter((l) => /^\[start\] .*(: [\d.]+ s|skipped|first answer)/.test(l))
    .map((l) => l.replace(/^\[start\] /, ""));
  return { firstOkMs, procs, supervisorMb, steps };
}

/** `npm run build`'s two steps, timed (they rewrite the same bundle). */
function timeBuild(): number {
  const started = performance.now();
  execFileSync(process.execPath, ["node_modules/@remix-run/dev/dist/cli.js", "build"], { cwd: root, stdio: "ignore" });
  execFileSync(process.execPath, ["app/cli/build-processes.mjs"], { cwd: root, stdio: "ignore" });
  return performance.now() - started;
}

const base = await baselineNode();
const buildMs = timeBuild();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "radar-bench-"));
const run = await measureStart(dataDir);
const warm = await measureStart(dataDir);
fs.rmSync(dataDir, { recursive: true, force: true });
const app = run.procs.filter((p) => p.cmd.includes("build/proc/"));
const meili = run.procs.filter((p) => p.cmd.includes("meilisearch"));
const appMb = app.reduce((s, p) => s + p.rssMb, 0);
console.log(
  `machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, ${new Date().toISOString()}, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
console.log(`baseline bare node: start ${base.startMs.toFixed(0)} ms, idle RSS ${base.rssMb.toFixed(0)} MB`);
console.log(`build (remix build + process bundles; a clean clone's first start adds it): ${(buildMs / 1000).toFixed(2)} s`);
console.log(
  `npm start → first HTTP 200, fresh data dir: ${(run.firstOkMs / 1000).toFixed(2)} s (${(run.firstOkMs / base.startMs).toFixed(0)}× bare node start; goal < 10 s); clean clone incl. build ≈ ${((run.firstOkMs + buildMs) / 1000).toFixed(2)} s`,
);
console.log(`  steps: ${run.steps.join(" | ")}`);
console.log(
  `npm start → first HTTP 200, warm restart: ${(warm.firstOkMs / 1000).toFixed(2)} s (${(warm.firstOkMs / base.startMs).toFixed(0)}× bare node start; goal < 5 s)`,
);
console.log(`  steps: ${warm.steps.join(" | ")}`);
console.log(
  `idle RSS web + scheduler (${app.length} processes: ${app.map((p) => p.cmd.split(" ").pop()).join(", ")}): ${appMb.toFixed(0)} MB (${(appMb / base.rssMb).toFixed(1)}× bare node; was < 250 MB for one process, WEB_CONCURRENCY=1)`,
);
console.log(`idle RSS supervisor: ${run.supervisorMb.toFixed(0)} MB; Meilisearch: ${meili.reduce((s, p) => s + p.rssMb, 0).toFixed(0)} MB`);
