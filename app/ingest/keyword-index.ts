// Finds many bilingual keywords in a text in one pass. A regular expression per
// keyword would rescan the text hundreds of times per item; ingest parses ~20k items/s
// (DESIGN.md §5) and classification must not become the bottleneck.
//
// English (ASCII) keywords are matched as whole-word token sequences: case-insensitive
// and plural-tolerant, except tokens written with two or more capitals or as a lone
// capital ("LED", "TRO", "Schedule A"), which must match exactly. Keywords containing
// other scripts (Chinese) are matched as case-insensitive substrings, with Traditional
// characters folded to Simplified on both sides.
import { foldChinese } from "./chinese-fold.ts";

type TokenMatcher = { key: string; exact: boolean };
type Phrase = { rest: TokenMatcher[]; tags: string[] };
// Indexed by its first non-ASCII character, found `offset` characters into the keyword
// ("337调查" by 调 at 3), so the scan can skip every ASCII character of a text.
type RawKeyword = { text: string; offset: number; tags: string[] };

const TOKEN_RE = /[A-Za-z0-9]+/g;

export class KeywordIndex {
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
    for (let i = 0; i < n; ) {
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
