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
// Phrases that start with the same folded token, found by the token's hash.
type PhraseGroup = { head: string; phrases: Phrase[] };
// Indexed by its first non-ASCII character, found `offset` characters into the keyword
// ("337调查" by 调 at 3), so the scan can skip every ASCII character of a text.
type RawKeyword = { text: string; offset: number; tags: string[] };

const TOKEN_RE = /[A-Za-z0-9]+/g;

export class KeywordIndex {
  // Phrases by their first token: folded (lower-case, singular), by the hash of that
  // (see foldedHash), so a text's tokens are looked up without becoming strings; or,
  // for exact tokens, as written.
  private readonly phrases = new Map<number, PhraseGroup[]>();
  private readonly exactPhrases = new Map<string, Phrase[]>();
  private readonly raw = new Map<number, RawKeyword[]>();
  // Most words of a text ("the", "of", "complaint") start no keyword. These filters,
  // by the first two characters and the length of a first token, answer that from the
  // text's character codes, without making, folding or hashing a string for the word.
  private readonly firstTokenFilter = new Uint8Array(FILTER_SIZE);
  private readonly exactFirstTokenFilter = new Uint8Array(FILTER_SIZE);
  // Characters that can be a Chinese keyword's indexing character.
  private readonly rawKeys = new Uint8Array(0x10000);

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
      this.rawKeys[key] = 1;
      return;
    }
    const words = keyword.match(TOKEN_RE)?.map(tokenMatcher) ?? [];
    if (words.length === 0) return;
    const [head, ...rest] = words;
    let list: Phrase[];
    if (head.exact) {
      list = this.exactPhrases.get(head.key) ?? [];
      this.exactPhrases.set(head.key, list);
    } else {
      const hash = stringHash(head.key);
      const groups = this.phrases.get(hash) ?? [];
      this.phrases.set(hash, groups);
      let group = groups.find((g) => g.head === head.key);
      if (!group) groups.push((group = { head: head.key, phrases: [] }));
      list = group.phrases;
    }
    const existing = list.find((p) => sameTokens(p.rest, rest));
    if (existing) existing.tags.push(tag);
    else list.push({ rest, tags: [tag] });
    const key = head.key;
    const c0 = key.charCodeAt(0);
    const c1 = key.length > 1 ? key.charCodeAt(1) : 0;
    if (head.exact) this.exactFirstTokenFilter[filterSlot(c0, c1, key.length)] = 1;
    else {
      // By the length of the token as written: stem() shortens a word by at most two
      // characters ("batteries" → "battery", "boxes" → "box", "cells" → "cell") and
      // never changes its first two.
      for (let extra = 0; extra <= 2; extra++) this.firstTokenFilter[filterSlot(c0, c1, key.length + extra)] = 1;
    }
  }

  /** Tags of every keyword found, in order of first appearance (English first). */
  match(text: string): Set<string> {
    const found = new Set<string>();
    if (!text) return found;

    // A hand-rolled ASCII tokenizer over character codes: this runs on every item's
    // full text. Tokens become strings only when a filter says they may start a phrase.
    tokens.reset(text);
    const candidates = tokenize(text, this.firstTokenFilter, this.exactFirstTokenFilter);
    const hasNonAscii = tokenizedNonAscii;
    if (candidates) {
      for (let i = 0; i < tokens.count; i++) {
        const flags = tokens.flags[i];
        if (flags & 1) {
          const groups = this.phrases.get(tokens.foldedHash(i));
          if (groups) {
            for (const group of groups) {
              if (tokens.foldedIs(i, group.head)) this.tryPhrases(group.phrases, i, found);
            }
          }
        }
        if (flags & 2) {
          const exact = this.exactPhrases.get(tokens.original(i));
          if (exact) this.tryPhrases(exact, i, found);
        }
      }
    }
    tokens.release();

    if (this.raw.size && hasNonAscii) {
      const lowered = foldChinese(text.toLowerCase());
      const rawKeys = this.rawKeys;
      for (let i = 0; i < lowered.length; i++) {
        const c = lowered.charCodeAt(i);
        if (c < 0x80 || !rawKeys[c]) continue;
        for (const k of this.raw.get(c)!) {
          if (i >= k.offset && lowered.startsWith(k.text, i - k.offset)) for (const t of k.tags) found.add(t);
        }
      }
    }
    return found;
  }

  private tryPhrases(candidates: Phrase[], i: number, found: Set<string>): void {
    for (const p of candidates) {
      if (i + p.rest.length >= tokens.count) continue;
      let ok = true;
      for (let j = 0; j < p.rest.length; j++) {
        const t = p.rest[j];
        const at = i + 1 + j;
        if (t.exact ? !(tokens.flags[at] & 4) || !tokens.originalIs(at, t.key) : !tokens.foldedIs(at, t.key)) {
          ok = false;
          break;
        }
      }
      if (ok) for (const t of p.tags) found.add(t);
    }
  }
}

/**
 * The ASCII word tokens of one text, as offsets in buffers reused from call to call
 * (matching is synchronous, so calls never interleave); strings are made on demand.
 */
class Tokens {
  count = 0;
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  /** 1: may start a folded phrase, 2: may start an exact phrase, 4: has a capital. */
  flags = new Uint8Array(1024);
  private text = "";

  reset(text: string): void {
    this.text = text;
    this.count = 0;
    this.ensure(text.length);
  }

  /** Room for every token of a text of `length` characters (at most one per two). */
  ensure(length: number): void {
    const needed = (length >> 1) + 1;
    if (needed > this.starts.length) {
      const size = Math.max(needed, this.starts.length * 2);
      this.starts = new Int32Array(size);
      this.ends = new Int32Array(size);
      this.flags = new Uint8Array(size);
    }
  }

  /** The token as written. */
  original(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  /** Whether the token, as written, is `key`. */
  originalIs(i: number, key: string): boolean {
    return this.ends[i] - this.starts[i] === key.length && this.text.startsWith(key, this.starts[i]);
  }

  /** stringHash of the token lower-cased and singular (stem), computed in place. */
  foldedHash(i: number): number {
    const text = this.text;
    const start = this.starts[i];
    const shape = stemShape(text, start, this.ends[i]);
    const end = start + (shape >> 1);
    let h = 0;
    for (let k = start; k < end; k++) h = (Math.imul(h, 31) + lower(text.charCodeAt(k))) | 0;
    return shape & 1 ? (Math.imul(h, 31) + 121) /* y */ | 0 : h;
  }

  /** Whether the token lower-cased and singular (stem) is `key`, compared in place. */
  foldedIs(i: number, key: string): boolean {
    const text = this.text;
    const start = this.starts[i];
    const shape = stemShape(text, start, this.ends[i]);
    const length = shape >> 1;
    if (length + (shape & 1) !== key.length) return false;
    for (let k = 0; k < length; k++) {
      if (lower(text.charCodeAt(start + k)) !== key.charCodeAt(k)) return false;
    }
    return !(shape & 1) || key.charCodeAt(length) === 121; /* y */
  }

  release(): void {
    this.text = "";
  }
}

const tokens = new Tokens();
let tokenizedNonAscii = false;

/**
 * Fills `tokens` with the ASCII word tokens of `text` and their filter flags; returns
 * how many may start a phrase, and sets tokenizedNonAscii. A small function of its own
 * so the engine optimises this loop, the hottest of classification, on its own terms.
 */
function tokenize(text: string, filter: Uint8Array, exactFilter: Uint8Array): number {
  const n = text.length;
  const starts = tokens.starts;
  const ends = tokens.ends;
  const flagsOut = tokens.flags;
  let count = 0;
  let candidates = 0;
  let nonAscii = false;
  for (let i = 0; i < n;) {
    const c0 = text.charCodeAt(i);
    const k0 = c0 < 128 ? ASCII_KIND[c0] : 0;
    if (k0 === 0) {
      if (c0 > 0x7f) nonAscii = true;
      i++;
      continue;
    }
    let j = i + 1;
    let upper = k0 === UPPER;
    for (; j < n; j++) {
      const d = text.charCodeAt(j);
      const k = d < 128 ? ASCII_KIND[d] : 0;
      if (k === 0) break;
      if (k === UPPER) upper = true;
    }
    const len = j - i;
    const c1 = len > 1 ? text.charCodeAt(i + 1) : 0;
    // Bit 1: may start a folded phrase; bit 2: may start an exact one; 4: has a capital.
    let flags = filter[(FOLDED_CLASS[c0] * 63 + FOLDED_CLASS[c1]) * 64 + (len & 63)];
    if (upper) flags |= (exactFilter[(CHAR_CLASS[c0] * 63 + CHAR_CLASS[c1]) * 64 + (len & 63)] << 1) | 4;
    if (flags & 3) candidates++;
    starts[count] = i;
    ends[count] = j;
    flagsOut[count] = flags;
    count++;
    i = j;
  }
  tokens.count = count;
  tokenizedNonAscii = nonAscii;
  return candidates;
}

// Per ASCII code: 0 not part of a token, 1 lower-case letter or digit, 2 capital.
const UPPER = 2;
const ASCII_KIND = new Uint8Array(128);
// Filter classes by ASCII code (see filterSlot), as written and lower-cased.
const CHAR_CLASS = new Uint8Array(128).fill(62);
const FOLDED_CLASS = new Uint8Array(128).fill(62);
for (let c = 0; c < 128; c++) {
  if (isAlnum(c)) ASCII_KIND[c] = c >= 65 && c <= 90 ? UPPER : 1;
  CHAR_CLASS[c] = charClass(c);
  FOLDED_CLASS[c] = charClass(lower(c));
}

// Slots by the first two characters of a token (0-9, a-z, A-Z; 0 for a one-character
// token) and its length modulo 64.
const FILTER_SIZE = 63 * 63 * 64;

function charClass(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 97 + 10;
  if (c >= 65 && c <= 90) return c - 65 + 36;
  return 62;
}

function filterSlot(c0: number, c1: number, length: number): number {
  return (charClass(c0) * 63 + charClass(c1)) * 64 + (length & 63);
}

/** What toLowerCase does to one character of an ASCII token. */
function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** The hash foldedHash computes for a token, of a (lower-case, stemmed) keyword token. */
function stringHash(s: string): number {
  let h = 0;
  for (let k = 0; k < s.length; k++) h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
  return h;
}

/**
 * stem(token.toLowerCase()) for the token text[start, end), described rather than made:
 * (length << 1) | y, meaning its first `length` characters lower-cased, then "y" if y.
 * Follows stem() rule for rule.
 */
function stemShape(text: string, start: number, end: number): number {
  const n = end - start;
  if (n <= 3 || lower(text.charCodeAt(end - 1)) !== 115 /* s */) return n << 1;
  const p = lower(text.charCodeAt(end - 2));
  const q = lower(text.charCodeAt(end - 3));
  // "ies" → "y"
  if (p === 101 /* e */ && q === 105 /* i */ && n > 4) return ((n - 3) << 1) | 1;
  if (p === 101) {
    // (?:ch|sh|ss|x|z)es$ → without "es"
    if (q === 120 /* x */ || q === 122 /* z */) return (n - 2) << 1;
    const r = lower(text.charCodeAt(end - 4));
    if ((q === 104 /* h */ && (r === 99 /* c */ || r === 115)) /* s */ || (q === 115 && r === 115)) return (n - 2) << 1;
  }
  if (p === 115 /* s */ || p === 117 /* u */ || p === 105 /* i */) return n << 1;
  return (n - 1) << 1;
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
