// Micro-benchmark of search and indexing against the embedded Meilisearch:
//   npx tsx tests/bench/search.ts            (BENCH_DOCS=100000 BENCH_QUERIES=1000 by default)
// Compares the app's client (Accept-Encoding: identity) with a default client, because the
// default one stalls ~40 ms per search on Node's fetch (DESIGN.md §5).
import { readFileSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Meilisearch, type SearchParams } from "meilisearch";
import { createSearchClient } from "../../search/client.server.ts";
import { riskItemsIndex, toDocument, type RiskItemDocument, type RiskItemRow } from "../../search/indexes/risk-items.ts";
import { startLocalMeili } from "../../search/local-meili.ts";
import { queryRiskItemsIndex } from "../../search/risk-items-search.server.ts";
import { ensureIndex, rebuildIndex } from "../../search/sync.server.ts";
import { mulberry32 } from "../support/random.ts";

const DOCS = Number(process.env.BENCH_DOCS ?? 100_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 1_000);
const CONCURRENCY = 8;
const WARMUP_QUERIES = 50;
const MAX_INDEXING_MEMORY = process.env.BENCH_MAX_INDEXING_MEMORY ?? "512MiB";
const UID = "bench-risk-items";

// Deterministic data, so runs compare.
const random = mulberry32(20261121);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const PRODUCTS: [en: string, zh: string, hts: string, industry: string][] = [
  ["photovoltaic modules", "光伏组件", "8541.43.0010", "new-energy"],
  ["solar cells", "太阳能电池", "8541.42.0010", "new-energy"],
  ["lithium-ion batteries", "锂电池", "8507.60.0020", "new-energy"],
  ["energy storage systems", "储能系统", "8507.60.0020", "new-energy"],
  ["inverters", "逆变器", "8504.40.9580", "new-energy"],
  ["LED lighting products", "LED灯具", "9405.42.8440", "electronics"],
  ["drones", "无人机", "8806.22.0000", "electronics"],
  ["robotic vacuum cleaners", "扫地机器人", "8508.11.0000", "home-appliances"],
  ["smartwatches", "智能手表", "8517.62.0090", "electronics"],
  ["wireless earbuds", "无线耳机", "8518.30.2000", "electronics"],
  ["semiconductor chips", "半导体芯片", "8542.31.0000", "semiconductors"],
  ["electric bicycles", "电动自行车", "8711.60.0050", "vehicles"],
  ["hoverboards", "平衡车", "8711.60.0090", "vehicles"],
  ["printer ink cartridges", "打印机墨盒", "8443.99.2550", "office"],
  ["plush toys", "毛绒玩具", "9503.00.0073", "toys"],
  ["furniture", "家具", "9403.60.8081", "furniture"],
  ["kitchen appliances", "厨房电器", "8516.60.4060", "home-appliances"],
  ["textiles", "纺织品", "6302.21.9020", "textiles"],
  ["phone cases", "手机壳", "4202.32.9550", "electronics"],
  ["electronic cigarettes", "电子烟", "8543.40.0000", "consumer-goods"],
];
const EVENTS: [en: string, zh: string, caseType: string, stage: string][] = [
  ["Institution of Investigation", "337调查立案", "itc-337", "instituted"],
  ["Notice of Receipt of Complaint", "收到337调查申请", "itc-337", "complaint"],
  ["Initial Determination", "337调查初裁", "itc-337", "initial-determination"],
  ["Final Determination", "337调查终裁", "itc-337", "final-determination"],
  ["General Exclusion Order", "普遍排除令", "itc-337", "exclusion-order"],
  ["Temporary Restraining Order against Schedule A sellers", "临时限制令冻结店铺", "schedule-a-tro", "tro"],
  ["customs detention of goods", "海关扣押货物", "eu-customs", "detained"],
  ["trademark opposition filed", "商标异议", "tm-opposition", "filed"],
  ["trademark squatting case", "商标抢注", "tm-squatting", "filed"],
  ["preliminary injunction at trade fair", "展会临时禁令", "fair-injunction", "granted"],
];
const JURISDICTIONS: [code: string, zh: string][] = [
  ["US", "美国"],
  ["US", "美国"],
  ["US", "美国"],
  ["EU", "欧盟"],
  ["DE", "德国"],
  ["GB", "英国"],
  ["JP", "日本"],
  ["FR", "法国"],
  ["CA", "加拿大"],
  ["AU", "澳大利亚"],
  ["KR", "韩国"],
];
const IP_TYPES = ["patent", "patent", "trademark", "copyright", "design", "trade-secret"];
const NAMES: [en: string, zh: string][] = [
  ["Huaxin", "华新"],
  ["Tianli", "天力"],
  ["Jinghong", "景鸿"],
  ["Ruifeng", "瑞丰"],
  ["Boyuan", "博远"],
  ["Xinda", "信达"],
  ["Hengtong", "恒通"],
  ["Kaiyue", "凯悦"],
  ["Longji", "隆基"],
  ["Mingyang", "明阳"],
  ["Zhongke", "中科"],
  ["Yutong", "宇通"],
  ["Jiahe", "嘉禾"],
  ["Shengda", "盛达"],
  ["Anke", "安科"],
];
const CITIES: [en: string, zh: string][] = [
  ["Shenzhen", "深圳市"],
  ["Ningbo", "宁波"],
  ["Hangzhou", "杭州"],
  ["Suzhou", "苏州"],
  ["Dongguan", "东莞"],
  ["Xiamen", "厦门"],
];
const COMPLAINANTS = [
  "SunPower Corp.",
  "Philips Lighting",
  "iRobot Corp.",
  "Apple Inc.",
  "Samsung Electronics",
  "Dyson Ltd.",
  "LG Energy Solution",
  "DJI Europe",
];

const BASE_TS = Date.UTC(2023, 0, 1);
const SPAN_MS = 3 * 365 * 24 * 3600 * 1000;

function syntheticRow(i: number): RiskItemRow {
  const [productEn, productZh, hts, industry] = pick(PRODUCTS);
  const [eventEn, eventZh, caseType, stage] = pick(EVENTS);
  const [jurisdiction, jurisdictionZh] = pick(JURISDICTIONS);
  const [nameEn, nameZh] = pick(NAMES);
  const [cityEn, cityZh] = pick(CITIES);
  const zh = random() < 0.45;
  const caseNumber = caseType === "itc-337" ? `337-TA-${1000 + Math.floor(random() * 500)}` : null;
  const respondentEn = `${cityEn} ${nameEn} Technology Co., Ltd.`;
  const respondentZh = `${cityZh}${nameZh}科技有限公司`;
  const title = zh ? `${jurisdictionZh}${eventZh}：涉及${productZh}，${respondentZh}被列为被告` : `Certain ${productEn} and Components Thereof; ${eventEn}`;
  const summary = zh
    ? `${pick(COMPLAINANTS)}指控${respondentZh}等企业出口的${productZh}侵犯其${pick(["专利", "商标", "著作权", "外观设计"])}，请相关出口企业关注应诉期限。`
    : `${pick(COMPLAINANTS)} alleges that ${productEn} imported by ${respondentEn} and others infringe its ${pick(["patents", "trademarks", "copyrights", "design patents"])}. Respondents must answer within 20 days of service.`;
  return {
    id: `bench_${i}`,
    sourceId: `src_${i % 12}`,
    sourceName: pick(["USITC 337 notices", "Federal Register", "CourtListener", "EUIPO news", "WIPO news"]),
    kind: pick(["case", "case", "case", "law", "news"]),
    title,
    summary,
    link: `https://example.org/items/${i}`,
    publishedAt: new Date(BASE_TS + Math.floor(random() * SPAN_MS)),
    jurisdiction,
    language: zh ? "zh" : "en",
    ipTypes: JSON.stringify([...new Set([pick(IP_TYPES), ...(random() < 0.2 ? [pick(IP_TYPES)] : [])])]),
    caseType,
    caseNumber,
    stage,
    caseId: caseNumber ? `case_${caseNumber}` : null,
    complainants: JSON.stringify([pick(COMPLAINANTS)]),
    respondents: JSON.stringify([{ name: zh ? respondentZh : respondentEn, location: `${cityEn}, China` }]),
    products: JSON.stringify([zh ? productZh : productEn]),
    htsCodes: JSON.stringify([hts]),
    industries: JSON.stringify([industry]),
  };
}

function* documents(count: number): Generator<RiskItemDocument> {
  for (let i = 0; i < count; i++) yield toDocument(syntheticRow(i));
}

const QUERY_TERMS = [
  "光伏",
  "photovoltaic",
  "solar",
  "锂电池",
  "lithium battery",
  "无人机",
  "drones",
  "LED",
  "发光二极管",
  "逆变器",
  "inverter",
  "临时限制令",
  "temporary restraining order",
  "排除令",
  "exclusion order",
  "337调查",
  "section 337",
  "商标",
  "trademark",
  "专利 光伏",
  "patent solar",
  "海关扣押",
  "customs detention",
  "Huaxin",
  "华新科技",
  "Shenzhen Tianli",
  "平衡车",
  "hoverboards",
  "photovoltaik",
  "lithum",
  "扫地机器人",
  "robotic vacuum",
  "337-TA-1234",
  "储能",
  "energy storage",
  "外观设计",
  "design patent",
  "智能手表",
  "smartwatch",
];

type Query = { q: string; params: SearchParams };

/** A filtered query as the alert preview and API use it, and the same query as the staff search page sends it. */
function syntheticQuery(): { filtered: Query; page: Query } {
  const q = pick(QUERY_TERMS);
  const filters: string[] = [];
  const r = random();
  if (r < 0.4) filters.push(`jurisdiction = "${pick(JURISDICTIONS)[0]}"`);
  else if (r < 0.7) filters.push(`ipTypes = "${pick(IP_TYPES)}"`);
  else filters.push(`jurisdiction IN ["US", "EU"]`, `ipTypes = "${pick(IP_TYPES)}"`);
  if (random() < 0.5) filters.push(`publishedAtTs >= ${Math.floor((BASE_TS + random() * SPAN_MS) / 1000)}`);
  return {
    filtered: { q, params: { filter: filters, limit: 20 } },
    page: {
      q,
      params: {
        filter: filters,
        limit: 20,
        facets: ["jurisdiction", "ipTypes", "caseType"],
        attributesToHighlight: ["title"],
        sort: random() < 0.3 ? ["publishedAtTs:desc"] : undefined,
      },
    },
  };
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

type RunStats = { p50: number; p95: number; p99: number; mean: number; qps: number; hits: number };

async function runQueries(client: Meilisearch, queries: Query[], concurrency: number): Promise<RunStats> {
  const latencies: number[] = [];
  let next = 0;
  let hits = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < queries.length) {
        const { q, params } = queries[next++]!;
        const t0 = performance.now();
        const res = await queryRiskItemsIndex(client, q, params, { uid: UID });
        latencies.push(performance.now() - t0);
        hits += res.hits.length;
      }
    }),
  );
  const wall = performance.now() - started;
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    mean: latencies.reduce((a, b) => a + b, 0) / latencies.length,
    qps: (queries.length / wall) * 1000,
    hits,
  };
}

function memory(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
  return { rssMiB: kb("VmRSS") / 1024, peakMiB: kb("VmHWM") / 1024 };
}

const fmt = (n: number) => n.toFixed(n < 10 ? 2 : 1);

async function main() {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "radar-bench-"));
  const meili = await startLocalMeili({ dataDir, port: 0, maxIndexingMemory: MAX_INDEXING_MEMORY });
  try {
    console.log(`Meilisearch pid ${meili.pid} on ${meili.host}; ${os.cpus().length} CPUs; --max-indexing-memory ${MAX_INDEXING_MEMORY}`);
    console.log(`idle RSS: ${fmt(memory(meili.pid).rssMiB)} MiB`);
    const identity = createSearchClient({ host: meili.host, apiKey: meili.masterKey });
    // The baseline: what `new Meilisearch()` does without the header.
    const baseline = new Meilisearch({ host: meili.host, apiKey: meili.masterKey });

    await ensureIndex(identity, riskItemsIndex, { uid: UID });
    const t0 = performance.now();
    const rebuilt = await rebuildIndex(identity, riskItemsIndex, documents(DOCS), { uid: UID });
    const indexSeconds = (performance.now() - t0) / 1000;
    const mem = memory(meili.pid);
    const stats = await identity.index(UID).getStats();
    console.log(
      `indexing: ${rebuilt.documents} docs in ${indexSeconds.toFixed(1)} s = ${Math.round(rebuilt.documents / indexSeconds)} docs/s ` +
        `(rebuildIndex, batches of 5000 enqueued without waiting); index holds ${stats.numberOfDocuments}`,
    );
    console.log(`memory: RSS after indexing ${fmt(mem.rssMiB)} MiB, peak RSS (VmHWM) ${fmt(mem.peakMiB)} MiB`);

    const generated = Array.from({ length: QUERIES }, syntheticQuery);
    const warmup = Array.from({ length: WARMUP_QUERIES }, () => syntheticQuery().filtered);
    for (const mode of ["filtered", "page"] as const) {
      const queries = generated.map((g) => g[mode]);
      const serverTimes: number[] = [];
      for (const { q, params } of queries.slice(0, 200)) {
        serverTimes.push((await queryRiskItemsIndex(identity, q, params, { uid: UID })).processingTimeMs);
      }
      serverTimes.sort((a, b) => a - b);
      const results: Record<string, RunStats> = {};
      for (const [name, client] of [
        ["identity", identity],
        ["default", baseline],
      ] as const) {
        await runQueries(client, warmup, 1);
        results[`${name} c=1`] = await runQueries(client, queries, 1);
        results[`${name} c=${CONCURRENCY}`] = await runQueries(client, queries, CONCURRENCY);
      }
      console.log(
        `\n${QUERIES} mixed zh/en ${mode === "filtered" ? "filtered queries" : "search-page queries (filters + 3 facets + highlight, 30% sorted)"} over ${DOCS} documents (ms); ` +
          `server processingTimeMs p50 ${percentile(serverTimes, 50)}, p95 ${percentile(serverTimes, 95)}`,
      );
      console.log("client            p50     p95     p99    mean    q/s   hits");
      for (const [name, r] of Object.entries(results)) {
        console.log(
          `${name.padEnd(14)} ${fmt(r.p50).padStart(6)} ${fmt(r.p95).padStart(7)} ${fmt(r.p99).padStart(7)} ${fmt(r.mean).padStart(7)} ${Math.round(r.qps).toString().padStart(6)} ${r.hits.toString().padStart(6)}`,
        );
      }
      for (const c of [1, CONCURRENCY]) {
        const a = results[`identity c=${c}`]!;
        const b = results[`default c=${c}`]!;
        console.log(
          `ratio default/identity at concurrency ${c}: p50 ${(b.p50 / a.p50).toFixed(1)}x, p95 ${(b.p95 / a.p95).toFixed(1)}x, throughput ${(a.qps / b.qps).toFixed(1)}x`,
        );
      }
    }
    console.log(`Meilisearch RSS at the end: ${fmt(memory(meili.pid).rssMiB)} MiB`);
  } finally {
    await meili.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

await main();
