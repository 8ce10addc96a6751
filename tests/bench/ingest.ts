// Ingestion benchmark: the whole pipeline (HTTP fetch from loopback → decode → parse →
// normalise → store with de-duplication) against rss-parser's bare parseString on the same
// bytes, in the same run; plus the peak resident memory of a jobs process ingesting a
// ~10 MB feed. Run: npm run build && npx tsx tests/bench/ingest.ts
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import Parser from "rss-parser";
import { applyMigrations } from "../../app/utils/migrate.server.ts";

const root = path.resolve(import.meta.dirname, "../..");
const TARGET_MB = Number(process.env.BENCH_FEED_MB ?? 10);

const COMPANIES = ["Shenzhen Lianxin Power Technology Co., Ltd.", "Ningbo Sunrise Solar Co., Ltd.", "Dongguan Hengrun New Energy Co., Ltd.", "Xiamen Bright LED Lighting Co., Ltd.", "Shantou Happy Toys Co., Ltd."];
const PRODUCTS = ["Lithium-Ion Battery Cells", "Photovoltaic Modules", "LED Lighting Devices", "Robotic Vacuum Cleaners", "Plush Toys", "Power Banks", "Smart Thermostats"];
const ZH = ["美国ITC对锂离子电池发起337调查", "德国展会禁令：LED照明企业遭临时禁令", "亚马逊Schedule A案件激增，玩具卖家资金被冻结", "欧盟海关扣押侵权移动电源", "光伏组件企业遭美国专利诉讼"];

function escapeXml(s: string) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A realistic RSS 2.0 feed of about `mb` MiB: ITC-style notices and Chinese news, unique guids. */
function generateFeed(mb: number): { xml: string; items: number } {
  const parts: string[] = [];
  let size = 0;
  let i = 0;
  const target = mb * 1024 * 1024;
  parts.push(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench feed</title><link>https://bench.invalid/</link><description>bench</description>`);
  while (size < target) {
    const product = PRODUCTS[i % PRODUCTS.length];
    const zh = i % 3 === 0;
    const title = zh ? `${ZH[i % ZH.length]}（第${i}号）` : `Certain ${product} and Products Containing the Same; Institution of Investigation ${i}`;
    const body = zh
      ? `<p>${ZH[(i + 1) % ZH.length]}。涉案企业包括${COMPANIES[i % COMPANIES.length]}。</p>`.repeat(6)
      : `<p>Notice is hereby given that a complaint was filed with the U.S. International Trade Commission under section 337 of the Tariff Act of 1930 on behalf of Ampereon Energy Systems, Inc. The complaint names as respondents: ${COMPANIES[i % COMPANIES.length]} of Shenzhen, China; ${COMPANIES[(i + 2) % COMPANIES.length]} of Ningbo, China. The products are classified under HTS 8507.60.0020. Investigation No. 337-TA-${1000 + (i % 900)}.</p>`.repeat(3);
    const item = `<item><title>${escapeXml(title)}</title><link>https://bench.invalid/items/${i}</link><guid isPermaLink="false">bench-${i}</guid><pubDate>${new Date(Date.UTC(2026, 9, 1) + i * 60_000).toUTCString()}</pubDate><description>${escapeXml(body)}</description></item>`;
    parts.push(item);
    size += Buffer.byteLength(item);
    i++;
  }
  parts.push("</channel></rss>");
  return { xml: parts.join(""), items: i };
}

function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const { xml, items } = generateFeed(TARGET_MB);
const bytes = Buffer.from(xml);
const server = http.createServer((_req, res) => {
  res.writeHead(200, { "Content-Type": "application/rss+xml; charset=utf-8" });
  res.end(bytes);
});
await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;

// Baseline: bare rss-parser on the same bytes (median of 3).
const parser = new Parser({ defaultRSS: 2 });
const bare: number[] = [];
for (let k = 0; k < 3; k++) {
  const t = performance.now();
  const feed = await parser.parseString(xml);
  bare.push(performance.now() - t);
  if (feed.items.length !== items) throw new Error(`bare parse found ${feed.items.length} of ${items}`);
}
const bareMs = median(bare);

// Pipeline: a jobs-like process (the bundled CLI) ingesting the feed into a fresh database.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "radar-bench-ingest-"));
const dbUrl = `file:${path.join(dir, "bench.db")}`;
await applyMigrations(dbUrl);
const env = { ...process.env, DATABASE_URL: dbUrl, MEILI_HOST: "http://127.0.0.1:9", MEILI_MASTER_KEY: "unreachable-for-bench", LOG_LEVEL: "error", FEED_MAX_BYTES: String(64 * 1024 * 1024), FEED_TIMEOUT_MS: "120000" };
const run = (args: string[]) =>
  new Promise<{ out: string; peakKb: number }>((resolve, reject) => {
    const child = spawn(process.execPath, [...(process.env.BENCH_PROF && args[0] === "ingest" ? ["--cpu-prof", "--cpu-prof-dir=/tmp/prof"] : []), "build/proc/cli.js", ...args], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let peakKb = 0;
    const poll = setInterval(() => {
      try {
        const status = fs.readFileSync(`/proc/${child.pid}/status`, "utf8");
        peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
      } catch {
        // exited
      }
    }, 20);
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => {
      clearInterval(poll);
      if (code === 0) resolve({ out, peakKb });
      else reject(new Error(`cli ${args.join(" ")} exited ${code}:\n${out}`));
    });
  });
const sourceId = (await run(["sources", "add", "--url", url, "--name", "bench", "--kind", "case", "--jurisdiction", "US"])).out.trim();
const ingest = await run(["ingest", "--once", "--source", sourceId, "--json"]);
const summary = JSON.parse(ingest.out.slice(ingest.out.indexOf("{"))).sources[0];
if (summary.created !== items) throw new Error(`pipeline stored ${summary.created} of ${items}: ${JSON.stringify(summary)}`);
const pipelineMs = summary.timings.totalMs;

console.log(`machine: ${os.cpus().length} cores, node ${process.version}, ${new Date().toISOString()}`);
console.log(`feed: ${(bytes.length / 1024 / 1024).toFixed(1)} MiB, ${items} items (1/3 Chinese), served from 127.0.0.1`);
console.log(`bare rss-parser parseString: ${bareMs.toFixed(0)} ms → ${Math.round(items / (bareMs / 1000))} items/s`);
console.log(`whole pipeline (fetch+decode+parse+normalise+store): ${pipelineMs} ms → ${Math.round(items / (pipelineMs / 1000))} items/s`);
console.log(`  fetch ${summary.timings.fetchMs} ms, parse+normalise ${summary.timings.parseMs} ms, store ${summary.timings.storeMs} ms`);
console.log(`ratio pipeline/bare parse throughput: ${(bareMs / pipelineMs * 100).toFixed(0)}% (target ≥ 50%)`);
console.log(`peak RSS of the ingesting process: ${(ingest.peakKb / 1024).toFixed(0)} MB (target < 300 MB)`);
server.close();
fs.rmSync(dir, { recursive: true, force: true });
