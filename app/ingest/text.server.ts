// Text helpers shared by the parser and the normaliser. Feed HTML is untrusted: it is
// reduced to plain text here and never stored or rendered as markup.
//
// The reduction runs htmlparser2 (the maintained HTML parser sanitize-html is built on)
// directly and keeps only its text events, with sanitize-html's own rules for which
// elements' content is code rather than prose. We only ever produce plain text, never
// HTML, so there is no markup to sanitise on the way out: nothing but decoded text
// nodes outside script-like elements reaches the result, and it is never rendered as
// markup. This gives the same text sanitize-html did (its output, unescaped) at about a
// third of the cost, which matters on feeds of thousands of items.
import crypto, { createHash } from "node:crypto";
import { Parser } from "htmlparser2";

// Content of these is code or chrome, not prose; everything else keeps its text.
// (sanitize-html's nonTextTags as we configured them before.)
const NON_TEXT_TAGS = new Set(["script", "style", "textarea", "option", "xmp", "noscript", "template", "iframe", "object", "head", "title"]);

// Block-level boundaries separate words; without a space "<p>a</p><p>b</p>" reads "ab".
const BLOCK_BOUNDARY_RE = /<(?=\/?(?:br|p|div|li|ul|ol|tr|td|th|table|h[1-6]|blockquote|section|article|header|footer|dd|dt|dl|pre|hr|figcaption|caption)\b)/gi;

// Parsing is synchronous, so one set of handlers and one output buffer serve every call.
// (The parser itself is made per call: htmlparser2 10's reset() leaves the tokenizer
// inside a raw-text element when the previous fragment ended in an unclosed <script>.)
let textOut = "";
// Depth of open elements inside a non-text element (0: outside one); counted on every
// open and close event exactly as sanitize-html counts them, implied closes included.
let skipDepth = 0;
const HANDLERS = {
  onopentagname(name: string) {
    if (skipDepth) skipDepth++;
    else if (NON_TEXT_TAGS.has(name)) skipDepth = 1;
  },
  onclosetag() {
    if (skipDepth) skipDepth--;
  },
  ontext(text: string) {
    if (!skipDepth) textOut += text;
  },
};
const PARSER_OPTIONS = { decodeEntities: true };

// Markup simple enough to read without the parser: attribute-less tags of ordinary
// elements and the commonest entities. htmlparser2 turns such a fragment into exactly
// its text with the tags removed (block tags leaving the "\n" inserted before them) and
// the entities decoded; most feed descriptions are like this. Anything else (an
// attribute, a comment, any other element or entity, a NUL) takes the parser.
const BLOCK_NAMES = "br|p|div|li|ul|ol|tr|td|th|table|h[1-6]|blockquote|section|article|header|footer|dd|dt|dl|pre|hr|figcaption|caption";
const INLINE_NAMES = "b|i|u|s|em|strong|small|big|sub|sup|span|code|cite|q|mark|abbr|tt|del|ins|strike|kbd|var|samp|dfn";
const SIMPLE_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  "#39": "'",
  "#34": '"',
  "#38": "&",
  "#160": "\u00a0",
};
const NOT_SIMPLE_RE = new RegExp(String.raw`\0|&(?!(?:${Object.keys(SIMPLE_ENTITIES).join("|")});)|<(?!\/?(?:${BLOCK_NAMES}|${INLINE_NAMES})\s*\/?>)`, "i");
const SIMPLE_BLOCK_TAG_RE = new RegExp(String.raw`<\/?(?:${BLOCK_NAMES})\s*\/?>`, "gi");
const SIMPLE_INLINE_TAG_RE = new RegExp(String.raw`<\/?(?:${INLINE_NAMES})\s*\/?>`, "gi");
const SIMPLE_ENTITY_RE = new RegExp(String.raw`&(${Object.keys(SIMPLE_ENTITIES).join("|")});`, "g");
const decodeSimpleEntity = (_m: string, name: string) => SIMPLE_ENTITIES[name];

/** The decoded text nodes of an HTML fragment, outside script-like elements, unnormalised. */
function extractText(html: string): string {
  if (!NOT_SIMPLE_RE.test(html)) {
    const text = html.replace(SIMPLE_BLOCK_TAG_RE, "\n").replace(SIMPLE_INLINE_TAG_RE, "");
    return text.includes("&") ? text.replace(SIMPLE_ENTITY_RE, decodeSimpleEntity) : text;
  }
  textOut = "";
  skipDepth = 0;
  try {
    new Parser(HANDLERS, PARSER_OPTIONS).end(html.replace(BLOCK_BOUNDARY_RE, "\n<"));
    return textOut;
  } finally {
    textOut = "";
  }
}

/**
 * Plain text from an untrusted HTML fragment: tags and the content of script-like
 * elements removed, entities decoded, whitespace collapsed.
 */
export function htmlToText(html: string | null | undefined): string {
  if (!html) return "";
  // Most titles and many summaries carry no markup or entities; skip the HTML parser.
  return normaliseSpace(HAS_MARKUP_RE.test(html) ? extractText(html) : html, false);
}

/**
 * Like htmlToText, but block elements and <br> become line breaks, for extraction code
 * that reads lists laid out one entry per line.
 */
export function htmlToLines(html: string | null | undefined): string {
  if (!html) return "";
  return normaliseSpace(HAS_MARKUP_RE.test(html) ? extractText(html) : html, true);
}

const HAS_MARKUP_RE = /[<&]/;

/** HTML-escape plain text so it can travel in a field that otherwise holds HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// \s covers NBSP and the Unicode spaces; zero-width characters are not whitespace to
// the regex engine but split words invisibly in feeds pasted from word processors.
export function collapseWhitespace(s: string): string {
  return normaliseSpace(s, false);
}

const ZERO_WIDTH_RE = /[\u200b\u200c\u200d\u2060\ufeff]/;
const ZERO_WIDTH_GLOBAL_RE = /[\u200b\u200c\u200d\u2060\ufeff]/g;
// A run of whitespace (\s) that is not already a single space: it starts with a space
// followed by more whitespace, or with any other whitespace character.
const SPACE_RUN_RE = /(?: (?=\s)|[^\S ])\s*/g;
const lineBreakOrSpace = (run: string) => (run.includes("\n") ? "\n" : " ");

/**
 * Zero-width characters dropped, leading and trailing whitespace dropped, and every
 * inner run of whitespace (JavaScript's \s) replaced by one space, or, with `keepLines`,
 * by one "\n" when the run contains a line feed. Equivalent to the regex chain
 *   .replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, "")
 *   .replace(/[^\S\n]+/g, " ").replace(/ ?\n[\s]*\/g, "\n").trim()   (keepLines)
 *   .replace(/\s+/g, " ").trim()                                     (otherwise)
 * in two native passes instead of four: single spaces between words, by far the most
 * common whitespace, are never matched.
 */
export function normaliseSpace(s: string, keepLines: boolean): string {
  if (ZERO_WIDTH_RE.test(s)) s = s.replace(ZERO_WIDTH_GLOBAL_RE, "");
  return (keepLines ? s.replace(SPACE_RUN_RE, lineBreakOrSpace) : s.replace(SPACE_RUN_RE, " ")).trim();
}

export function sha256Hex(s: string): string {
  // crypto.hash (Node ≥ 20.12) is the one-shot form, without a Hash object per call.
  return oneShotHash ? oneShotHash("sha256", s, "hex") : createHash("sha256").update(s).digest("hex");
}

const oneShotHash = (crypto as { hash?: (algorithm: string, data: string, encoding: "hex") => string }).hash;
