// Party-name matcher: does a respondent named in a US notice ("Shenzhen Anker Innovations
// Technology Co., Ltd. of Shenzhen, China") correspond to one of our registered exporters?
// Pure (no I/O). Every name is reduced to its distinctive core (legal suffixes, generic
// business words and place words taken out) in two forms — Latin (English, or the pinyin of
// Chinese) and Chinese characters — and the cores are compared. Places and generic words are
// kept aside as supporting or contrary evidence: two companies called "Anker" in different
// cities are different companies, and sharing "Technology" proves nothing.
import { distance } from "fastest-levenshtein";
import { pinyin } from "pinyin-pro";
import { foldChinese } from "~/ingest/chinese-fold.ts";

export interface PartyCompany {
  id: string;
  creditCode: string | null;
  nameZh: string;
  nameEn: string | null;
  aliases: string[];
  city: string | null;
  province: string | null;
}
export interface PartyCandidate {
  companyId: string;
  creditCode: string | null;
  nameZh: string;
  nameEn: string | null;
  score: number;
  evidence: string[];
}
export type PartyDecision = "match" | "review" | "none";
export interface PartyMatchResult {
  query: string;
  decision: PartyDecision;
  candidates: PartyCandidate[];
}
export interface PartyThresholds {
  match: number;
  review: number;
}
export interface PartyIndex {
  size: number;
}

// ---------------------------------------------------------------------------------------
// Vocabulary

// [Chinese, pinyin, province pinyin (cities only)]. Provinces carry their own name.
const PLACES: [string, string, string][] = [
  ["北京", "beijing", "beijing"],
  ["上海", "shanghai", "shanghai"],
  ["天津", "tianjin", "tianjin"],
  ["重庆", "chongqing", "chongqing"],
  ["香港", "hongkong", "hongkong"],
  ["澳门", "macau", "macau"],
  ["广东", "guangdong", "guangdong"],
  ["浙江", "zhejiang", "zhejiang"],
  ["江苏", "jiangsu", "jiangsu"],
  ["福建", "fujian", "fujian"],
  ["山东", "shandong", "shandong"],
  ["湖南", "hunan", "hunan"],
  ["湖北", "hubei", "hubei"],
  ["河南", "henan", "henan"],
  ["河北", "hebei", "hebei"],
  ["安徽", "anhui", "anhui"],
  ["江西", "jiangxi", "jiangxi"],
  ["四川", "sichuan", "sichuan"],
  ["辽宁", "liaoning", "liaoning"],
  ["吉林", "jilin", "jilin"],
  ["黑龙江", "heilongjiang", "heilongjiang"],
  ["陕西", "shaanxi", "shaanxi"],
  ["山西", "shanxi", "shanxi"],
  ["云南", "yunnan", "yunnan"],
  ["贵州", "guizhou", "guizhou"],
  ["广西", "guangxi", "guangxi"],
  ["海南", "hainan", "hainan"],
  ["台湾", "taiwan", "taiwan"],
  ["深圳", "shenzhen", "guangdong"],
  ["广州", "guangzhou", "guangdong"],
  ["东莞", "dongguan", "guangdong"],
  ["佛山", "foshan", "guangdong"],
  ["中山", "zhongshan", "guangdong"],
  ["珠海", "zhuhai", "guangdong"],
  ["惠州", "huizhou", "guangdong"],
  ["汕头", "shantou", "guangdong"],
  ["江门", "jiangmen", "guangdong"],
  ["潮州", "chaozhou", "guangdong"],
  ["揭阳", "jieyang", "guangdong"],
  ["肇庆", "zhaoqing", "guangdong"],
  ["宁波", "ningbo", "zhejiang"],
  ["杭州", "hangzhou", "zhejiang"],
  ["义乌", "yiwu", "zhejiang"],
  ["温州", "wenzhou", "zhejiang"],
  ["台州", "taizhou", "zhejiang"],
  ["金华", "jinhua", "zhejiang"],
  ["绍兴", "shaoxing", "zhejiang"],
  ["嘉兴", "jiaxing", "zhejiang"],
  ["湖州", "huzhou", "zhejiang"],
  ["永康", "yongkang", "zhejiang"],
  ["慈溪", "cixi", "zhejiang"],
  ["余姚", "yuyao", "zhejiang"],
  ["苏州", "suzhou", "jiangsu"],
  ["南京", "nanjing", "jiangsu"],
  ["无锡", "wuxi", "jiangsu"],
  ["常州", "changzhou", "jiangsu"],
  ["昆山", "kunshan", "jiangsu"],
  ["南通", "nantong", "jiangsu"],
  ["扬州", "yangzhou", "jiangsu"],
  ["厦门", "xiamen", "fujian"],
  ["福州", "fuzhou", "fujian"],
  ["泉州", "quanzhou", "fujian"],
  ["晋江", "jinjiang", "fujian"],
  ["莆田", "putian", "fujian"],
  ["青岛", "qingdao", "shandong"],
  ["济南", "jinan", "shandong"],
  ["烟台", "yantai", "shandong"],
  ["潍坊", "weifang", "shandong"],
  ["长沙", "changsha", "hunan"],
  ["武汉", "wuhan", "hubei"],
  ["郑州", "zhengzhou", "henan"],
  ["合肥", "hefei", "anhui"],
  ["南昌", "nanchang", "jiangxi"],
  ["成都", "chengdu", "sichuan"],
  ["西安", "xian", "shaanxi"],
  ["沈阳", "shenyang", "liaoning"],
  ["大连", "dalian", "liaoning"],
  ["昆明", "kunming", "yunnan"],
  ["南宁", "nanning", "guangxi"],
  ["石家庄", "shijiazhuang", "hebei"],
  ["太原", "taiyuan", "shanxi"],
  ["贵阳", "guiyang", "guizhou"],
  ["海口", "haikou", "hainan"],
  ["哈尔滨", "harbin", "heilongjiang"],
  ["长春", "changchun", "jilin"],
];
const PROVINCES = new Set(PLACES.filter(([, en, p]) => en === p).map(([, en]) => en));
const PLACE_BY_EN = new Map(PLACES.map(([, en, p]) => [en, p]));
const PLACE_BY_ZH = new Map(PLACES.map(([zh, en]) => [zh, en]));
// Hong Kong, Macau and Taiwan affiliates of mainland exporters are common; a party placed
// there is no evidence against a mainland company.
const OFFSHORE = new Set(["hongkong", "macau", "taiwan"]);
const ZH_PLACE_RE = new RegExp(`[(（]?(${[...PLACE_BY_ZH.keys()].sort((a, b) => b.length - a.length).join("|")})(?:特别行政区|自治区|省|市|区|县)?[)）]?`, "g");

// Legal forms and filler, dropped outright.
const EN_DROP = new Set([
  "co",
  "company",
  "ltd",
  "limited",
  "inc",
  "incorporated",
  "corp",
  "corporation",
  "llc",
  "gmbh",
  "plc",
  "pte",
  "pty",
  "sa",
  "srl",
  "bv",
  "ag",
  "kg",
  "hk",
  "the",
  "of",
  "and",
  "china",
  "prc",
  "peoples",
  "republic",
  "cn",
  "usa",
  "us",
  "group",
  "holding",
  "holdings",
  "branch",
  "dba",
  "youxiangongsi",
  "youxian",
  "gongsi",
  "zerengongsi",
  "gufen",
  "jituan",
  "fen",
  "zeren",
]);
// Generic business words: evidence of line of business, not of identity. Canonical id → words.
const DESCRIPTORS: Record<string, string[]> = {
  tech: ["technology", "technologies", "tech", "keji", "jishu", "science", "sci", "科技", "技术"],
  electronics: ["electronic", "electronics", "electric", "electrical", "dianzi", "电子", "电器", "dianqi"],
  trading: ["trading", "trade", "commerce", "commercial", "maoyi", "shangmao", "gongmao", "贸易", "商贸", "工贸", "商务"],
  importexport: ["import", "export", "imp", "exp", "jinchukou", "进出口"],
  industrial: ["industrial", "industry", "industries", "shiye", "gongye", "实业", "工业"],
  manufacturing: ["manufacturing", "manufacture", "mfg", "factory", "zhizao", "制造", "制品", "厂"],
  ecommerce: ["ecommerce", "dianzishangwu", "电子商务", "电商"],
  network: ["network", "networks", "wangluo", "网络"],
  information: ["information", "info", "xinxi", "信息"],
  international: ["international", "intl", "global", "guoji", "国际"],
  development: ["development", "develop", "fazhan", "发展"],
  products: ["products", "product", "goods", "用品"],
  newenergy: ["newenergy", "xinnengyuan", "新能源"],
};
// Pinyin of generic words, stripped from the end of a joined Latin core, so that
// "Heng Run Xin Neng Yuan" and "Hengrun New Energy" both reduce to "hengrun".
const PINYIN_GENERIC = [
  "dianzishangwu",
  "xinnengyuan",
  "jinchukou",
  "shangmao",
  "gongmao",
  "wangluo",
  "dianzi",
  "dianqi",
  "zhizao",
  "fazhan",
  "maoyi",
  "gongye",
  "shiye",
  "jishu",
  "xinxi",
  "guoji",
  "keji",
];
function stripPinyinGeneric(core: string, descriptors: Set<string>): string {
  for (let changed = true; changed;) {
    changed = false;
    for (const w of PINYIN_GENERIC) {
      if (core.endsWith(w) && core.length > w.length) {
        descriptors.add(DESCRIPTOR_BY_WORD.get(w)!);
        core = core.slice(0, -w.length);
        changed = true;
        break;
      }
    }
  }
  return core;
}
const DESCRIPTOR_BY_WORD = new Map<string, string>();
for (const [id, words] of Object.entries(DESCRIPTORS)) for (const w of words) DESCRIPTOR_BY_WORD.set(w, id);
const ZH_DESCRIPTORS = [...DESCRIPTOR_BY_WORD.keys()].filter((w) => /[\u3400-\u9fff]/.test(w)).sort((a, b) => b.length - a.length);
const ZH_LEGAL_RE = /(股份有限公司|有限责任公司|有限公司|集团公司|分公司|总公司|公司|集团|控股|股份)$/;

// ---------------------------------------------------------------------------------------
// Normalisation

interface NameForm {
  /** distinctive core, Latin letters and digits only, no spaces ("ankerinnovations") */
  latin: string;
  /** core words, for evidence ("anker innovations") */
  latinWords: string[];
  /** distinctive core in simplified Chinese, or "" for a non-Chinese name */
  zh: string;
  places: Set<string>;
  descriptors: Set<string>;
}

const CJK_RE = /[\u3400-\u9fff\uf900-\ufaff]/;

/** NFKC folds full-width forms; NFD then strips tone marks (ǖ → u). */
function basicFold(text: string): string {
  return foldChinese(text.normalize("NFKC"))
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC")
    .toLowerCase();
}

/** ü written as v, u or yu after l/n must compare equal (lü = lv = lu = lyu). */
function foldUmlaut(latin: string): string {
  return latin.replace(/([ln])yu/g, "$1u").replace(/v/g, "u");
}

function toPinyin(zh: string): string[] {
  return pinyin(zh, { toneType: "none", type: "array", v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ""))
    .filter(Boolean);
}

function analyseLatin(text: string, places: Set<string>, descriptors: Set<string>): string[] {
  const cleaned = text
    .replace(/hong\s*kong/g, " hongkong ")
    .replace(/e-commerce/g, "ecommerce")
    .replace(/new energy/g, "newenergy")
    .replace(/xi'an/g, "xian")
    .replace(/[^a-z0-9]+/g, " ");
  const words = cleaned.split(" ").filter(Boolean);
  const core: string[] = [];
  const generic: string[] = [];
  for (const w of words) {
    if (EN_DROP.has(w)) continue;
    if (PLACE_BY_EN.has(w)) {
      places.add(w);
      continue;
    }
    const d = DESCRIPTOR_BY_WORD.get(w);
    if (d) {
      descriptors.add(d);
      generic.push(w);
      continue;
    }
    core.push(w);
  }
  // A name made only of generic words ("Technology Co.") keeps them as its core.
  return core.length ? core : generic;
}

function analyseChinese(text: string, places: Set<string>, descriptors: Set<string>): string {
  let s = text.replace(/[\s\p{P}\p{S}]/gu, (c) => (c === "(" || c === ")" || c === "（" || c === "）" ? c : ""));
  s = s.replace(ZH_PLACE_RE, (_m, zh: string) => {
    places.add(PLACE_BY_ZH.get(zh)!);
    return "";
  });
  s = s.replace(/[()（）]/g, "");
  const original = s;
  const generic: string[] = [];
  for (let changed = true; changed && s;) {
    changed = false;
    const legal = ZH_LEGAL_RE.exec(s);
    if (legal) {
      s = s.slice(0, legal.index);
      changed = true;
      continue;
    }
    for (const w of ZH_DESCRIPTORS) {
      if (s.endsWith(w) && s.length > w.length) {
        descriptors.add(DESCRIPTOR_BY_WORD.get(w)!);
        generic.unshift(w);
        s = s.slice(0, -w.length);
        changed = true;
        break;
      }
    }
  }
  return s || generic.join("") || original;
}

export function analyseName(raw: string): NameForm {
  const text = basicFold(raw);
  const places = new Set<string>();
  const descriptors = new Set<string>();
  if (CJK_RE.test(text)) {
    // Latin letters inside a Chinese name ("深圳市ABC科技") are part of the core.
    const zh = analyseChinese(text, places, descriptors);
    const syllables = toPinyin(zh);
    return { latin: foldUmlaut(syllables.join("")), latinWords: syllables, zh, places, descriptors };
  }
  const words = analyseLatin(text, places, descriptors);
  return { latin: foldUmlaut(stripPinyinGeneric(words.join(""), descriptors)), latinWords: words, zh: "", places, descriptors };
}

/** Places named in a free-text location ("Shenzhen, Guangdong, China", "深圳市"). */
export function analyseLocation(raw: string | null | undefined): Set<string> {
  if (!raw) return new Set();
  return analyseName(raw).places;
}

// ---------------------------------------------------------------------------------------
// Index

interface Variant {
  company: number;
  label: string;
  form: NameForm;
}
interface Index extends PartyIndex {
  companies: PartyCompany[];
  companyPlaces: Set<string>[];
  variants: Variant[];
  postings: Map<string, number[]>;
}

function grams(form: NameForm): string[] {
  const out = new Set<string>();
  const latin = `^${form.latin}$`;
  if (form.latin) for (let i = 0; i + 3 <= latin.length; i++) out.add(`l:${latin.slice(i, i + 3)}`);
  if (form.zh) {
    if (form.zh.length === 1) out.add(`z:${form.zh}`);
    for (let i = 0; i + 2 <= form.zh.length; i++) out.add(`z:${form.zh.slice(i, i + 2)}`);
  }
  return [...out];
}

export function buildPartyIndex(companies: PartyCompany[]): PartyIndex {
  const variants: Variant[] = [];
  const postings = new Map<string, number[]>();
  const companyPlaces: Set<string>[] = [];
  companies.forEach((c, ci) => {
    companyPlaces.push(new Set([...analyseLocation(c.city), ...analyseLocation(c.province)]));
    const names: [string, string][] = [[c.nameZh, "Chinese name"]];
    if (c.nameEn) names.push([c.nameEn, "English name"]);
    for (const a of c.aliases) names.push([a, "other name"]);
    const seen = new Set<string>();
    for (const [name, kind] of names) {
      if (!name.trim()) continue;
      const form = analyseName(name);
      const key = `${form.latin}|${form.zh}`;
      if (!form.latin && !form.zh) continue;
      if (seen.has(key)) continue;
      seen.add(key);
      const vi = variants.length;
      variants.push({ company: ci, label: `${kind} "${name}"`, form });
      for (const g of grams(form)) {
        let list = postings.get(g);
        if (!list) postings.set(g, (list = []));
        list.push(vi);
      }
    }
  });
  const index: Index = { size: companies.length, companies, companyPlaces, variants, postings };
  return index;
}

// ---------------------------------------------------------------------------------------
// Scoring

function ratio(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  return 1 - distance(a, b) / Math.max(a.length, b.length);
}

function citiesOf(places: Set<string>): Set<string> {
  return new Set([...places].filter((p) => !PROVINCES.has(p)));
}
function provincesOf(places: Set<string>): Set<string> {
  return new Set([...places].map((p) => PLACE_BY_EN.get(p) ?? p));
}
function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Score one query form against one company name form (plus the company's own location). */
function scoreVariant(query: NameForm, queryPlaces: Set<string>, variant: NameForm, companyPlaces: Set<string>) {
  const evidence: string[] = [];
  let score: number;
  if (query.zh && variant.zh) {
    // Both Chinese: compare characters, not pinyin (华信 and 华鑫 are different companies).
    score = ratio(query.zh, variant.zh);
    evidence.push(score === 1 ? `same Chinese core name "${variant.zh}"` : `Chinese core "${query.zh}" ≈ "${variant.zh}" (${score.toFixed(2)})`);
  } else {
    score = ratio(query.latin, variant.latin);
    const q = query.latinWords.join(" ");
    const v = variant.latinWords.join(" ");
    const how = query.zh || variant.zh ? " (pinyin)" : "";
    evidence.push(score === 1 ? `same core name "${v}"${how}` : `core "${q}" ≈ "${v}"${how} (${score.toFixed(2)})`);
  }
  if (score < 1) {
    // A different distinctive word is a different company far more often than a typo.
    score *= 0.8;
    evidence.push("against: core names differ");
  }

  const theirs = new Set([...variant.places, ...companyPlaces]);
  const ours = new Set([...queryPlaces].filter((p) => !OFFSHORE.has(p)));
  const mine = new Set([...theirs].filter((p) => !OFFSHORE.has(p)));
  if (ours.size && mine.size) {
    const qc = citiesOf(ours);
    const cc = citiesOf(mine);
    if (qc.size && cc.size) {
      if (intersects(qc, cc)) {
        score += 0.05;
        evidence.push(`same city: ${[...qc].filter((c) => cc.has(c)).join(", ")}`);
      } else {
        score -= 0.3;
        evidence.push(`against: different city (${[...qc].join(", ")} vs ${[...cc].join(", ")})`);
      }
    } else if (intersects(provincesOf(ours), provincesOf(mine))) {
      score += 0.02;
      evidence.push("same province");
    } else {
      score -= 0.2;
      evidence.push(`against: different province (${[...provincesOf(ours)].join(", ")} vs ${[...provincesOf(mine)].join(", ")})`);
    }
  }
  if (query.descriptors.size && variant.descriptors.size) {
    if (intersects(query.descriptors, variant.descriptors)) {
      score += 0.02;
      evidence.push(`same line of business: ${[...query.descriptors].filter((d) => variant.descriptors.has(d)).join(", ")}`);
    } else {
      score -= 0.05;
      evidence.push("against: different line of business words");
    }
  }
  return { score: Math.max(0, Math.min(1, score)), evidence };
}

const SHORTLIST = 64;

export function matchParty(
  partyIndex: PartyIndex,
  name: string,
  opts: { location?: string | null; thresholds: PartyThresholds; limit?: number },
): PartyMatchResult {
  const index = partyIndex as Index;
  const limit = opts.limit ?? 5;
  const query = analyseName(name);
  if (!query.latin && !query.zh) return { query: name, decision: "none", candidates: [] };
  const queryPlaces = new Set([...query.places, ...analyseLocation(opts.location)]);

  // Shortlist by shared n-grams through the postings; only the shortlist is scored.
  const hits = new Map<number, number>();
  const queryGrams = grams(query);
  // Very common grams ("ang", "xin") say little and cost most; once enough rarer grams
  // have been counted, they are skipped.
  const lists = queryGrams
    .map((g) => index.postings.get(g) ?? [])
    .filter((l) => l.length)
    .sort((a, b) => a.length - b.length);
  const common = Math.max(200, index.variants.length / 20);
  lists.forEach((list, i) => {
    if (i >= 3 && list.length > common) return;
    for (const vi of list) hits.set(vi, (hits.get(vi) ?? 0) + 1);
  });
  const minHits = Math.max(1, Math.floor(queryGrams.length * 0.25));
  const shortlist = [...hits]
    .filter(([, n]) => n >= minHits)
    .sort((a, b) => b[1] - a[1])
    .slice(0, SHORTLIST);

  const best = new Map<number, PartyCandidate>();
  for (const [vi] of shortlist) {
    const variant = index.variants[vi];
    const { score, evidence } = scoreVariant(query, queryPlaces, variant.form, index.companyPlaces[variant.company]);
    const prior = best.get(variant.company);
    if (prior && prior.score >= score) continue;
    const c = index.companies[variant.company];
    best.set(variant.company, {
      companyId: c.id,
      creditCode: c.creditCode,
      nameZh: c.nameZh,
      nameEn: c.nameEn,
      score: Math.round(score * 1000) / 1000,
      evidence: [`matched ${variant.label}`, ...evidence],
    });
  }
  const candidates = [...best.values()]
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || a.nameZh.localeCompare(b.nameZh))
    .slice(0, limit);
  const top = candidates[0]?.score ?? 0;
  const decision: PartyDecision = top >= opts.thresholds.match ? "match" : top >= opts.thresholds.review ? "review" : "none";
  return { query: name, decision, candidates };
}

/** The reference implementation for the benchmark: every company scored for every name. */
export function matchPartyNaive(
  partyIndex: PartyIndex,
  name: string,
  opts: { location?: string | null; thresholds: PartyThresholds; limit?: number },
): PartyMatchResult {
  const index = partyIndex as Index;
  const query = analyseName(name);
  const queryPlaces = new Set([...query.places, ...analyseLocation(opts.location)]);
  const scores = new Map<number, number>();
  for (const v of index.variants) {
    const { score } = scoreVariant(query, queryPlaces, v.form, index.companyPlaces[v.company]);
    if (score > (scores.get(v.company) ?? 0)) scores.set(v.company, score);
  }
  const candidates = [...scores]
    .sort((a, b) => b[1] - a[1])
    .slice(0, opts.limit ?? 5)
    .map(([ci, score]) => {
      const c = index.companies[ci];
      return { companyId: c.id, creditCode: c.creditCode, nameZh: c.nameZh, nameEn: c.nameEn, score, evidence: [] };
    });
  const top = candidates[0]?.score ?? 0;
  const decision: PartyDecision = top >= opts.thresholds.match ? "match" : top >= opts.thresholds.review ? "review" : "none";
  return { query: name, decision, candidates };
}
