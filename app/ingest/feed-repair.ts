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

const AMPERSAND_RE = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|&(?:#[0-9]{1,7};|#x[0-9a-fA-F]{1,6};|([A-Za-z][A-Za-z0-9]{0,31});)?/g;

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

/**
 * A document cut off before its end (a truncated download, a server that stopped writing):
 * the same text up to the last complete piece of markup, with end tags for every element
 * still open, so the entries read before the break survive. Null when the document is not
 * simply cut short (an end tag that closes the wrong element, a DTD, nothing left open):
 * those errors are reported as they are.
 */
export function closeTruncatedXml(text: string): string | null {
  const stack: string[] = [];
  let i = 0;
  let cut = -1;
  const n = text.length;
  while (i < n) {
    const lt = text.indexOf("<", i);
    if (lt < 0) break;
    if (text.startsWith("<!--", lt)) {
      const end = text.indexOf("-->", lt + 4);
      if (end < 0) {
        cut = lt;
        break;
      }
      i = end + 3;
    } else if (text.startsWith("<![CDATA[", lt)) {
      const end = text.indexOf("]]>", lt + 9);
      if (end < 0) {
        cut = lt;
        break;
      }
      i = end + 3;
    } else if (text.startsWith("<?", lt)) {
      const end = text.indexOf("?>", lt + 2);
      if (end < 0) {
        cut = lt;
        break;
      }
      i = end + 2;
    } else if (text.startsWith("<!", lt)) {
      // A DOCTYPE with an internal subset is beyond this repair.
      const end = text.indexOf(">", lt + 2);
      if (end < 0 || text.slice(lt, end).includes("[")) return null;
      i = end + 1;
    } else if (text.charCodeAt(lt + 1) === 0x2f /* / */) {
      const end = text.indexOf(">", lt + 2);
      if (end < 0) {
        cut = lt;
        break;
      }
      const name = text.slice(lt + 2, end).trim();
      if (stack[stack.length - 1] !== name) return null;
      stack.pop();
      i = end + 1;
    } else {
      const nameMatch = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(lt, lt + 200));
      if (!nameMatch) {
        i = lt + 1;
        continue;
      }
      let j = lt + nameMatch[0].length;
      let quote = 0;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if (quote) {
          if (c === quote) quote = 0;
        } else if (c === 0x22 || c === 0x27) quote = c;
        else if (c === 0x3e /* > */) break;
      }
      if (j >= n) {
        cut = lt;
        break;
      }
      if (text.charCodeAt(j - 1) !== 0x2f /* / */) stack.push(nameMatch[1]);
      i = j + 1;
    }
  }
  if (stack.length === 0) return null;
  // A reference cut in half ("&am") would be an error of its own.
  const kept = (cut < 0 ? text : text.slice(0, cut)).replace(/&[#\w]*$/, "");
  return (
    kept +
    stack
      .reverse()
      .map((name) => `</${name}>`)
      .join("")
  );
}
