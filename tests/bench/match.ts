// Matching benchmark (issue 6): 10,000 items against 100,000 generated subscriptions (zh/en
// product terms, HS codes, markets, industries), with the compiled matcher, against a naive
// loop of `includes` over every subscription's terms in the same run (sampled and
// extrapolated, since the naive loop would take minutes). Prints seconds and the ratio.
// Also the path before issue 17 in the same run: every subscription hit built with its
// reasons, then merged per company (now: reasons only for each company's best hit).
// The mix: LAW_SHARE of items are law changes (alert every subscription of the market at low),
// INDUSTRY_SHARE of items and subscriptions carry an industry (industry-only hits are low and
// digest-only unless opted in, issue 12).
//   npx tsx tests/bench/match.ts [items] [subscriptions]
import os from "node:os";
import { severityRank } from "~/domain/severity.ts";
import { AlertMatcher, marketMatches, type MatchItem, type MatchSubscription, type SubscriptionHit } from "~/matching/alert-matcher.ts";

const ITEMS = Number(process.argv[2] ?? 10_000);
const SUBS = Number(process.argv[3] ?? 100_000);
const NAIVE_SAMPLE = 20;
// Share of items that are law/rule changes, which alert every subscription watching their market.
const LAW_SHARE = Number(process.env.LAW_SHARE ?? 0.02);
// Share of subscriptions and items carrying an industry (an industry match alerts every company of the industry in the market).
const INDUSTRY_SHARE = Number(process.env.INDUSTRY_SHARE ?? 0.2);

let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)];

const EN_A = [
  "lithium",
  "solar",
  "wireless",
  "portable",
  "led",
  "plush",
  "smart",
  "electric",
  "outdoor",
  "medical",
  "automotive",
  "bluetooth",
  "ceramic",
  "stainless",
  "folding",
  "inflatable",
  "digital",
  "robotic",
  "optical",
  "thermal",
];
const EN_B = [
  "battery",
  "module",
  "lamp",
  "toy",
  "charger",
  "speaker",
  "scooter",
  "heater",
  "chair",
  "camera",
  "drone",
  "inverter",
  "connector",
  "cable",
  "sensor",
  "pump",
  "blender",
  "vacuum",
  "headphone",
  "tent",
  "kettle",
  "printer",
  "bicycle",
  "mattress",
  "monitor",
];
const ZH_A = [
  "锂",
  "光伏",
  "无线",
  "便携",
  "发光",
  "毛绒",
  "智能",
  "电动",
  "户外",
  "医用",
  "汽车",
  "蓝牙",
  "陶瓷",
  "不锈钢",
  "折叠",
  "充气",
  "数码",
  "机器人",
  "光学",
  "恒温",
];
const ZH_B = [
  "电池",
  "组件",
  "灯具",
  "玩具",
  "充电器",
  "音箱",
  "滑板车",
  "取暖器",
  "座椅",
  "相机",
  "无人机",
  "逆变器",
  "连接器",
  "线缆",
  "传感器",
  "水泵",
  "搅拌机",
  "吸尘器",
  "耳机",
  "帐篷",
];
const MARKETS = ["US", "DE", "FR", "GB", "JP", "EU", "CA", "AU", "IT", "ES"];
const INDUSTRIES = [
  "photovoltaic",
  "lithium-battery",
  "led-lighting",
  "consumer-electronics",
  "home-appliances",
  "furniture",
  "toys",
  "auto-parts",
  "machinery",
  "medical-devices",
];
const EN_M = [
  "aluminium",
  "plastic",
  "steel",
  "glass",
  "wooden",
  "silicone",
  "carbon",
  "copper",
  "nylon",
  "rubber",
  "bamboo",
  "leather",
  "titanium",
  "foam",
  "paper",
  "cotton",
  "graphite",
  "magnetic",
  "acrylic",
  "resin",
];
const ZH_M = ["铝制", "塑料", "钢制", "玻璃", "木质", "硅胶", "碳纤维", "铜制", "尼龙", "橡胶", "竹制", "皮革", "钛合金", "泡沫", "纸质"];
// About 10,000 English and 6,000 Chinese product terms: a company's products are specific.
const HS = Array.from({ length: 2000 }, (_, i) => String(300000 + i * 313).slice(0, 6));
const term = () => (rand() < 0.6 ? `${pick(EN_A)} ${pick(EN_M)} ${pick(EN_B)}` : `${pick(ZH_A)}${pick(ZH_M)}${pick(ZH_B)}`);

const subs: MatchSubscription[] = Array.from({ length: SUBS }, (_, i) => ({
  id: `s${i}`,
  companyId: `c${Math.floor(i / 2)}`,
  industries: rand() < INDUSTRY_SHARE ? [pick(INDUSTRIES)] : [],
  keywords: [term(), term(), term()],
  hsCodes: rand() < 0.7 ? [pick(HS)] : [],
  markets: [pick(MARKETS), pick(MARKETS)],
  ipTypes: [],
  caseTypes: [],
  minSeverity: "low",
}));

const FILLER =
  "Notice is hereby given that a complaint was filed with the U.S. International Trade Commission on behalf of the complainant alleging violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain products. 美国国际贸易委员会发布公告，决定对特定产品启动调查，涉及多家中国企业。";
const items: MatchItem[] = Array.from({ length: ITEMS }, (_, i) => ({
  id: `i${i}`,
  title: `Certain ${term()}s and Components Thereof; Notice of Receipt of Complaint`,
  summary: `${FILLER} The products at issue are ${term()} and ${term()}. ${FILLER}`,
  // Law and rule changes are a small share of what the centre follows.
  kind: rand() < LAW_SHARE ? "law" : "case",
  jurisdiction: pick(MARKETS),
  caseType: "us-itc-337",
  ipTypes: ["patent"],
  industries: rand() < INDUSTRY_SHARE ? [pick(INDUSTRIES)] : [],
  products: [],
  htsCodes: rand() < 0.5 ? [`${pick(HS)}0010`] : [],
}));

/** The baseline: every subscription's every term looked up in every item, no index. */
function naive(item: MatchItem): number {
  const text = `${item.title}\n${item.summary}`.toLowerCase();
  let hits = 0;
  for (const s of subs) {
    if (s.markets.length && !marketMatches(s.markets, item.jurisdiction)) continue;
    let hit = false;
    for (const t of s.keywords) if (text.includes(t.toLowerCase())) hit = true;
    for (const c of s.hsCodes) if (item.htsCodes.some((h) => h.replace(/\D/g, "").startsWith(c.slice(0, 6)))) hit = true;
    for (const ind of s.industries) if (item.industries.includes(ind)) hit = true;
    if (hit) hits++;
  }
  return hits;
}

console.log(
  `machine: ${os.cpus().length} cores, node ${process.version}, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}, ${new Date().toISOString()}`,
);
console.log(`${ITEMS.toLocaleString("en")} items × ${SUBS.toLocaleString("en")} subscriptions`);

/** The path before issue 17: per-subscription hits with reasons, merged per company. */
function bestPerCompanyMerged(hits: SubscriptionHit[]): Map<string, SubscriptionHit> {
  const out = new Map<string, SubscriptionHit>();
  for (const h of hits) {
    const prev = out.get(h.companyId);
    if (!prev) out.set(h.companyId, h);
    else if (severityRank(h.severity) > severityRank(prev.severity)) out.set(h.companyId, { ...h, reasons: [...h.reasons, ...prev.reasons] });
    else out.set(h.companyId, { ...prev, reasons: [...prev.reasons, ...h.reasons] });
  }
  return out;
}

const t0 = performance.now();
const matcher = new AlertMatcher(subs);
const compileMs = performance.now() - t0;
// Warm-up of both paths (JIT, heap), so that neither pays it inside its measurement.
for (const item of items.slice(0, 200)) {
  matcher.matchBest(item);
  bestPerCompanyMerged(matcher.match(item));
}
const t1 = performance.now();
let companyAlerts = 0;
let lawAlerts = 0;
let digestAlerts = 0;
let inboxAlerts = 0;
for (const item of items) {
  for (const hit of matcher.matchBest(item).values()) {
    companyAlerts++;
    if (hit.reasons[0]?.kind === "law-change") lawAlerts++;
    else if (hit.digestOnly) digestAlerts++;
    else inboxAlerts++;
  }
}
const t2 = performance.now();
const compiledSeconds = (compileMs + t2 - t1) / 1000;
console.log(
  `compiled matcher, best hit per company: compile ${(compileMs / 1000).toFixed(2)} s + match ${((t2 - t1) / 1000).toFixed(2)} s = ${compiledSeconds.toFixed(2)} s (${Math.round(ITEMS / ((t2 - t1) / 1000)).toLocaleString("en")} items/s); ${companyAlerts.toLocaleString("en")} company alerts (${inboxAlerts.toLocaleString("en")} product/inbox, ${digestAlerts.toLocaleString("en")} industry-only digest, ${lawAlerts.toLocaleString("en")} law-change)`,
);
const m0 = performance.now();
let mergedAlerts = 0;
for (const item of items) mergedAlerts += bestPerCompanyMerged(matcher.match(item)).size;
const mergedSeconds = (performance.now() - m0 + compileMs) / 1000;
console.log(
  `before issue 17 (every subscription hit with reasons, merged per company): ${mergedSeconds.toFixed(2)} s, ${mergedAlerts.toLocaleString("en")} company alerts (${(mergedSeconds / compiledSeconds).toFixed(1)}× the time)`,
);

const n0 = performance.now();
for (let k = 0; k < NAIVE_SAMPLE; k++) naive(items[k]);
const naivePerItem = (performance.now() - n0) / NAIVE_SAMPLE / 1000;
const naiveSeconds = naivePerItem * ITEMS;
console.log(`naive includes loop: ${(naivePerItem * 1000).toFixed(1)} ms per item (${NAIVE_SAMPLE} sampled) → ${naiveSeconds.toFixed(0)} s extrapolated`);
console.log(`ratio: ${(naiveSeconds / compiledSeconds).toFixed(0)}× (target ≥ 50×; target total < 5 s)`);
