import { createRequire } from "node:module";
import RssParser from "rss-parser";
import { parseFeedDate } from "./feed-dates.ts";
import { closeTruncatedXml, describeSaxError } from "./feed-repair.ts";
import type { FeedSplit } from "./feed-split.ts";
import { FeedParseError, type ParsedFeed, type ParseFeedOptions, type RawEntry, type SkippedEntry } from "./feed-types.ts";
import { collapseWhitespace, escapeHtml, htmlToText } from "./text.server.ts";
import {
  asObject,
  attrOf,
  first,
  hasAttr,
  httpUrlOrNull,
  nonEmpty,
  resolveBase,
  resolveUrl,
  stringOr,
  textOf,
  uniqueStrings,
  type XmlAttrs,
  type XmlNode,
  type XmlObject,
} from "./xml-node.ts";
import { buildXmlTree, buildXmlTreeFromChunks, FALLBACK } from "./xml-tree.server.ts";

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
  setISODate(item: RssItemOut): void;
}

// rss-parser's helpers, for the one of them we call ourselves (see parseItemRss).
const rssUtils = (() => {
  const fromHere = createRequire(import.meta.url);
  return fromHere(fromHere.resolve("rss-parser").replace(/index\.js$/, "lib/utils.js")) as {
    getContent(content: XmlNode): string;
  };
})();

const RssParserBase = RssParser as unknown as new (options: RssParser.ParserOptions<Record<string, unknown>, Record<string, unknown>>) => RssParserInternals;

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

export class GuardedParser extends RssParserBase {
  private readonly feedUrl: string;
  private readonly naiveOffset: string;
  private entries: RawEntry[] = [];
  private skipped: SkippedEntry[] = [];
  private nextIndex = 0;
  /** See ParsedFeed.warnings. */
  readonly warnings: string[] = [];
  // xml:base in force for the entries being built (feed or channel level).
  private base: string;

  // rss-parser's item field list (its defaults plus ours), as buildRSS passed it.
  private itemFields: unknown[] | null = null;
  private leanItemFields: { from: unknown[]; lean: unknown[] } | null = null;

  constructor(options: ParseFeedOptions) {
    // rss-parser mutates its options object, so it gets a fresh copy each time.
    super(structuredClone(PARSER_OPTIONS) as never);
    this.feedUrl = options.feedUrl;
    this.base = options.feedUrl;
    this.naiveOffset = options.naiveDateOffset ?? "Z";
  }

  /** Entries read or skipped so far. */
  get entryCount(): number {
    return this.nextIndex;
  }

  /** Hands over the entries and skips collected since the last call. */
  takeBatch(): [RawEntry[], SkippedEntry[]] {
    const batch: [RawEntry[], SkippedEntry[]] = [this.entries, this.skipped];
    this.entries = [];
    this.skipped = [];
    return batch;
  }

  /** A whole document (or the shell with the first run of entries). */
  async parseDocument(text: string): Promise<ParsedFeed> {
    let doc: unknown;
    try {
      doc = await this.parseXml(text);
    } catch (error) {
      // A feed cut off before its end keeps what was read before the break (and says so).
      const closed = closeTruncatedXml(text);
      doc = closed === null ? undefined : await this.parseXml(closed).catch(() => undefined);
      if (doc === undefined) throw new FeedParseError(`Not well-formed XML: ${describeSaxError(error)}`, { cause: error });
      this.warnings.push(`The document ends before its closing tags (${describeSaxError(error)}); the entries before the break were kept`);
    }
    if (!doc || typeof doc !== "object") throw new FeedParseError("The document is empty");

    const rootName = Object.keys(doc)[0];
    const root = asObject((doc as Record<string, XmlNode>)[rootName]);
    if (rootName === "feed") return this.atom(root);
    if (rootName === "rss") return this.rss2(root);
    if (/(^|:)RDF$/.test(rootName)) return this.rss1(root);
    if (rootName === "channel") return this.rss2({ channel: [root] });
    throw new FeedParseError(`Not a feed: the root element is <${rootName}>; expected <rss>, <rdf:RDF> or Atom <feed>`);
  }

  /**
   * A later run of entries (its markup between copies of its ancestors' start and end
   * tags); false when it does not parse into exactly `count` entries where the split
   * said they are.
   */
  async parseEntryRun(chunks: string[], split: FeedSplit, count: number): Promise<boolean> {
    let doc: unknown;
    try {
      const tree = buildXmlTreeFromChunks(chunks);
      doc = tree === FALLBACK ? await this.xmlParser.parseStringPromise(chunks.join("")) : tree;
    } catch {
      return false;
    }
    let node: XmlNode | undefined = (doc as Record<string, XmlNode> | null)?.[split.path[0]];
    for (let k = 1; k < split.path.length; k++) node = first(node, split.path[k]);
    const items = node && typeof node === "object" ? node[split.itemName] : undefined;
    if (!Array.isArray(items) || items.length !== count) return false;
    if (split.itemName === "entry") {
      for (const entry of items) this.parseItemAtom(entry as XmlObject);
    } else {
      if (!this.itemFields) return false;
      for (const item of items) this.parseItemRss(item as XmlObject, this.itemFields);
    }
    return true;
  }

  // rss-parser's own xml2js parser, or the equivalent and faster tree builder.
  private async parseXml(text: string): Promise<unknown> {
    const tree = buildXmlTree(text);
    return tree === FALLBACK ? this.xmlParser.parseStringPromise(text) : tree;
  }

  // rss-parser computes a plain-text "snippet" of every description and content:encoded
  // and an ISO copy of every date; we read neither, and on a large feed they cost as
  // much as a tenth of the parse.
  override setISODate(): void {}

  private leanFields(itemFields: unknown[]): unknown[] {
    if (this.leanItemFields?.from !== itemFields) {
      const lean = itemFields.map((f) =>
        Array.isArray(f) && f.length > 2 && (f[2] as { includeSnippet?: boolean })?.includeSnippet
          ? [f[0], f[1], { ...(f[2] as object), includeSnippet: false }]
          : f,
      );
      this.leanItemFields = { from: itemFields, lean };
    }
    return this.leanItemFields.lean;
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
      warnings: this.warnings,
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
      const summary = first(entry, "summary");
      const content = first(entry, "content");
      // rss-parser would turn content and summary into strings and a snippet we never
      // read; its reading of content is kept (it can throw on odd shapes, which skips
      // the entry as before), the rest is left out.
      if (content !== undefined) rssUtils.getContent(content);
      if (summary !== undefined) rssUtils.getContent(summary);
      const prepared: XmlObject = {
        ...entry,
        link: usableAtomLinks(entry.link),
        published: dates.published ? [dates.published.toISOString()] : undefined,
        updated: dates.updated ? [dates.updated.toISOString()] : undefined,
        content: undefined,
        summary: undefined,
      };
      const item = super.parseItemAtom(prepared);
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
    this.itemFields ??= itemFields;
    try {
      xmlItem = asObject(xmlItem);
      // rss-parser's own reading of <description> (item.content), without the snippet.
      const description = xmlItem.description;
      const item = super.parseItemRss(description === undefined ? xmlItem : { ...xmlItem, description: undefined }, this.leanFields(itemFields));
      if (description) item.content = rssUtils.getContent((description as XmlNode[])[0]);
      const base = resolveBase(this.base, xmlItem);
      const guidNode = first(xmlItem, "guid");
      const guid = nonEmpty(textOf(guidNode));
      const about = nonEmpty(attrOf(xmlItem, "rdf:about"));
      const permalink = attrOf(guidNode, "isPermaLink")?.toLowerCase() !== "false";
      const linkText =
        nonEmpty(textOf(first(xmlItem, "link"))) ??
        nonEmpty(attrOf(first(xmlItem, "atom:link"), "href")) ??
        // Microsoft CDF puts the item's URL on the element itself.
        nonEmpty(attrOf(xmlItem, "HREF") ?? attrOf(xmlItem, "href"));
      const link = resolveUrl(base, linkText) ?? (permalink ? httpUrlOrNull(guid) : null) ?? httpUrlOrNull(about);
      const titleNode = first(xmlItem, "title") ?? first(xmlItem, "dc:title") ?? first(xmlItem, "media:title");
      this.entries.push({
        index,
        id: guid ?? about,
        // RSS never says whether a title is text or HTML; in practice it is escaped HTML.
        title: nonEmpty(htmlToText(textOf(titleNode))),
        link,
        summaryHtml: nonEmpty(stringOr(item.content, textOf(first(xmlItem, "description")))),
        contentHtml: nonEmpty(stringOr(item["content:encoded"], null)),
        published: this.lenientDate(stringOr(item.pubDate, null) ?? stringOr(item.date, null)),
        updated: this.lenientDate(stringOr(item.atomUpdated, null) ?? stringOr(item.modified, null) ?? stringOr(item.updated, null)),
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
      link: resolveUrl(this.base, nonEmpty(textOf(first(channel, "link"))) ?? nonEmpty(attrOf(channel, "HREF") ?? attrOf(channel, "href"))),
      entries: this.entries,
      skipped: this.skipped,
      warnings: this.warnings,
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
// Atom helpers

// rss-parser reads link.$.href and link.$.rel without checking that "$" exists; a
// <link>URL</link> (seen in hand-written feeds) becomes an href, an empty one is dropped.
function usableAtomLinks(links: XmlNode[] | XmlAttrs | string | undefined): XmlObject[] | undefined {
  if (!Array.isArray(links)) return undefined;
  const out: XmlObject[] = [];
  for (const link of links) {
    const href = attrOf(link, "href") ?? nonEmpty(textOf(link));
    if (!href) continue;
    const attrs = typeof link === "object" ? (link.$ ?? {}) : {};
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
  let text = textOf(node);
  if (!text) return null;
  // Atom 0.3's mode="base64", and Atom 1.0 content of a non-text, non-XML type, arrive
  // base64-encoded; text inside them is decoded (binary payloads are not text at all).
  if (attrOf(node, "mode")?.toLowerCase() === "base64" || isBase64Type(type)) {
    const decoded = decodeBase64Text(text);
    if (decoded === null) return null;
    text = decoded;
    // As the Universal Feed Parser does, decoded text of a binary type is read as HTML.
    if (isBase64Type(type)) return decoded;
  }
  // xhtml was rewritten to html before parsing; MIME types name the same two cases.
  const isHtml = type === "html" || type === "xhtml" || /html|xml/.test(type);
  return isHtml ? text : escapeHtml(text);
}

function atomPeople(authors: XmlNode[] | XmlAttrs | string | undefined, fallback: unknown): string[] {
  const names = (Array.isArray(authors) ? authors : []).map((a) => (typeof a === "object" ? textOf(first(a, "name")) : textOf(a)));
  if (typeof fallback === "string") names.push(fallback);
  return uniqueStrings(names);
}

function isBase64Type(type: string): boolean {
  return type.includes("/") && !/^text\/|[+/]xml$|html/.test(type);
}

/** Base64 that decodes to UTF-8 text; null for anything else (images, garbage). */
function decodeBase64Text(value: string): string | null {
  const compact = value.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return null;
  const bytes = Buffer.from(compact, "base64");
  const text = bytes.toString("utf8");
  return text.includes("\ufffd") || /[\u0000-\u0008\u000e-\u001f]/.test(text) ? null : text;
}
