// Party-name matching benchmark: 1,000 party names (half variants of registered names —
// suffix, pinyin, traditional, full-width — half unknown) against 10,000 generated companies
// (Chinese names, most with an English name). The indexed matcher (n-gram postings →
// shortlist → score) against the naive baseline that scores every company for every name,
// in the same run; prints both, the ratio, and how often the two agree on the top candidate.
//
// Run: npx tsx tests/bench/party-match.ts   (BENCH_COMPANIES=10000, BENCH_NAMES=1000)
// BENCH_NAIVE_NAMES=300 scores the naive baseline on the first 300 names only (it is slow).
// BENCH_COMPARE=<path of an older party-names.ts> times that matcher in the same run, on the
// same names, alternating the two twice (the same-run ratio the benchmarks report).
import os from "node:os";
import * as OpenCC from "opencc-js";
import { pinyin } from "pinyin-pro";
import { buildPartyIndex, matchParty, matchPartyNaive, type PartyCompany } from "../../app/matching/party-names.ts";

const COMPANIES = Number(process.env.BENCH_COMPANIES ?? 10_000);
const NAMES = Number(process.env.BENCH_NAMES ?? 1_000);
const NAIVE_NAMES = Number(process.env.BENCH_NAIVE_NAMES ?? NAMES);
const COMPARE = process.env.BENCH_COMPARE;
const thresholds = { match: 0.85, review: 0.6 };

// Deterministic pseudo-random numbers, so runs compare.
let seed = 42;
const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x80000000;
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];

const CHARS = "华信达鑫宏瑞泰盛源恒润佳新美星光明博通海天宇联创力科德凯航奥嘉俊腾飞龙安康豪锦辉金银雅峰晟昊启胜兴旺鸿远嘉禾永伟丰";
const CITIES: [string, string][] = [
  ["深圳", "Shenzhen"],
  ["宁波", "Ningbo"],
  ["东莞", "Dongguan"],
  ["义乌", "Yiwu"],
  ["杭州", "Hangzhou"],
  ["厦门", "Xiamen"],
  ["广州", "Guangzhou"],
  ["苏州", "Suzhou"],
];
const KINDS: [string, string][] = [
  ["科技", "Technology"],
  ["电子", "Electronics"],
  ["贸易", "Trading"],
  ["实业", "Industrial"],
  ["光电", "Optoelectronics"],
  ["照明", "Lighting"],
];
const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });

const companies: PartyCompany[] = [];
const seen = new Set<string>();
while (companies.length < COMPANIES) {
  const core = pick([...CHARS]) + pick([...CHARS]) + (rand() < 0.3 ? pick([...CHARS]) : "");
  const [cityZh, cityEn] = pick(CITIES);
  const [kindZh, kindEn] = pick(KINDS);
  if (seen.has(cityZh + core)) continue;
  seen.add(cityZh + core);
  const coreEn = pinyin(core, { toneType: "none", separator: "" }).replace(/^./, (c) => c.toUpperCase());
  companies.push({
    id: `c${companies.length}`,
    creditCode: null,
    nameZh: `${cityZh}市${core}${kindZh}有限公司`,
    nameEn: rand() < 0.7 ? `${cityEn} ${coreEn} ${kindEn} Co., Ltd.` : null,
    aliases: rand() < 0.2 ? [`${coreEn} Brand`] : [],
    city: cityZh,
    province: null,
  });
}

const names: { name: string; expected: string | null }[] = [];
for (let i = 0; i < NAMES; i++) {
  const c = pick(companies);
  const core = c.nameZh.replace(/^.+?市/, "").replace(/(科技|电子|贸易|实业|光电|照明)有限公司$/, "");
  const py = pinyin(core, { toneType: "none", type: "array" });
  const city = CITIES.find(([zh]) => zh === c.city)![1];
  if (i % 2 === 0) {
    const variant = i % 8;
    const name =
      variant === 0
        ? toTraditional(c.nameZh)
        : variant === 2
          ? `${city.toUpperCase()} ${py.join(" ").toUpperCase()} TECHNOLOGY LIMITED`
          : variant === 4
            ? `${c.nameEn ?? `${city} ${py.join("")} Co., Ltd.`} of ${city}, China`
            : `${city} ${py.join("")} Co.,Ltd`.normalize("NFKC").replace(/[A-Za-z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    names.push({ name, expected: c.id });
  } else {
    names.push({
      name: `${pick(["Qingdao", "Wuhan", "Chengdu"])} ${pick(["Zephyr", "Lumina", "Orbis", "Kestrel", "Nimbus"])} ${pick(["Tech", "Trading", "Home"])} Co., Ltd.`,
      expected: null,
    });
  }
}

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

const [index, buildMs] = time(() => buildPartyIndex(companies));
const [fast, fastMs] = time(() => names.map((n) => matchParty(index, n.name, { thresholds })));
const naiveNames = names.slice(0, NAIVE_NAMES);
const [naive, naiveMs] = time(() => naiveNames.map((n) => matchPartyNaive(index, n.name, { thresholds })));

let planted = 0;
let found = 0;
let falseMatches = 0;
let agree = 0;
names.forEach((n, i) => {
  const top = fast[i].candidates[0];
  if (n.expected) {
    planted++;
    if (fast[i].decision === "match" && top?.companyId === n.expected) found++;
  } else if (fast[i].decision === "match") falseMatches++;
  if (!naive[i]) return;
  if ((top?.companyId ?? null) === (naive[i].candidates[0]?.companyId ?? null) || (top && Math.abs(top.score - (naive[i].candidates[0]?.score ?? 0)) < 0.001))
    agree++;
});

console.log(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString()}`,
);
console.log(`${companies.length} companies, ${names.length} party names`);
console.log(`index build: ${buildMs.toFixed(0)} ms`);
console.log(`indexed matcher: ${fastMs.toFixed(0)} ms (${(fastMs / names.length).toFixed(2)} ms/name; target < 2000 ms)`);
console.log(
  `naive baseline (score every company): ${naiveMs.toFixed(0)} ms on ${naiveNames.length} names (${(naiveMs / naiveNames.length).toFixed(2)} ms/name)`,
);
console.log(`ratio naive / indexed (per name): ${(naiveMs / naiveNames.length / (fastMs / names.length)).toFixed(1)}×`);
console.log(`planted variants matched to the right company: ${found}/${planted}; unknown names wrongly matched: ${falseMatches}/${names.length - planted}`);
console.log(`top candidate agrees with the naive baseline: ${agree}/${naiveNames.length}`);

if (COMPARE) {
  const old = (await import(COMPARE)) as typeof import("../../app/matching/party-names.ts");
  const [oldIndex, oldBuildMs] = time(() => old.buildPartyIndex(companies));
  let newMs = 0;
  let oldMs = 0;
  // Each goes first once: whichever runs second pays for the other's garbage.
  for (let round = 0; round < 2; round++) {
    const runNew = () => (newMs += time(() => names.map((n) => matchParty(index, n.name, { thresholds })))[1]);
    const runOld = () => (oldMs += time(() => names.map((n) => old.matchParty(oldIndex, n.name, { thresholds })))[1]);
    if (round === 0) {
      runNew();
      runOld();
    } else {
      runOld();
      runNew();
    }
  }
  const per = (ms: number) => ((ms / 2 / names.length) * 1000).toFixed(0);
  console.log(`same run, two alternating passes: this matcher ${per(newMs)} µs/name, ${COMPARE} ${per(oldMs)} µs/name (ratio ${(newMs / oldMs).toFixed(2)})`);
  console.log(`index build: this ${buildMs.toFixed(0)} ms, compared ${oldBuildMs.toFixed(0)} ms`);
  const oldResults = names.map((n) => old.matchParty(oldIndex, n.name, { thresholds }));
  const right = (rs: typeof fast) => names.filter((n, i) => n.expected && rs[i].decision === "match" && rs[i].candidates[0]?.companyId === n.expected).length;
  const differ = names.flatMap((n, i) => ((fast[i].decision === "match") !== (oldResults[i].decision === "match") ? [`${n.name} → ${n.expected}`] : []));
  console.log(`planted variants matched: this ${right(fast)}, compared ${right(oldResults)}; decisions that differ: ${differ.length}`);
  for (const d of differ.slice(0, 10)) console.log(`  ${d}`);
}
