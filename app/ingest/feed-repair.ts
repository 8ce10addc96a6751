import { createRequire } from "node:module";
import { FeedParseError } from "./feed-types.ts";
import { escapeHtml } from "./text.server.ts";

// ---------------------------------------------------------------------------------------
// Text repairs before the XML parser

const SAX_ENTITIES = loadSaxEntityNames();

// sax (under xml2js under rss-parser) accepts HTML's named entities; anything else named
// is a fatal error, so we only escape what sax would reject.
function loadSaxEntityNames(): Set<string> {
  const xml = ["amp", "lt", "gt", "quot", "apos"];
  try {
    const fromHere = createRequire(import.meta.url);
    const fromRssParser = createRequire(fromHere.resolve("rss-parser"));
    const fromXml2js = createRequire(fromRssParser.resolve("xml2js"));
    const sax = fromXml2js("sax") as { ENTITIES?: Record<string, unknown> };
    return new Set([...xml, ...Object.keys(sax.ENTITIES ?? {})]);
  } catch {
    return new Set(xml);
  }
}

const AMPERSAND_RE =
  /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|&(?:#[0-9]{1,7};|#x[0-9a-fA-F]{1,6};|([A-Za-z][A-Za-z0-9]{0,31});)?/g;

const NEEDS_AMPERSAND_REPAIR_RE = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});)/;

const XHTML_CONSTRUCT_RE =
  /<((?:[A-Za-z_][\w.-]*:)?(?:title|subtitle|summary|content|rights))(\s[^>]*?\btype\s*=\s*["']xhtml["'][^>]*?)(?<!\/)>([\s\S]*?)<\/\1\s*>/g;

/** Exported for tests: the text-level repairs applied before parsing. */
export function repairXmlText(text: string): string {
  const s = text.replace(/^[\ufeff\s]+/, "");
  if (/^(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>])/i.test(s)) {
    throw new FeedParseError("Received an HTML page, not a feed (the URL may have moved)");
  }
  return repairMarkup(s, true);
}

export const XHTML_TYPE_RE = /type\s*=\s*["']xhtml["']/;

/**
 * The repairs that apply anywhere in a document: xhtml text constructs (unless
 * `xhtml` is false: the caller knows there are none) and ampersands. Applied to pieces
 * cut at markup boundaries, they give the pieces of the repaired document: neither
 * crosses an element's start or end tag.
 */
export function repairMarkup(text: string, xhtml: boolean): string {
  let s = text;
  if (xhtml && XHTML_TYPE_RE.test(s)) {
    s = s.replace(XHTML_CONSTRUCT_RE, (_m, tag: string, attrs: string, inner: string) => {
      const htmlAttrs = attrs.replace(/\btype\s*=\s*["']xhtml["']/, 'type="html"');
      return `<${tag}${htmlAttrs}>${escapeHtml(inner)}</${tag}>`;
    });
  }
  // Most feeds use only XML's own and numeric references; one native scan proves that
  // and spares the per-match callback below on a megabyte of text.
  if (NEEDS_AMPERSAND_REPAIR_RE.test(s)) {
    s = s.replace(AMPERSAND_RE, (m: string, name: string | undefined) => {
      if (m.charCodeAt(0) === 0x3c /* < */) return m;
      if (m.length > 1 && (name === undefined || SAX_ENTITIES.has(name))) return m;
      return "&amp;" + m.slice(1);
    });
  }
  return s;
}

export function describeSaxError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const m = /^([^\n]*)\nLine: (\d+)\nColumn: (\d+)/.exec(message);
  if (!m) return message.split("\n")[0];
  return `${m[1]} at line ${Number(m[2]) + 1}, column ${m[3]}`;
}
