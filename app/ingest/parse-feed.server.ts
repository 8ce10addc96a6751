// Feed text → entries, on rss-parser 3.13, with the gaps DESIGN.md §5 measured covered
// around it:
// - we pick the format from the root element ourselves (rss-parser rejects <rss> without
//   a version and anything it does not recognise);
// - a missing <channel>, an Atom <link> without href, and an unparsable Atom date each
//   crash rss-parser and lose the whole feed: the tree is repaired before rss-parser's
//   builders see it, and every entry is built inside its own guard, so one bad entry is
//   skipped with a reason;
// - a bare "&" (typically in a URL query) or an undeclared entity rejects the whole
//   document in sax's strict mode: we escape them before parsing;
// - xhtml text constructs come back as objects with their text order lost: we turn them
//   into escaped HTML before parsing;
// - relative links and xml:base are resolved here against xml:base and the feed URL.
//
// This reaches into rss-parser's instance methods (buildRSS1/buildRSS2/buildAtomFeed,
// parseItemRss/parseItemAtom, xmlParser). They are stable in 3.x but not public API: the
// tests next to this file exercise each of them, so an upgrade that moves them fails there.
import { createRequire } from "node:module";
import RssParser from "rss-parser";
import { escapeHtml, htmlToText, collapseWhitespace } from "./text.server.ts";

export type FeedFormat = "rss2" | "rss1" | "atom";

/** One feed entry as the feed states it, before normalisation. */
export type RawEntry = {
  /** Position among the feed's entries (0-based), also used in skip reports. */
  index: number;
  /** RSS guid, Atom id, or RSS 1.0 rdf:about. */
  id: string | null;
  /** Plain text. */
  title: string | null;
  /** Absolute URL when the feed gave one that resolves against xml:base / the feed URL. */
  link: string | null;
  /** Untrusted HTML: RSS description, Atom summary (text constructs are escaped into HTML). */
  summaryHtml: string | null;
  /** Untrusted HTML: content:encoded, Atom content. */
  contentHtml: string | null;
  published: Date | null;
  updated: Date | null;
  authors: string[];
  categories: string[];
};

export type SkippedEntry = { index: number; reason: string };

export type ParsedFeed = {
  format: FeedFormat;
  title: string | null;
  link: string | null;
  entries: RawEntry[];
  skipped: SkippedEntry[];
};

export type ParseFeedOptions = {
  /** The URL the feed was fetched from (after redirects); the base of relative links. */
  feedUrl: string;
  /**
   * UTC offset assumed for dates that carry none, such as "2026-11-03 08:00" (common in
   * Chinese feeds, where it means Beijing time). Default "Z".
   */
  naiveDateOffset?: string;
};

export class FeedParseError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "FeedParseError";
  }
}

// ---------------------------------------------------------------------------------------
// xml2js tree shapes (explicitArray: true, attributes under "$", text under "_")

type XmlAttrs = Record<string, string>;
type XmlNode = string | XmlObject;
interface XmlObject {
  $?: XmlAttrs;
  _?: string;
  [child: string]: XmlNode[] | XmlAttrs | string | undefined;
}

type RssItemOut = Record<string, unknown>;
type RssFeedOut = { items: RssItemOut[] } & Record<string, unknown>;

// The parts of rss-parser's instance we build on (see the header comment).
interface RssParserInternals {
  xmlParser: { parseStringPromise(xml: string): Promise<unknown> };
  buildAtomFeed(xmlObj: { feed: XmlObject }): RssFeedOut;
  buildRSS1(xmlObj: { "rdf:RDF": XmlObject }): RssFeedOut;
  buildRSS2(xmlObj: { rss: XmlObject }): RssFeedOut;
  parseItemAtom(entry: XmlObject): RssItemOut;
  parseItemRss(item: XmlObject, itemFields: unknown[]): RssItemOut;
}

const RssParserBase = RssParser as unknown as new (
  options: RssParser.ParserOptions<Record<string, unknown>, Record<string, unknown>>
) => RssParserInternals;

// rss-parser already maps title, link, pubDate, dc:date, dc:creator, description and
// content:encoded; these add what it leaves out. (Atom entries are read from the tree:
// rss-parser reads neither their categories nor their updated date.)
const PARSER_OPTIONS = {
  defaultRSS: 2,
  customFields: {
    item: [
      ["dc:subject", "subjects", { keepArray: true }],
      ["dc:modified", "modified"],
      ["atom:updated", "atomUpdated"],
      ["updated", "updated"],
    ],
  },
} as const;

// ---------------------------------------------------------------------------------------

export async function parseFeed(text: string, options: ParseFeedOptions): Promise<ParsedFeed> {
  const repaired = repairXmlText(text);
  const parser = new GuardedParser(options);

  let doc: unknown;
  try {
    doc = await parser.xmlParser.parseStringPromise(repaired);
  } catch (error) {
    throw new FeedParseError(`Not well-formed XML: ${describeSaxError(error)}`, { cause: error });
  }
  if (!doc || typeof doc !== "object") throw new FeedParseError("The document is empty");

  const rootName = Object.keys(doc)[0];
  const root = asObject((doc as Record<string, XmlNode>)[rootName]);
  if (rootName === "feed") return parser.atom(root);
  if (rootName === "rss") return parser.rss2(root);
  if (/(^|:)RDF$/.test(rootName)) return parser.rss1(root);
  if (rootName === "channel") return parser.rss2({ channel: [root] });
  throw new FeedParseError(`Not a feed: the root element is <${rootName}>; expected <rss>, <rdf:RDF> or Atom <feed>`);
}

class GuardedParser extends RssParserBase {
  private readonly feedUrl: string;
  private readonly naiveOffset: string;
  private entries: RawEntry[] = [];
  private skipped: SkippedEntry[] = [];
  private nextIndex = 0;
  // xml:base in force for the entries being built (feed or channel level).
  private base: string;

  constructor(options: ParseFeedOptions) {
    // rss-parser mutates its options object, so it gets a fresh copy each time.
    super(structuredClone(PARSER_OPTIONS) as never);
    this.feedUrl = options.feedUrl;
    this.base = options.feedUrl;
    this.naiveOffset = options.naiveDateOffset ?? "Z";
  }

  atom(feed: XmlObject): ParsedFeed {
    this.base = resolveBase(this.feedUrl, feed);
    const repairedFeed: XmlObject = { ...feed, link: usableAtomLinks(feed.link) };
    this.guardFeed(() => this.buildAtomFeed({ feed: repairedFeed }));
    return {
      format: "atom",
      title: atomText(first(feed, "title")),
      link: pickAtomLink(feed.link, this.base),
      entries: this.entries,
      skipped: this.skipped,
    };
  }

  rss2(rss: XmlObject): ParsedFeed {
    let channel = asObject(first(rss, "channel"));
    // Some feeds put items (and even the channel's fields) straight under <rss>.
    if (!rss.channel) channel = { ...rss, $: undefined };
    else if (!channel.item && rss.item) channel = { ...channel, item: rss.item };
    this.base = resolveBase(resolveBase(this.feedUrl, rss), channel);
    this.guardFeed(() => this.buildRSS2({ rss: { ...rss, channel: [channel] } }));
    return this.rssResult("rss2", channel);
  }

  rss1(rdf: XmlObject): ParsedFeed {
    const channel = asObject(first(rdf, "channel"));
    this.base = resolveBase(resolveBase(this.feedUrl, rdf), channel);
    this.guardFeed(() => this.buildRSS1({ "rdf:RDF": { ...rdf, channel: [channel] } }));
    return this.rssResult("rss1", channel);
  }

  override parseItemAtom(entry: XmlObject): RssItemOut {
    const index = this.nextIndex++;
    try {
      entry = asObject(entry);
      const base = resolveBase(this.base, entry);
      const dates = this.atomDates(entry);
      // rss-parser calls new Date(x).toISOString() on these and throws on a bad one;
      // handing it our parsed values keeps its builder on the happy path.
      const prepared: XmlObject = {
        ...entry,
        link: usableAtomLinks(entry.link),
        published: dates.published ? [dates.published.toISOString()] : undefined,
        updated: dates.updated ? [dates.updated.toISOString()] : undefined,
      };
      const item = super.parseItemAtom(prepared);
      const summary = first(entry, "summary");
      const content = first(entry, "content");
      this.entries.push({
        index,
        id: nonEmpty(textOf(first(entry, "id"))),
        title: atomText(first(entry, "title")),
        link: pickAtomLink(entry.link, base) ?? httpUrlOrNull(textOf(first(entry, "id"))),
        summaryHtml: atomHtml(summary),
        contentHtml: hasAttr(content, "src") ? null : atomHtml(content),
        published: dates.published,
        updated: dates.updated,
        authors: atomPeople(entry.author, item.author),
        categories: (Array.isArray(entry.category) ? entry.category : [])
          .map((c) => attrOf(c, "label") ?? attrOf(c, "term") ?? textOf(c))
          .map((c) => collapseWhitespace(c ?? ""))
          .filter(Boolean),
      });
    } catch (error) {
      this.skipped.push({ index, reason: reasonOf(error) });
    }
    // rss-parser wants an object per entry; ours are collected on the side.
    return {};
  }

  override parseItemRss(xmlItem: XmlObject, itemFields: unknown[]): RssItemOut {
    const index = this.nextIndex++;
    try {
      xmlItem = asObject(xmlItem);
      const item = super.parseItemRss(xmlItem, itemFields);
      const base = resolveBase(this.base, xmlItem);
      const guidNode = first(xmlItem, "guid");
      const guid = nonEmpty(textOf(guidNode));
      const about = nonEmpty(attrOf(xmlItem, "rdf:about"));
      const permalink = attrOf(guidNode, "isPermaLink")?.toLowerCase() !== "false";
      const linkText =
        nonEmpty(textOf(first(xmlItem, "link"))) ?? nonEmpty(attrOf(first(xmlItem, "atom:link"), "href"));
      const link = resolveUrl(base, linkText) ?? (permalink ? httpUrlOrNull(guid) : null) ?? httpUrlOrNull(about);
      const titleNode = first(xmlItem, "title") ?? first(xmlItem, "dc:title");
      this.entries.push({
        index,
        id: guid ?? about,
        // RSS never says whether a title is text or HTML; in practice it is escaped HTML.
        title: nonEmpty(htmlToText(textOf(titleNode))),
        link,
        summaryHtml: nonEmpty(stringOr(item.content, textOf(first(xmlItem, "description")))),
        contentHtml: nonEmpty(stringOr(item["content:encoded"], null)),
        published: this.lenientDate(stringOr(item.pubDate, null) ?? stringOr(item.date, null)),
        updated: this.lenientDate(
          stringOr(item.atomUpdated, null) ?? stringOr(item.modified, null) ?? stringOr(item.updated, null)
        ),
        authors: uniqueStrings([stringOr(item.creator, null), textOf(first(xmlItem, "author"))]),
        categories: uniqueStrings([
          ...(Array.isArray(xmlItem.category) ? xmlItem.category : []).map((c) => textOf(c)),
          ...(Array.isArray(item.subjects) ? (item.subjects as XmlNode[]) : []).map((c) => textOf(c)),
        ]),
      });
    } catch (error) {
      this.skipped.push({ index, reason: reasonOf(error) });
    }
    return {};
  }

  private rssResult(format: "rss1" | "rss2", channel: XmlObject): ParsedFeed {
    return {
      format,
      title: nonEmpty(htmlToText(textOf(first(channel, "title") ?? first(channel, "dc:title")))),
      link: resolveUrl(this.base, nonEmpty(textOf(first(channel, "link")))),
      entries: this.entries,
      skipped: this.skipped,
    };
  }

  // Feed-level code in rss-parser (images, iTunes, pagination links) can still trip on
  // odd shapes; entries already built survive that, the feed-level extras do not matter.
  private guardFeed(build: () => unknown): void {
    try {
      build();
    } catch (error) {
      if (this.nextIndex === 0) {
        throw new FeedParseError(`The feed's structure could not be read: ${reasonOf(error)}`, {
          cause: error,
        });
      }
    }
  }

  // Atom makes <updated> mandatory and RFC 3339 strict, so an unreadable date means a
  // broken entry: it is skipped with the value quoted. (RSS dates are optional and
  // notoriously free-form; there a bad one only leaves the date empty.)
  private atomDates(entry: XmlObject): { published: Date | null; updated: Date | null } {
    const read = (names: string[]): Date | null => {
      for (const name of names) {
        const node = first(entry, name);
        if (node === undefined) continue;
        const raw = collapseWhitespace(textOf(node) ?? "");
        if (!raw) continue;
        const date = parseFeedDate(raw, this.naiveOffset);
        if (!date) throw new EntrySkip(`unparsable <${name}> date "${raw.slice(0, 60)}"`);
        return date;
      }
      return null;
    };
    // Atom 0.3 called them issued/created and modified.
    return { published: read(["published", "issued", "created"]), updated: read(["updated", "modified"]) };
  }

  private lenientDate(raw: string | null): Date | null {
    return raw ? parseFeedDate(raw, this.naiveOffset) : null;
  }
}

class EntrySkip extends Error {}

function reasonOf(error: unknown): string {
  if (error instanceof EntrySkip) return error.message;
  return `entry could not be read: ${error instanceof Error ? error.message : String(error)}`;
}

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
  let s = text.replace(/^[\ufeff\s]+/, "");
  if (/^(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>])/i.test(s)) {
    throw new FeedParseError("Received an HTML page, not a feed (the URL may have moved)");
  }
  if (/type\s*=\s*["']xhtml["']/.test(s)) {
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

function describeSaxError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const m = /^([^\n]*)\nLine: (\d+)\nColumn: (\d+)/.exec(message);
  if (!m) return message.split("\n")[0];
  return `${m[1]} at line ${Number(m[2]) + 1}, column ${m[3]}`;
}

// ---------------------------------------------------------------------------------------
// Dates

/**
 * A feed date, read leniently: RFC 822 and ISO 8601 as JavaScript reads them, ISO-like
 * dates without a zone (read at `naiveOffset`), and Chinese "2026年11月3日 8:00".
 * Null when nothing sensible comes out.
 */
export function parseFeedDate(raw: string, naiveOffset = "Z"): Date | null {
  const s = raw.trim();
  if (!s) return null;
  const naive =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?$/.exec(s) ??
    /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:(\d{1,2})\s*[:：时]\s*(\d{2})\s*分?\s*(?:[:：]?\s*(\d{2})\s*秒?)?)?$/.exec(
      s
    );
  if (naive) {
    const [, y, mo, d, h = "0", mi = "0", sec = "0", frac = ""] = naive;
    const iso =
      `${y}-${mo.padStart(2, "0")}-${d.padStart(2, "0")}T${h.padStart(2, "0")}:${mi.padStart(2, "0")}:${sec.padStart(
        2,
        "0"
      )}` + `${frac ? frac.slice(0, 4) : ""}${naiveOffset}`;
    return validDate(Date.parse(iso));
  }
  // Date.parse reads a string without a zone in the process's local zone; only strings
  // naming their zone are left to it (the naive forms were handled above).
  return validDate(Date.parse(s));
}

function validDate(ms: number): Date | null {
  if (!Number.isFinite(ms)) return null;
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  // Years like 0001 or 9999 are placeholders or typos, not dates worth sorting by.
  return year >= 1900 && year <= 2200 ? d : null;
}

// ---------------------------------------------------------------------------------------
// URLs and xml:base

function resolveBase(base: string, node: XmlNode | undefined): string {
  const xmlBase = attrOf(node, "xml:base");
  return (xmlBase && resolveUrl(base, xmlBase.trim())) || base;
}

function resolveUrl(base: string, href: string | null | undefined): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (!trimmed) return null;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return null;
  }
}

function httpUrlOrNull(s: string | null | undefined): string | null {
  if (!s || !/^https?:\/\//i.test(s.trim())) return null;
  return resolveUrl(s.trim(), s.trim());
}

// ---------------------------------------------------------------------------------------
// Atom helpers

// rss-parser reads link.$.href and link.$.rel without checking that "$" exists; a
// <link>URL</link> (seen in hand-written feeds) becomes an href, an empty one is dropped.
function usableAtomLinks(links: XmlNode[] | XmlAttrs | string | undefined): XmlObject[] | undefined {
  if (!Array.isArray(links)) return undefined;
  const out: XmlObject[] = [];
  for (const link of links) {
    const href = attrOf(link, "href") ?? nonEmpty(textOf(link));
    if (!href) continue;
    const attrs = typeof link === "object" ? link.$ ?? {} : {};
    out.push({ $: { ...attrs, href: href.trim() } });
  }
  return out.length ? out : undefined;
}

function pickAtomLink(links: XmlNode[] | XmlAttrs | string | undefined, base: string): string | null {
  const usable = usableAtomLinks(links) ?? [];
  const rel = (l: XmlObject) => (l.$?.rel ?? "alternate").trim().toLowerCase();
  const alternates = usable.filter((l) => rel(l) === "alternate");
  const html = alternates.find((l) => !l.$?.type || /html/i.test(l.$.type));
  const chosen = html ?? alternates[0] ?? usable.find((l) => rel(l) === "related" || rel(l) === "via");
  if (!chosen) return null;
  // A link's own xml:base applies to its href.
  return resolveUrl(resolveBase(base, chosen), chosen.$!.href);
}

/** An Atom text construct as plain text. */
function atomText(node: XmlNode | undefined): string | null {
  const html = atomHtml(node);
  return html === null ? null : nonEmpty(htmlToText(html));
}

/** An Atom text construct (or content) as an HTML fragment. */
function atomHtml(node: XmlNode | undefined): string | null {
  if (node === undefined) return null;
  const type = (attrOf(node, "type") ?? "text").toLowerCase();
  const text = textOf(node);
  if (!text) return null;
  // xhtml was rewritten to html before parsing; MIME types name the same two cases.
  const isHtml = type === "html" || type === "xhtml" || /html|xml/.test(type);
  return isHtml ? text : escapeHtml(text);
}

function atomPeople(authors: XmlNode[] | XmlAttrs | string | undefined, fallback: unknown): string[] {
  const names = (Array.isArray(authors) ? authors : []).map((a) =>
    typeof a === "object" ? textOf(first(a, "name")) : textOf(a)
  );
  if (typeof fallback === "string") names.push(fallback);
  return uniqueStrings(names);
}

// ---------------------------------------------------------------------------------------
// xml2js tree access

function asObject(node: XmlNode | undefined): XmlObject {
  if (node && typeof node === "object") return node;
  // <channel/> or <item>text</item> come back as strings.
  return typeof node === "string" && node.trim() ? { _: node } : {};
}

function first(node: XmlNode | undefined, key: string): XmlNode | undefined {
  if (!node || typeof node !== "object") return undefined;
  const children = node[key];
  return Array.isArray(children) ? children[0] : undefined;
}

function attrOf(node: XmlNode | undefined, name: string): string | undefined {
  return node && typeof node === "object" ? node.$?.[name] : undefined;
}

function hasAttr(node: XmlNode | undefined, name: string): boolean {
  return attrOf(node, name) !== undefined;
}

// Unescaped markup inside an RSS element arrives as child elements; the text of these
// is code, never prose, and must not leak into a title as words.
const NON_TEXT_CHILDREN = new Set(["script", "style", "iframe", "noscript", "object", "embed", "template"]);

/** The text of an element; for elements with child elements, their text in tree order. */
function textOf(node: XmlNode | undefined): string | null {
  if (node === undefined || node === null) return null;
  if (typeof node === "string") return node;
  if (typeof node._ === "string" && Object.keys(node).every((k) => k === "_" || k === "$")) return node._;
  const parts: string[] = [];
  if (typeof node._ === "string") parts.push(node._);
  for (const [key, value] of Object.entries(node)) {
    if (key === "$" || key === "_" || !Array.isArray(value) || NON_TEXT_CHILDREN.has(key.toLowerCase())) continue;
    for (const child of value) parts.push(textOf(child) ?? "");
  }
  return parts.join(" ");
}

function stringOr(value: unknown, fallback: string | null): string | null {
  return typeof value === "string" ? value : fallback;
}

function nonEmpty(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  const t = s.trim();
  return t ? t : null;
}

function uniqueStrings(values: (string | null | undefined)[]): string[] {
  const out = new Set<string>();
  for (const v of values) {
    const t = v ? collapseWhitespace(v) : "";
    if (t) out.add(t);
  }
  return [...out];
}
