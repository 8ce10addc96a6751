// Statistics page benchmark (issue 14): the staff statistics page's server work — exactly what
// the route's loader calls, statisticsPage() (indicators for the period and the same period
// last year, breakdowns, filter options, server-rendered SVG charts) — on 100k risk items over
// a year, 10k companies, 5k guidance requests in every state with their timelines, and alerts;
// for a month, a quarter and a year, beside a same-run baseline (a plain count of RiskItem
// through the same Prisma client). Also times a year's report content (generateContent).
// Then, per period, the figures alone the old way (every record read into memory:
// computeStatisticsInMemory) and the new way (counted in the database: computeStatistics).
//   npx tsx tests/bench/statistics.ts      (BENCH_ITEMS, BENCH_COMPANIES, BENCH_REQUESTS, BENCH_RUNS, BENCH_BEFORE_RUNS)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { DISPUTE_TYPES } from "../../app/domain/dispute-types.ts";
import { REQUEST_STATES } from "../../app/domain/request-states.ts";
import { INDUSTRY_LABELS } from "../../app/domain/taxonomy.ts";
import { applyMigrations } from "../../app/utils/migrate.server.ts";
import { mulberry32 } from "../support/random.ts";

const ITEMS = Number(process.env.BENCH_ITEMS ?? 100_000);
const COMPANIES = Number(process.env.BENCH_COMPANIES ?? 10_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 5_000);
const ALERTS = Number(process.env.BENCH_ALERTS ?? 50_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const EXPERTS = 40;
const CASES = 8_000;

// Deterministic data, so runs compare.
const random = mulberry32(20261207);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");
const DAY = 86_400_000;

const JURISDICTIONS = ["US", "US", "US", "EU", "DE", "GB", "FR", "JP", "KR", "IN", "BR", "WIPO"];
const KINDS = ["case", "case", "case", "news", "law", "barrier"];
const CASE_TYPES = [
  "us-itc-337",
  "schedule-a-tro",
  "eu-customs-detention",
  "trade-fair-injunction",
  "trademark-opposition",
  "us-district-court",
  "law-rule-change",
  "other",
];
const STAGES = ["complaint", "instituted", "initial-determination", "final-determination", "exclusion-order", "terminated"];
const INDUSTRIES = INDUSTRY_LABELS.map((l) => l.id);
const IP_TYPES = ["patent", "trademark", "copyright", "trade-secret", "design"];
const PLACES = [
  ["浙江省", "宁波市"],
  ["浙江省", "杭州市"],
  ["浙江省", "温州市"],
  ["江苏省", "苏州市"],
  ["江苏省", "无锡市"],
  ["广东省", "深圳市"],
  ["广东省", "东莞市"],
  ["福建省", "厦门市"],
  ["山东省", "青岛市"],
  ["上海市", "上海市"],
];
const DISPUTES = DISPUTE_TYPES;
const STATES = REQUEST_STATES;
const PATH = ["submitted", "under-review", "accepted", "expert-assigned", "advice-drafted", "advice-reviewed", "delivered", "closed", "archived"];
const SEVERITIES = ["critical", "high", "medium", "low"];
const some = <T>(xs: readonly T[], max: number) => [...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(xs)))];

// The data covers the year up to "now" (END): the benchmarked periods are inside it.
const END = Date.parse("2026-12-01T00:00:00Z");
const START = END - 365 * DAY;
const at = (t: number) => iso(new Date(t));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "radar-bench-stats-"));
const dbUrl = `file:${path.join(dir, "bench.db")}`;
await applyMigrations(dbUrl);

const tFill = performance.now();
const sql = new Database(path.join(dir, "bench.db"));
sql.pragma("journal_mode = WAL");
sql.pragma("synchronous = OFF");
const insert = (table: string, row: Record<string, unknown>) => {
  const cols = Object.keys(row);
  const stmt = sql.prepare(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(",")}) VALUES (${cols.map((c) => `@${c}`).join(",")})`);
  return (r: Record<string, unknown>) => stmt.run(r);
};
const bulk = (table: string, rows: Iterable<Record<string, unknown>>) => {
  let run: ((r: Record<string, unknown>) => unknown) | null = null;
  let n = 0;
  sql.transaction(() => {
    for (const r of rows) {
      run ??= insert(table, r);
      run(r);
      n++;
    }
  })();
  return n;
};
const now = at(END);

bulk(
  "User",
  (function* () {
    yield { id: "staff", email: "staff@bench", name: "Staff", role: "staff", passwordHash: "x", createdAt: now, updatedAt: now };
    for (let e = 0; e < EXPERTS; e++)
      yield { id: `eu${e}`, email: `expert${e}@bench`, name: `专家${e}`, role: "expert", passwordHash: "x", createdAt: now, updatedAt: now };
  })(),
);
bulk(
  "ExpertProfile",
  (function* () {
    for (let e = 0; e < EXPERTS; e++) yield { id: `ex${e}`, userId: `eu${e}`, displayNameZh: `专家${e}`, createdAt: now, updatedAt: now };
  })(),
);
bulk(
  "Company",
  (function* () {
    for (let c = 0; c < COMPANIES; c++) {
      const [province, city] = pick(PLACES);
      yield {
        id: `co${c}`,
        nameZh: `宁波测试${c}有限公司`,
        industries: JSON.stringify(some(INDUSTRIES, 2)),
        ipTypes: JSON.stringify(some(IP_TYPES, 2)),
        province,
        city,
        createdAt: at(START - 30 * DAY),
        updatedAt: now,
      };
    }
  })(),
);
bulk(
  "Subscription",
  (function* () {
    for (let c = 0; c < COMPANIES; c++)
      yield {
        id: `su${c}`,
        companyId: `co${c}`,
        name: "默认",
        isDefault: 1,
        unsubscribeToken: `tok${c}`,
        active: random() < 0.9 ? 1 : 0,
        createdAt: at(START + random() * 365 * DAY),
        updatedAt: now,
      };
  })(),
);
bulk(
  "Source",
  (function* () {
    for (let s = 0; s < 12; s++)
      yield {
        id: `src${s}`,
        name: `Source ${s}`,
        url: `https://feeds.example/${s}.xml`,
        kind: KINDS[s % KINDS.length],
        jurisdiction: JURISDICTIONS[s],
        createdAt: now,
        updatedAt: now,
      };
  })(),
);
bulk(
  "Case",
  (function* () {
    for (let k = 0; k < CASES; k++)
      yield {
        id: `ca${k}`,
        otherNumber: `B-${k}`,
        caseType: pick(CASE_TYPES),
        jurisdiction: pick(JURISDICTIONS),
        title: `Case ${k}`,
        stage: pick(STAGES),
        firstSeenAt: at(START + random() * 365 * DAY),
        updatedAt: now,
      };
  })(),
);
const itemTimes: number[] = [];
bulk(
  "RiskItem",
  (function* () {
    for (let i = 0; i < ITEMS; i++) {
      const created = START + random() * 365 * DAY;
      itemTimes.push(created);
      const kind = pick(KINDS);
      const inCase = kind === "case" && random() < 0.8;
      yield {
        id: `ri${i}`,
        sourceId: `src${i % 12}`,
        guid: `g${i}`,
        link: `https://feeds.example/item/${i}`,
        title: `Notice ${i}: certain products`,
        summary: "A synthetic notice for the statistics benchmark.",
        publishedAt: at(created - random() * 2 * DAY),
        fetchedAt: at(created),
        language: "en",
        jurisdiction: pick(JURISDICTIONS),
        kind,
        ipTypes: JSON.stringify(some(IP_TYPES, 2)),
        caseType: kind === "law" ? "law-rule-change" : pick(CASE_TYPES),
        stage: inCase ? pick(STAGES) : null,
        caseId: inCase ? `ca${Math.floor(random() * CASES)}` : null,
        industries: JSON.stringify(some(INDUSTRIES, 3)),
        fingerprint: `fp${i}`,
        duplicateOfId: i > 0 && random() < 0.03 ? `ri${Math.floor(random() * i)}` : null,
        createdAt: at(created),
      };
    }
  })(),
);
const seen = new Set<string>();
bulk(
  "Alert",
  (function* () {
    for (let a = 0; a < ALERTS; a++) {
      const item = Math.floor(random() * ITEMS);
      const company = Math.floor(random() * COMPANIES);
      if (seen.has(`${company}:${item}`)) continue;
      seen.add(`${company}:${item}`);
      const created = itemTimes[item]! + random() * 3_600_000;
      const party = random() < 0.15;
      yield {
        id: `al${a}`,
        companyId: `co${company}`,
        riskItemId: `ri${item}`,
        subscriptionId: `su${company}`,
        severity: party ? pick(["critical", "high"]) : pick(SEVERITIES),
        reasons: JSON.stringify(party ? [{ kind: "party", name: "x", score: 0.95 }] : [{ kind: "keyword", term: "x" }]),
        readAt: random() < 0.6 ? at(created + random() * 5 * DAY) : null,
        createdAt: at(created),
      };
    }
  })(),
);
// Requests: every state; the timeline's stamps and events follow the state machine's path.
const events: Record<string, unknown>[] = [];
const assignments: Record<string, unknown>[] = [];
const escalations: Record<string, unknown>[] = [];
bulk(
  "GuidanceRequest",
  (function* () {
    for (let r = 0; r < REQUESTS; r++) {
      const state = STATES[r % STATES.length]!;
      const submitted = state === "draft" ? null : START + random() * 360 * DAY;
      const stamp = (days: number) => (submitted == null ? null : submitted + days * DAY * (0.5 + random()));
      const reached = (s: string) => PATH.indexOf(state) >= PATH.indexOf(s) && PATH.includes(state);
      const accepted = reached("accepted") ? stamp(2) : null;
      const delivered = reached("delivered") ? stamp(12) : null;
      const closed = reached("closed") ? stamp(15) : null;
      const id = `gr${r}`;
      let t = submitted ?? START;
      if (submitted != null) {
        const path = PATH.includes(state) ? PATH.slice(0, PATH.indexOf(state) + 1) : ["submitted", "under-review", state];
        let from: string | null = "draft";
        for (const to of path) {
          events.push({ id: `ev${events.length}`, requestId: id, fromState: from, toState: to, actorId: "staff", at: at(t) });
          from = to;
          t += DAY * random() * 3;
        }
      }
      if (reached("expert-assigned")) {
        const status = reached("delivered") ? "completed" : "accepted";
        for (const s of random() < 0.2 ? ["declined", status] : [status])
          assignments.push({
            id: `as${assignments.length}`,
            requestId: id,
            expertId: `ex${Math.floor(random() * EXPERTS)}`,
            status: s,
            assignedById: "staff",
            respondedAt: at(accepted! + DAY),
            createdAt: at(accepted! + DAY / 2),
          });
      }
      if (submitted != null && random() < 0.05)
        escalations.push({
          id: `es${escalations.length}`,
          requestId: id,
          note: "重大案件",
          status: pick(["sent", "acknowledged", "guidance-received", "closed"]),
          createdById: "staff",
          sentAt: at(submitted + 3 * DAY),
          updatedAt: now,
        });
      yield {
        id,
        companyId: `co${Math.floor(random() * COMPANIES)}`,
        createdById: "staff",
        state,
        disputeType: pick(DISPUTES),
        country: pick(JURISDICTIONS),
        submittedAt: submitted == null ? null : at(submitted),
        firstResponseAt: submitted == null || state === "submitted" ? null : at(stamp(1)!),
        acceptedAt: accepted == null ? null : at(accepted),
        deliveredAt: delivered == null ? null : at(delivered),
        closedAt: closed == null ? null : at(closed),
        rating: closed != null && random() < 0.7 ? 1 + Math.floor(random() * 5) : null,
        escalated: 0,
        createdAt: at((submitted ?? START) - DAY),
        updatedAt: now,
      };
    }
  })(),
);
bulk("GuidanceEvent", events);
bulk("ExpertAssignment", assignments);
bulk("Escalation", escalations);
sql.exec("ANALYZE");
sql.close();
const fillMs = performance.now() - tFill;
// BENCH_KEEP_DB=<file>: keep a copy of the filled database (for EXPLAIN QUERY PLAN, profiling)
if (process.env.BENCH_KEEP_DB) fs.copyFileSync(path.join(dir, "bench.db"), process.env.BENCH_KEEP_DB);

// The app's modules read DATABASE_URL when first used.
process.env.DATABASE_URL = dbUrl;
process.env.LOG_LEVEL = "error";
const { getDb } = await import("../../app/utils/db.server.ts");
const { statisticsPage } = await import("../../app/models/statistics-page.server.ts");
const { generateContent } = await import("../../app/models/report.server.ts");
const { computeStatistics, computeStatisticsInMemory } = await import("../../app/models/statistics.server.ts");
const { parseStatsQuery, yearPeriod } = await import("../../app/reports/period.ts");
const db = await getDb();

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
async function time(fn: () => Promise<unknown>, runs = RUNS) {
  await fn(); // warm-up: prepared statements, module caches
  const xs: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
    if (process.env.BENCH_VERBOSE) console.log(`  run ${k + 1}: ${xs.at(-1)!.toFixed(0)} ms`);
  }
  return { p50: pct(xs, 50), p95: pct(xs, 95) };
}

const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");
console.log(`machine: ${os.cpus().length}× ${os.cpus()[0]?.model ?? "?"}, node ${process.version}, ${new Date().toISOString()}`);
console.log(
  `data: ${ITEMS} items, ${COMPANIES} companies, ${REQUESTS} requests (${events.length} events, ${assignments.length} assignments, ${escalations.length} escalations), ${seen.size} alerts; filled in ${(fillMs / 1000).toFixed(1)} s`,
);
console.log(`load average before: ${load()}`);

const baseline = await time(() => db.riskItem.count());
console.log(`baseline  count(RiskItem)          p50 ${baseline.p50.toFixed(1)} ms  p95 ${baseline.p95.toFixed(1)} ms`);
const periods: [string, string][] = [
  ["month", "period=month&year=2026&n=11"],
  ["quarter", "period=quarter&year=2026&n=3"],
  ["year", "period=year&year=2026"],
];
const results: Record<string, { p50: number; p95: number }> = {};
for (const [name, query] of periods) {
  const r = await time(() => statisticsPage(new URLSearchParams(query), "zh"));
  results[name] = r;
  console.log(
    `statistics ${name.padEnd(8)} p50 ${r.p50.toFixed(0).padStart(5)} ms  p95 ${r.p95.toFixed(0).padStart(5)} ms  ` +
      `(×${(r.p95 / baseline.p95).toFixed(0)} baseline p95; goal p95 < 300 ms: ${r.p95 < 300 ? "met" : "NOT met"})`,
  );
}
// Before/after in the same run: the figures read into memory (the pure definitions, as before
// issue 14's SQL path) against the figures counted in the database, for the same period.
const BEFORE_RUNS = Number(process.env.BENCH_BEFORE_RUNS ?? 3);
for (const [name, query] of periods) {
  const q = parseStatsQuery(new URLSearchParams(query));
  const before = await time(() => computeStatisticsInMemory(db, q.period, q.filters), BEFORE_RUNS);
  const after = await time(() => computeStatistics(db, q.period, q.filters));
  console.log(
    `figures ${name.padEnd(8)} in memory p50 ${before.p50.toFixed(0).padStart(5)} ms p95 ${before.p95.toFixed(0).padStart(5)} ms | ` +
      `in the database p50 ${after.p50.toFixed(0).padStart(4)} ms p95 ${after.p95.toFixed(0).padStart(4)} ms | ×${(before.p95 / after.p95).toFixed(0)} faster (p95)`,
  );
}
const report = await time(() => generateContent(db, yearPeriod(2026), {}), 3);
console.log(
  `annual report content (year 2026, full data set) p50 ${report.p50.toFixed(0)} ms  p95 ${report.p95.toFixed(0)} ms (goal < 5 s: ${report.p95 < 5000 ? "met" : "NOT met"})`,
);
console.log(`load average after: ${load()}`);
await db.$disconnect();
fs.rmSync(dir, { recursive: true, force: true });
