// Pages benchmark (issue 17): the built web server on a demo-seeded database, signed-in staff
// and exporter pages over loopback HTTP — 1 user in sequence and 50 users at once — beside
// `/resources/healthz` in the same run (the baseline: the same server doing no page work).
// Besides latency it prints the web processes' CPU time per request (utime + stime from
// /proc/<pid>/stat, summed over the server and its cluster workers): unlike milliseconds on
// the clock it barely moves when other work shares the machine.
//
// Run: npm run build && npx tsx tests/bench/pages.ts
//   PAGES_PROCESSES=1,2   web process counts to measure (WEB_CONCURRENCY of each run)
//   PAGES_USERS=50        concurrent users;  PAGES_ROUNDS=6  pages per user per round
//   PAGES_CPU_PROF=dir    write a V8 CPU profile of the (single) web process into dir
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { findFreePort, startLocalMeili } from "../../search/local-meili.ts";

const root = path.resolve(import.meta.dirname, "../..");
const PASSWORD = "radar-demo-2026";
const STAFF_PAGES = ["/staff", "/staff/search?q=patent", "/staff/search?q=%E4%B8%93%E5%88%A9", "/staff/sources", "/staff/audit", "/staff/requests"];
const EXPORTER_PAGES = ["/exporter", "/exporter/alerts", "/exporter/requests"];
const USERS = Number(process.env.PAGES_USERS ?? 50);
const ROUNDS = Number(process.env.PAGES_ROUNDS ?? 6);
const PROCESS_COUNTS = (process.env.PAGES_PROCESSES ?? `1,${Math.min(2, os.cpus().length)}`).split(",").map(Number);
const TICK_MS = 1000 / Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim() || 100);

const agent = new http.Agent({ keepAlive: true, maxSockets: USERS + 10 });

function get(url: string, cookie?: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers: cookie ? { Cookie: cookie } : {} }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
    });
    // The server closed an idle keep-alive connection just as it was reused: send again.
    req.on("error", (error: NodeJS.ErrnoException) =>
      req.reusedSocket && error.code === "ECONNRESET" ? get(url, cookie).then(resolve, reject) : reject(error),
    );
  });
}

function signIn(base: string, email: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const body = new URLSearchParams({ email, password: PASSWORD }).toString();
    const req = http.request(
      `${base}/login`,
      { method: "POST", agent, headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": Buffer.byteLength(body), Origin: base } },
      (res) => {
        res.resume();
        const cookie = String(res.headers["set-cookie"] ?? "").split(";")[0];
        if (res.statusCode !== 302 || !cookie) reject(new Error(`login ${email}: ${res.statusCode}`));
        else resolve(cookie);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** CPU ms used so far by a process and all its descendants (cluster workers). */
function cpuMs(pid: number): number {
  const ps = spawnSync("ps", ["-eo", "pid=,ppid="], { encoding: "utf8" }).stdout;
  const children = new Map<number, number[]>();
  for (const line of ps.trim().split("\n")) {
    const [p, pp] = line.trim().split(/\s+/).map(Number);
    children.set(pp!, [...(children.get(pp!) ?? []), p!]);
  }
  let total = 0;
  const walk = (p: number) => {
    try {
      const fields = fs.readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1]!.split(" ");
      total += (Number(fields[11]) + Number(fields[12])) * TICK_MS; // utime, stime
    } catch {
      // gone
    }
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(pid);
  return total;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

function cli(env: NodeJS.ProcessEnv, ...args: string[]) {
  const r = spawnSync(process.execPath, ["build/proc/cli.js", ...args], { cwd: root, env, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`cli ${args.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
}

async function startWeb(env: NodeJS.ProcessEnv, processes: number, profileDir?: string) {
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  const args = [...(profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []), "build/proc/web.js"];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...env, PORT: String(port), HOST: "127.0.0.1", APP_URL: base, WEB_CONCURRENCY: String(processes) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`web exited:\n${out}`);
    // Every worker must be up: ask until `processes` distinct pids answered.
    try {
      if ((await get(`${base}/resources/healthz`)).status === 200) break;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`web did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

interface Row {
  label: string;
  p50: number;
  p95: number;
  rps: number;
  cpuPerReq: number;
}

async function measure(label: string, pid: number, jobs: { url: string; cookie?: string }[][]): Promise<Row> {
  const times: number[] = [];
  const cpu0 = cpuMs(pid);
  const started = performance.now();
  await Promise.all(
    jobs.map(async (list) => {
      for (const job of list) {
        const r = await get(job.url, job.cookie);
        if (r.status !== 200) throw new Error(`${job.url}: ${r.status}`);
        times.push(r.ms);
      }
    }),
  );
  const wall = performance.now() - started;
  const cpu = cpuMs(pid) - cpu0;
  times.sort((a, b) => a - b);
  return { label, p50: pct(times, 50), p95: pct(times, 95), rps: (times.length * 1000) / wall, cpuPerReq: cpu / times.length };
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "radar-pages-"));
const meili = await startLocalMeili({ dataDir, port: 0, maxIndexingMemory: "256MiB" });
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  DATA_DIR: dataDir,
  DATABASE_URL: `file:${path.join(dataDir, "radar.db")}`,
  MEILI_HOST: meili.host,
  MEILI_MASTER_KEY: meili.masterKey,
  SESSION_SECRET: crypto.randomBytes(32).toString("hex"),
  LOG_LEVEL: "warn",
  SCHEDULER_ENABLED: "false",
};
const rows: Row[] = [];
try {
  cli(env, "migrate");
  cli(env, "seed", "--demo", "--if-empty");
  cli(env, "reindex");
  for (const processes of PROCESS_COUNTS) {
    const web = await startWeb(env, processes, processes === 1 ? process.env.PAGES_CPU_PROF : undefined);
    try {
      const staff = await signIn(web.base, "staff1@demo.radar");
      const exporter = await signIn(web.base, "exporter.solar@demo.radar");
      const staffJobs = STAFF_PAGES.map((p) => ({ url: web.base + p, cookie: staff }));
      const exporterJobs = EXPORTER_PAGES.map((p) => ({ url: web.base + p, cookie: exporter }));
      const health = { url: `${web.base}/resources/healthz` };
      // Warm-up: every page a few times in every process.
      await measure("warm-up", web.pid, [Array.from({ length: 4 * processes }, () => [...staffJobs, ...exporterJobs]).flat()]);
      const tag = `${processes} process${processes > 1 ? "es" : ""}`;
      rows.push(await measure(`${tag} · healthz, 1 user (baseline)`, web.pid, [Array(200).fill(health)]));
      rows.push(await measure(`${tag} · staff pages, 1 user`, web.pid, [Array.from({ length: 10 }, () => staffJobs).flat()]));
      rows.push(await measure(`${tag} · exporter pages, 1 user`, web.pid, [Array.from({ length: 10 }, () => exporterJobs).flat()]));
      // Each concurrent user has its own session; signed in one after another (parallel
      // sign-ins of one account are throttled by design).
      const staffCookies: string[] = [];
      const exporterCookies: string[] = [];
      for (let i = 0; i < USERS / 2; i++) {
        staffCookies.push(await signIn(web.base, "staff1@demo.radar"));
        exporterCookies.push(await signIn(web.base, "exporter.solar@demo.radar"));
      }
      const user = (cookie: string, pages: string[], offset: number) =>
        Array.from({ length: ROUNDS }, (_, i) => ({ url: web.base + pages[(i + offset) % pages.length], cookie }));
      rows.push(
        await measure(
          `${tag} · healthz, ${USERS} users (baseline)`,
          web.pid,
          Array.from({ length: USERS }, () => Array(ROUNDS * 2).fill(health)),
        ),
      );
      rows.push(
        await measure(
          `${tag} · staff pages, ${USERS} users`,
          web.pid,
          [...staffCookies, ...staffCookies].map((c, i) => user(c, STAFF_PAGES, i)),
        ),
      );
      rows.push(
        await measure(`${tag} · staff + exporter mixed, ${USERS} users`, web.pid, [
          ...staffCookies.map((c, i) => user(c, STAFF_PAGES, i)),
          ...exporterCookies.map((c, i) => user(c, EXPORTER_PAGES, i)),
        ]),
      );
    } finally {
      await web.stop();
    }
  }
} finally {
  await meili.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  agent.destroy();
}

const load = os
  .loadavg()
  .map((l) => l.toFixed(1))
  .join(" ");
console.log(`machine: ${os.cpus().length} cores, node ${process.version}, ${new Date().toISOString()}, load ${load}`);
console.log(`staff pages: ${STAFF_PAGES.join(" ")}; exporter pages: ${EXPORTER_PAGES.join(" ")}`);
console.log(`| run | p50 ms | p95 ms | req/s | web CPU ms/request | CPU ratio to healthz |`);
console.log(`|---|---|---|---|---|---|`);
for (const r of rows) {
  const baseline = rows.find((b) => b.label.startsWith(r.label.split(" · ")[0]!) && b.label.includes("healthz, 1 user"));
  console.log(
    `| ${r.label} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.rps.toFixed(0)} | ${r.cpuPerReq.toFixed(2)} | ${baseline ? (r.cpuPerReq / baseline.cpuPerReq).toFixed(1) : "—"}× |`,
  );
}
