// Text helpers shared by the parser and the normaliser. Feed HTML is untrusted: it is
// reduced to plain text here and never stored or rendered as markup.
import { createHash } from "node:crypto";
import sanitizeHtml from "sanitize-html";

const NO_TAGS: sanitizeHtml.IOptions = {
  allowedTags: [],
  allowedAttributes: {},
  // Content of these is code or chrome, not prose; everything else keeps its text.
  nonTextTags: [
    "script",
    "style",
    "textarea",
    "option",
    "xmp",
    "noscript",
    "template",
    "iframe",
    "object",
    "head",
    "title",
  ],
  disallowedTagsMode: "discard",
};

// Block-level boundaries separate words; without a space "<p>a</p><p>b</p>" reads "ab".
const BLOCK_BOUNDARY_RE =
  /<(?=\/?(?:br|p|div|li|ul|ol|tr|td|th|table|h[1-6]|blockquote|section|article|header|footer|dd|dt|dl|pre|hr|figcaption|caption)\b)/gi;

/**
 * Plain text from an untrusted HTML fragment: tags and the content of script-like
 * elements removed, entities decoded, whitespace collapsed.
 */
export function htmlToText(html: string | null | undefined): string {
  if (!html) return "";
  // Most titles and many summaries carry no markup or entities; skip the HTML parser.
  if (!/[<&]/.test(html)) return collapseWhitespace(html);
  return collapseWhitespace(htmlToLines(html));
}

/**
 * Like htmlToText, but block elements and <br> become line breaks, for extraction code
 * that reads lists laid out one entry per line.
 */
export function htmlToLines(html: string | null | undefined): string {
  if (!html) return "";
  const lines = /[<&]/.test(html)
    ? unescapeSanitizerOutput(sanitizeHtml(html.replace(BLOCK_BOUNDARY_RE, "\n<"), NO_TAGS))
    : html;
  return lines
    .replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, "")
    .replace(/[^\S\n]+/g, " ")
    .replace(/ ?\n[\s]*/g, "\n")
    .trim();
}

// sanitize-html decodes every entity while parsing and then escapes exactly &, < and >
// in text it emits (quotes only inside attributes, and we keep none), so undoing those
// three is an exact inverse, not a second round of entity decoding.
function unescapeSanitizerOutput(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/** HTML-escape plain text so it can travel in a field that otherwise holds HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// \s covers NBSP and the Unicode spaces; zero-width characters are not whitespace to
// the regex engine but split words invisibly in feeds pasted from word processors.
export function collapseWhitespace(s: string): string {
  return s
    .replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Cut to at most `max` UTF-16 units, never splitting a surrogate pair, marking the cut. */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max - 1;
  const code = s.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return s.slice(0, end).trimEnd() + "…";
}

export function sha256Hex(s: string): string {
  return createHash("sha256").update(s).digest("hex");
}
