import { describe, expect, test } from "vitest";
import { foldChinese } from "./chinese-fold.ts";
import { KeywordIndex } from "./keyword-index.ts";
import { CASE_TYPES, INDUSTRIES, IP_TYPES, STAGES } from "./taxonomy.ts";

// The matcher as it was before it tokenized in place (filters by character codes,
// hashed lookups, stems compared without making strings): a plain reference that the
// faster one must agree with, tag for tag and in the same order.
/* eslint-disable */
type TokenMatcher = { key: string; exact: boolean };
type Phrase = { rest: TokenMatcher[]; tags: string[] };
// Indexed by its first non-ASCII character, found `offset` characters into the keyword
// ("337调查" by 调 at 3), so the scan can skip every ASCII character of a text.
type RawKeyword = { text: string; offset: number; tags: string[] };

const TOKEN_RE = /[A-Za-z0-9]+/g;

class ReferenceIndex {
  // Phrases by their first token: folded (lower-case, singular) or, for exact tokens, as written.
  private readonly phrases = new Map<string, Phrase[]>();
  private readonly exactPhrases = new Map<string, Phrase[]>();
  private readonly raw = new Map<number, RawKeyword[]>();
  // (first character, length) of every folded first token: most words of a text ("the",
  // "of", "complaint") start no keyword, and this filter answers that without hashing them.
  private readonly firstTokenFilter = new Uint8Array(128 * 64);

  constructor(entries: Iterable<{ keyword: string; tag: string }>) {
    for (const { keyword, tag } of entries) this.add(keyword, tag);
  }

  private add(keyword: string, tag: string): void {
    // eslint-disable-next-line no-control-regex
    if (/[^\x00-\x7f]/.test(keyword)) {
      const text = foldChinese(keyword.toLowerCase());
      // eslint-disable-next-line no-control-regex
      const offset = text.search(/[^\x00-\x7f]/);
      const key = text.charCodeAt(offset);
      const list = this.raw.get(key) ?? [];
      const existing = list.find((k) => k.text === text);
      if (existing) existing.tags.push(tag);
      else list.push({ text, offset, tags: [tag] });
      this.raw.set(key, list);
      return;
    }
    const tokens = keyword.match(TOKEN_RE)?.map(tokenMatcher) ?? [];
    if (tokens.length === 0) return;
    const [head, ...rest] = tokens;
    const map = head.exact ? this.exactPhrases : this.phrases;
    const list = map.get(head.key) ?? [];
    const existing = list.find((p) => sameTokens(p.rest, rest));
    if (existing) existing.tags.push(tag);
    else list.push({ rest, tags: [tag] });
    map.set(head.key, list);
    if (!head.exact) this.firstTokenFilter[filterSlot(head.key)] = 1;
  }

  /** Tags of every keyword found, in order of first appearance (English first). */
  match(text: string): Set<string> {
    const found = new Set<string>();
    if (!text) return found;

    // A hand-rolled ASCII tokenizer: this runs on every item's full text, and a regex
    // loop with a stemming regex per token was the slowest part of normalisation.
    const originals: string[] = [];
    const folded: string[] = [];
    let hasNonAscii = false;
    const n = text.length;
    for (let i = 0; i < n;) {
      const c = text.charCodeAt(i);
      if (!isAlnum(c)) {
        if (c > 0x7f) hasNonAscii = true;
        i++;
        continue;
      }
      let j = i;
      let upper = false;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (!isAlnum(d)) break;
        if (d >= 65 && d <= 90) upper = true;
      }
      const token = text.slice(i, j);
      originals.push(upper ? token : "");
      folded.push(stem(upper ? token.toLowerCase() : token));
      i = j;
    }
    for (let i = 0; i < folded.length; i++) {
      const token = folded[i];
      if (this.firstTokenFilter[filterSlot(token)]) {
        const candidates = this.phrases.get(token);
        if (candidates) this.tryPhrases(candidates, originals, folded, i, found);
      }
      if (originals[i]) {
        const exact = this.exactPhrases.get(originals[i]);
        if (exact) this.tryPhrases(exact, originals, folded, i, found);
      }
    }

    if (this.raw.size && hasNonAscii) {
      const lower = foldChinese(text.toLowerCase());
      for (let i = 0; i < lower.length; i++) {
        const c = lower.charCodeAt(i);
        if (c < 0x80) continue;
        const candidates = this.raw.get(c);
        if (!candidates) continue;
        for (const k of candidates) {
          if (i >= k.offset && lower.startsWith(k.text, i - k.offset)) for (const t of k.tags) found.add(t);
        }
      }
    }
    return found;
  }

  private tryPhrases(candidates: Phrase[], originals: string[], folded: string[], i: number, found: Set<string>): void {
    for (const p of candidates) {
      if (i + p.rest.length >= folded.length) continue;
      let ok = true;
      for (let j = 0; j < p.rest.length; j++) {
        const t = p.rest[j];
        const at = i + 1 + j;
        if (t.exact ? originals[at] !== t.key : folded[at] !== t.key) {
          ok = false;
          break;
        }
      }
      if (ok) for (const t of p.tags) found.add(t);
    }
  }
}

function filterSlot(token: string): number {
  return (token.charCodeAt(0) & 127) * 64 + (token.length & 63);
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function tokenMatcher(token: string): TokenMatcher {
  const capitals = token.replace(/[^A-Z]/g, "").length;
  const exact = capitals >= 2 || (token.length === 1 && capitals === 1);
  return exact ? { key: token, exact } : { key: stem(token.toLowerCase()), exact };
}

function sameTokens(a: TokenMatcher[], b: TokenMatcher[]): boolean {
  return a.length === b.length && a.every((t, i) => t.key === b[i].key && t.exact === b[i].exact);
}

// Just enough English plural folding for product and legal vocabulary; both sides of a
// comparison go through it, so its quirks ("series" → "sery") cancel out.
function stem(t: string): string {
  const n = t.length;
  if (n <= 3 || t.charCodeAt(n - 1) !== 115 /* s */) return t;
  const p = t.charCodeAt(n - 2);
  if (p === 101 /* e */ && t.charCodeAt(n - 3) === 105 /* i */ && n > 4) return t.slice(0, -3) + "y";
  if (p === 101 && /(?:ch|sh|ss|x|z)es$/.test(t)) return t.slice(0, -2);
  if (p === 115 /* s */ || p === 117 /* u */ || p === 105 /* i */) return t;
  return t.slice(0, -1);
}

/* eslint-enable */

const KEYWORDS: { keyword: string; tag: string }[] = [];
for (const industry of INDUSTRIES) {
  for (const keyword of industry.keywords) KEYWORDS.push({ keyword, tag: `ind:${industry.id}` });
  for (const keyword of industry.products) KEYWORDS.push({ keyword, tag: `ind:${industry.id}` }, { keyword, tag: `prod:${keyword}` });
}
for (const ip of IP_TYPES) for (const keyword of ip.keywords) KEYWORDS.push({ keyword, tag: `ip:${ip.id}` });
for (const caseType of CASE_TYPES) {
  for (const keyword of caseType.keywords) KEYWORDS.push({ keyword, tag: `case:${caseType.id}` });
  const local = "jurisdictionKeywords" in caseType ? caseType.jurisdictionKeywords : undefined;
  for (const keyword of (local?.keywords ?? []) as readonly string[]) KEYWORDS.push({ keyword, tag: `local:${caseType.id}` });
}
for (const stage of STAGES) for (const keyword of stage.keywords) KEYWORDS.push({ keyword, tag: `stage:${stage.id}` });

describe("KeywordIndex agrees with the reference matcher", () => {
  const fast = new KeywordIndex(KEYWORDS);
  const slow = new ReferenceIndex(KEYWORDS);

  test("on every keyword, as written, upper-cased, capitalised and pluralised", () => {
    for (const { keyword } of KEYWORDS) {
      for (const text of [
        keyword,
        keyword.toUpperCase(),
        keyword.replace(/^./, (c) => c.toUpperCase()),
        `${keyword}s`,
        `${keyword}es`,
        `the ${keyword.replace(/y$/, "ies")} and ${keyword.replace(/(ch|sh|ss|x|z)$/, "$1es")}.`,
        `x${keyword}`,
      ]) {
        expect([...fast.match(text)]).toEqual([...slow.match(text)]);
      }
    }
  });

  test("on random texts of keywords, plural and case variants and filler", () => {
    const words = KEYWORDS.map((k) => k.keyword);
    const filler = [
      "the",
      "of",
      "and",
      "Inc.",
      "Co., Ltd.",
      "China",
      "batteries",
      "BATTERIES",
      "boxes",
      "glasses",
      "series",
      "matches",
      "brushes",
      "bus",
      "gas",
      "ties",
      "LEDs",
      "臺灣",
      "調查",
      "；",
      "。",
      "337",
      "1:26-cv-01234",
      "\n",
      "-",
      "/",
    ];
    const variants = [
      (w: string) => w,
      (w: string) => w.toUpperCase(),
      (w: string) => `${w}s`,
      (w: string) => `${w}es`,
      (w: string) => w.replace(/^./, (c) => c.toUpperCase()),
      (w: string) => w.replace(/y$/, "ies"),
    ];
    let seed = 17;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
    for (let k = 0; k < 5000; k++) {
      const parts: string[] = [];
      for (let n = 1 + Math.floor(random() * 30); n > 0; n--) parts.push(pick(variants)(random() < 0.5 ? pick(words) : pick(filler)));
      const text = parts.join(pick([" ", "\n", ", ", "", "-"]));
      expect([...fast.match(text)]).toEqual([...slow.match(text)]);
    }
  });
});
