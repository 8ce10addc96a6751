// Parse benchmark: decode + parse + normalise (app/ingest/pipeline.server.ts) against
// rss-parser's bare parseString on the same generated ~10 MB RSS feed, as a throughput
// ratio; and the peak resident memory of a process doing each, chunked and whole.
// No database, no HTTP: this isolates the part of ingestion that app/ingest owns
// (tests/bench/ingest.ts measures the whole pipeline, store included).
//
// Run: npx tsx tests/bench/parse.ts      (BENCH_FEED_MB=10, BENCH_ROUNDS=5 by default)
// Internally re-runs itself as `--child <mode> <file>` for the memory figures, so every
// peak is measured in a fresh process.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Parser from "rss-parser";
import { processFeedBytes, processFeedBytesInBatches } from "../../app/ingest/pipeline.server.ts";
import type { SourceContext } from "../../app/ingest/normalise.server.ts";
import { generateFeed } from "./feed-generator.ts";

const SOURCE: SourceContext = { id: "bench", kind: "case", jurisdiction: "US", language: "en" };
const FETCHED_AT = new Date("2026-11-04T00:00:00.000Z");
const FEED_URL = "https://bench.invalid/feed.xml";

// ---------------------------------------------------------------------------------------
// Child mode: one approach, in a fresh process, reporting its peak RSS.

type Mode = "bare" | "whole" | "chunked" | "chunked-collect";
type ChildReport = { mode: Mode; baselineMb: number; peakMb: number; ms: number; items: number; batches: number | null };

const maxRssMb = () => process.resourceUsage().maxRSS / 1024;

async function child(mode: Mode, file: string): Promise<ChildReport> {
  // The bytes as the fetcher would hand them over.
  const bytes = fs.readFileSync(file);
  const baselineMb = maxRssMb();
  const t = performance.now();
  let items = 0;
  let batches: number | null = null;
  if (mode === "bare") {
    const feed = await new Parser({ defaultRSS: 2 }).parseString(bytes.toString("utf8"));
    items = feed.items.length;
  } else if (mode === "whole") {
    // The pre-batching behaviour: one parse of the whole document, every item held.
    const feed = await processFeedBytes({ bytes, feedUrl: FEED_URL, source: SOURCE, fetchedAt: FETCHED_AT, batching: { chunkThreshold: Infinity } });
    items = feed.items.length;
  } else if (mode === "chunked-collect") {
    // The "test now" path: batched parse, every item held at the end.
    const feed = await processFeedBytes({ bytes, feedUrl: FEED_URL, source: SOURCE, fetchedAt: FETCHED_AT });
    items = feed.items.length;
  } else {
    // The ingest path: each batch is consumed (here: counted and dropped) before the next.
    const summary = await processFeedBytesInBatches({ bytes, feedUrl: FEED_URL, source: SOURCE, fetchedAt: FETCHED_AT }, () => {});
    items = summary.itemCount;
    batches = summary.batches;
  }
  return { mode, baselineMb, peakMb: maxRssMb(), ms: performance.now() - t, items, batches };
}

// ---------------------------------------------------------------------------------------

function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main() {
  const mb = Number(process.env.BENCH_FEED_MB ?? 10);
  const { xml, items } = generateFeed(mb);
  const bytes = Buffer.from(xml);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "radar-bench-parse-"));
  const file = path.join(dir, "feed.xml");
  fs.writeFileSync(file, bytes);

  // Memory first, in fresh processes, before this one warms up and grows.
  const self = fileURLToPath(import.meta.url);
  const reports: ChildReport[] = [];
  for (const mode of ["bare", "whole", "chunked-collect", "chunked"] as Mode[]) {
    const run = spawnSync(process.execPath, ["--import", "tsx", self, "--child", mode, file], {
      encoding: "utf8",
      cwd: path.resolve(path.dirname(self), "../.."),
    });
    if (run.status !== 0) throw new Error(`child ${mode} failed:\n${run.stdout}\n${run.stderr}`);
    const report = JSON.parse(run.stdout.trim().split("\n").pop()!) as ChildReport;
    if (report.items !== items) throw new Error(`${mode} read ${report.items} of ${items} items`);
    reports.push(report);
  }

  // Throughput, in this process, bare and ours alternating so that load from elsewhere
  // on the machine hits both alike: the first (cold) run of each, then the median of
  // the warm runs.
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  const parser = new Parser({ defaultRSS: 2 });
  const bare: number[] = [];
  const ours: number[] = [];
  for (let k = 0; k < rounds; k++) {
    let t = performance.now();
    const feed = await parser.parseString(xml);
    bare.push(performance.now() - t);
    if (feed.items.length !== items) throw new Error(`bare parse found ${feed.items.length} of ${items}`);
    t = performance.now();
    const summary = await processFeedBytesInBatches({ bytes, feedUrl: FEED_URL, source: SOURCE, fetchedAt: FETCHED_AT }, () => {});
    ours.push(performance.now() - t);
    if (summary.itemCount !== items) throw new Error(`pipeline produced ${summary.itemCount} of ${items}: ${JSON.stringify(summary.skipped.slice(0, 3))}`);
  }
  const bareWarm = median(bare.slice(1));
  const oursWarm = median(ours.slice(1));

  const rate = (ms: number) => `${Math.round(items / (ms / 1000)).toLocaleString("en")} items/s`;
  console.log(
    `machine: ${os.cpus().length} cores, node ${process.version}, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}, ${new Date().toISOString()}`,
  );
  console.log(`feed: ${(bytes.length / 1024 / 1024).toFixed(1)} MiB, ${items} items (1/3 Chinese)`);
  console.log(`bare rss-parser parseString:      first ${bare[0].toFixed(0)} ms, warm median ${bareWarm.toFixed(0)} ms → ${rate(bareWarm)}`);
  console.log(`decode+parse+normalise (batched): first ${ours[0].toFixed(0)} ms, warm median ${oursWarm.toFixed(0)} ms → ${rate(oursWarm)}`);
  console.log(
    `ratio ours/bare throughput: warm ${((bareWarm / oursWarm) * 100).toFixed(0)}%, first runs ${((bare[0] / ours[0]) * 100).toFixed(0)}% (budget: ≥ 77%, i.e. ≤ 1.3× bare)`,
  );
  console.log(`peak RSS, fresh process each (baseline = after imports and reading the file):`);
  for (const r of reports) {
    console.log(
      `  ${r.mode.padEnd(16)} peak ${r.peakMb.toFixed(0).padStart(4)} MB (baseline ${r.baselineMb.toFixed(0)} MB, +${(r.peakMb - r.baselineMb).toFixed(0)} MB), ${r.ms.toFixed(0)} ms${r.batches === null ? "" : `, ${r.batches} batches`}`,
    );
  }
  console.log("  (bare: rss-parser parseString on the decoded text; whole: every item held, the document parsed whole;");
  console.log("   chunked-collect: batched parse, every item held, as processFeedBytes; chunked: batches consumed and dropped)");
  fs.rmSync(dir, { recursive: true, force: true });
}

const childAt = process.argv.indexOf("--child");
if (childAt >= 0) {
  const report = await child(process.argv[childAt + 1] as Mode, process.argv[childAt + 2]);
  console.log(JSON.stringify(report));
} else {
  await main();
}
