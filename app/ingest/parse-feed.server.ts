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
// And for speed and memory on large feeds:
// - a document over about 1 MB is parsed in batches of entries (parseFeedInBatches), so
//   neither its XML tree nor its entries are ever held whole; a UTF-8 one is not even
//   decoded whole (parseUtf8FeedInBatches);
// - the tree comes from xml-tree.server.ts, which drives xml2js's own sax the way xml2js
//   does and builds the identical tree faster;
// - rss-parser's per-item snippets and ISO dates, which we never read, are not computed.
//
// This reaches into rss-parser's instance methods (buildRSS1/buildRSS2/buildAtomFeed,
// parseItemRss/parseItemAtom, setISODate, xmlParser) and its lib/utils. They are stable in
// 3.x but not public API: the tests next to this file exercise each of them, so an
// upgrade that moves them fails there.
import { createRequire } from "node:module";
import RssParser from "rss-parser";
import { escapeHtml, htmlToText, collapseWhitespace } from "./text.server.ts";
import { buildXmlTree, buildXmlTreeFromChunks, FALLBACK } from "./xml-tree.server.ts";

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

/** How a large document is cut into batches; the defaults suit feeds up to the 10 MB fetch cap. */
export type BatchOptions = {
  /** Documents of at least this many UTF-16 units are parsed in batches. Default 1,000,000. */
  chunkThreshold?: number;
  /** Most entries in one batch. Default 500. */
  batchEntries?: number;
  /** Most characters of entry markup in one batch (at least one entry). Default 1,000,000. */
  batchChars?: number;
};

export type FeedHead = { format: FeedFormat; title: string | null; link: string | null };

export type ParsedFeedSummary = FeedHead & {
  /** Entries read plus entries skipped. */
  entryCount: number;
  batches: number;
  /** Whether the document was cut into batches (false: parsed whole). */
  chunked: boolean;
};

/** Receives each batch of entries in feed order; the next batch is parsed after it settles. */
export type EntryBatchHandler = (entries: RawEntry[], skipped: SkippedEntry[]) => Promise<void> | void;

const DEFAULT_CHUNK_THRESHOLD = 1_000_000;
const DEFAULT_BATCH_ENTRIES = 500;
const DEFAULT_BATCH_CHARS = 1_000_000;

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
  setISODate(item: RssItemOut): void;
}

// rss-parser's helpers, for the one of them we call ourselves (see parseItemRss).
const rssUtils = (() => {
  const fromHere = createRequire(import.meta.url);
  return fromHere(fromHere.resolve("rss-parser").replace(/index\.js$/, "lib/utils.js")) as {
    getContent(content: XmlNode): string;
  };
})();

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

/** The whole feed at once (entries of a large document are still parsed in batches). */
export async function parseFeed(text: string, options: ParseFeedOptions & BatchOptions): Promise<ParsedFeed> {
  const entries: RawEntry[] = [];
  const skipped: SkippedEntry[] = [];
  const head = await parseFeedInBatches(text, options, (batchEntries, batchSkipped) => {
    for (const e of batchEntries) entries.push(e);
    for (const s of batchSkipped) skipped.push(s);
  });
  return { format: head.format, title: head.title, link: head.link, entries, skipped };
}

/**
 * Parses a feed and hands its entries to `onBatch` in feed order, a batch at a time.
 * A document shorter than `chunkThreshold` is parsed whole and handed over as one batch.
 * A longer one is cut, by a scan of its markup, into the feed's shell (everything but
 * the entries) and runs of whole <item>/<entry> elements; the shell is parsed with the
 * first run, exactly as a whole document would be, and each later run inside copies
 * of its ancestors' start tags, so only one batch's XML tree exists at a time. Each
 * entry's tree is the same either way (an element's subtree depends only on its own
 * markup), so the entries are the same as from a whole-document parse. When the scan
 * finds the document not cleanly splittable (unbalanced tags, a DTD, entries in an
 * unexpected place), the document is parsed whole.
 *
 * Throws FeedParseError for a document that is not a readable feed. A document that is
 * broken inside a later batch can throw after earlier batches were handed over; the
 * error then is the one a whole-document parse reports.
 */
export async function parseFeedInBatches(
  text: string,
  options: ParseFeedOptions & BatchOptions,
  onBatch: EntryBatchHandler
): Promise<ParsedFeedSummary> {
  return parseInBatches(textFeed(text), options, onBatch);
}

/**
 * parseFeedInBatches for a UTF-8 document given as bytes (after any byte order mark,
 * which starts at `offset`), without ever holding its whole text: the markup is scanned
 * in the bytes read as Latin-1 (one character per byte, so the ASCII markup sits at the
 * same offsets), and only the pieces being parsed are decoded. For a 10 MB feed with
 * Chinese text that is 20 MB of UTF-16 string the process does not hold. Documents
 * with xhtml text constructs, and documents not cleanly splittable, are decoded whole.
 * The same entries as parseFeedInBatches(the decoded text).
 */
export async function parseUtf8FeedInBatches(
  bytes: Uint8Array,
  offset: number,
  options: ParseFeedOptions & BatchOptions,
  onBatch: EntryBatchHandler
): Promise<ParsedFeedSummary> {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const threshold = options.chunkThreshold ?? DEFAULT_CHUNK_THRESHOLD;
  const feed = buf.length - offset >= threshold ? utf8Feed(buf, offset) : null;
  return feed ? parseInBatches(feed, options, onBatch) : parseFeedInBatches(buf.toString("utf8", offset), options, onBatch);
}

/** A document as parseInBatches reads it. */
interface FeedText {
  readonly length: number;
  /**
   * The document's markup at the document's offsets, for splitFeedText: the repaired
   * text, or UTF-8 bytes read as Latin-1. Given up (see release) once split.
   */
  view: string;
  /** The repaired document text from `start` to `end` (offsets of the view). */
  piece(start: number, end: number): string;
  /** The whole repaired document. */
  whole(): string;
  release(): void;
}

function textFeed(text: string): FeedText {
  const repaired = repairXmlText(text);
  return {
    length: repaired.length,
    view: repaired,
    piece: (start, end) => repaired.slice(start, end),
    whole: () => repaired,
    release() {},
  };
}

function utf8Feed(bytes: Buffer, offset: number): FeedText | null {
  const view = bytes.toString("latin1", offset);
  // xhtml constructs are repaired with a pattern that may reach across entries; such
  // (rare) documents are repaired whole. (Latin-1 can only add false alarms here.)
  if (XHTML_TYPE_RE.test(view)) return null;
  return {
    length: view.length,
    view,
    // Pieces start and end next to ASCII markup, never inside a UTF-8 sequence.
    piece: (start, end) => {
      const text = bytes.toString("utf8", offset + start, offset + end);
      return start === 0 ? repairXmlText(text) : repairMarkup(text, false);
    },
    whole: () => repairXmlText(bytes.toString("utf8", offset)),
    release() {
      this.view = "";
    },
  };
}

async function parseInBatches(
  feed: FeedText,
  options: ParseFeedOptions & BatchOptions,
  onBatch: EntryBatchHandler
): Promise<ParsedFeedSummary> {
  const threshold = options.chunkThreshold ?? DEFAULT_CHUNK_THRESHOLD;
  const split = feed.length >= threshold ? splitFeedText(feed.view) : null;
  feed.release();
  const runs = split
    ? planBatches(split, options.batchEntries ?? DEFAULT_BATCH_ENTRIES, options.batchChars ?? DEFAULT_BATCH_CHARS)
    : [];
  if (!split || runs.length < 2) {
    return parseWhole(feed.whole(), options, onBatch);
  }

  const parser = new GuardedParser(options);
  const first = await parser.parseDocument(shellWithFirstRun(feed, split, runs[0].end));
  if (parser.entryCount !== runs[0].end) {
    // The scan's idea of where the entries are is not the parser's: parse it whole.
    return parseWhole(feed.whole(), options, onBatch);
  }
  await onBatch(...parser.takeBatch());

  const open: string[] = [];
  for (let k = 0; k < split.openRanges.length; k += 2) open.push(feed.piece(split.openRanges[k], split.openRanges[k + 1]));
  const openTags = open.join("");
  for (let r = 1; r < runs.length; r++) {
    const { start, end } = runs[r];
    // The run as it stands in the document (with whatever lies between its entries,
    // which the run's parse ignores: only the container's entries are read from it).
    const chunks = [openTags, feed.piece(split.starts[start], split.ends[end - 1]), split.close];
    const ok = await parser.parseEntryRun(chunks, split, end - start);
    if (!ok) {
      // Not expected after a clean scan; the whole-document parse either reads the rest
      // or reports where the document is broken.
      const whole = await new GuardedParser(options).parseDocument(feed.whole());
      const done = parser.entryCount;
      const entryCount = whole.entries.length + whole.skipped.length;
      await onBatch(
        whole.entries.filter((e) => e.index >= done),
        whole.skipped.filter((s) => s.index >= done)
      );
      return summaryOf(first, entryCount, r + 1, true);
    }
    await onBatch(...parser.takeBatch());
  }
  return summaryOf(first, parser.entryCount, runs.length, true);
}

async function parseWhole(
  text: string,
  options: ParseFeedOptions,
  onBatch: EntryBatchHandler
): Promise<ParsedFeedSummary> {
  const feed = await new GuardedParser(options).parseDocument(text);
  const entryCount = feed.entries.length + feed.skipped.length;
  await onBatch(feed.entries, feed.skipped);
  return summaryOf(feed, entryCount, 1, false);
}

function summaryOf(head: FeedHead, entryCount: number, batches: number, chunked: boolean): ParsedFeedSummary {
  return { format: head.format, title: head.title, link: head.link, entryCount, batches, chunked };
}

class GuardedParser extends RssParserBase {
  private readonly feedUrl: string;
  private readonly naiveOffset: string;
  private entries: RawEntry[] = [];
  private skipped: SkippedEntry[] = [];
  private nextIndex = 0;
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
      throw new FeedParseError(`Not well-formed XML: ${describeSaxError(error)}`, { cause: error });
    }
    if (!doc || typeof doc !== "object") throw new FeedParseError("The document is empty");

    const rootName = Object.keys(doc)[0];
    const root = asObject((doc as Record<string, XmlNode>)[rootName]);
    if (rootName === "feed") return this.atom(root);
    if (rootName === "rss") return this.rss2(root);
    if (/(^|:)RDF$/.test(rootName)) return this.rss1(root);
    if (rootName === "channel") return this.rss2({ channel: [root] });
    throw new FeedParseError(
      `Not a feed: the root element is <${rootName}>; expected <rss>, <rdf:RDF> or Atom <feed>`
    );
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
          : f
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
      const item = super.parseItemRss(
        description === undefined ? xmlItem : { ...xmlItem, description: undefined },
        this.leanFields(itemFields)
      );
      if (description) item.content = rssUtils.getContent((description as XmlNode[])[0]);
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
  const s = text.replace(/^[\ufeff\s]+/, "");
  if (/^(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>])/i.test(s)) {
    throw new FeedParseError("Received an HTML page, not a feed (the URL may have moved)");
  }
  return repairMarkup(s, true);
}

const XHTML_TYPE_RE = /type\s*=\s*["']xhtml["']/;

/**
 * The repairs that apply anywhere in a document: xhtml text constructs (unless
 * `xhtml` is false: the caller knows there are none) and ampersands. Applied to pieces
 * cut at markup boundaries, they give the pieces of the repaired document: neither
 * crosses an element's start or end tag.
 */
function repairMarkup(text: string, xhtml: boolean): string {
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

function describeSaxError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const m = /^([^\n]*)\nLine: (\d+)\nColumn: (\d+)/.exec(message);
  if (!m) return message.split("\n")[0];
  return `${m[1]} at line ${Number(m[2]) + 1}, column ${m[3]}`;
}

// ---------------------------------------------------------------------------------------
// Cutting a large document into runs of entries

/** Where a document's entries are, found by scanning its markup (see splitFeedText). */
export type FeedSplit = {
  /** Element names from the root to the element holding the entries, e.g. ["rss", "channel"]. */
  path: string[];
  itemName: "item" | "entry";
  /** Where the start tags of `path` are in the document: [start, end, start, end...]. */
  openRanges: number[];
  /** The end tags of `path`. */
  close: string;
  /** [starts[k], ends[k]) is the markup of the k-th entry element. */
  starts: number[];
  ends: number[];
};

/**
 * Finds the entry elements of a feed where rss-parser reads them (RSS 2.0: the first
 * <channel>'s <item>s, else the <item>s directly under <rss>; RSS 1.0: the <item>s under
 * the root; Atom: the <entry>s under <feed>), skipping comments, CDATA sections and
 * processing instructions, and checking that every end tag closes the element open at
 * that point. Null when the document is not that simple: no recognised root, a DTD
 * with an internal subset, unbalanced or stray markup, content after the root. The
 * check is not a full XML parse; whatever it lets through is parsed by the real parser.
 */
export function splitFeedText(s: string): FeedSplit | null {
  const n = s.length;
  let i = 0;
  // Prolog: whitespace, the declaration, comments, processing instructions, a DOCTYPE
  // without an internal subset.
  for (;;) {
    i = skipSpace(s, i);
    if (s.startsWith("<?", i)) i = after(s, "?>", i + 2);
    else if (s.startsWith("<!--", i)) i = after(s, "-->", i + 4);
    else if (s.startsWith("<!DOCTYPE", i)) {
      const end = tagEnd(s, i + 9);
      if (end < 0 || s.slice(i, end).includes("[")) return null;
      i = end + 1;
    } else break;
    if (i < 0) return null;
  }
  if (s.charCodeAt(i) !== 0x3c /* < */) return null;

  const rootTag = readStartTag(s, i);
  if (!rootTag || rootTag.selfClosing) return null;
  const rootName = rootTag.name;
  const isRss = rootName === "rss";
  const isAtom = rootName === "feed";
  if (!isRss && !isAtom && rootName !== "channel" && !/(^|:)RDF$/.test(rootName)) return null;
  const itemName = isAtom ? "entry" : "item";

  // Entries directly under the root, and (RSS 2.0) under the root's first <channel>.
  const direct = { starts: [] as number[], ends: [] as number[] };
  const inChannel = { starts: [] as number[], ends: [] as number[] };
  let channelRange: number[] = [];
  let channelSeen = false;
  // Depth 1 is the root's children. -1: not inside the first channel; else its depth.
  let inFirstChannel = false;
  const stack: string[] = [rootName];
  let itemStart = -1;
  let itemDepth = -1;
  let itemList: typeof direct | null = null;
  i = rootTag.end;

  while (stack.length) {
    const lt = s.indexOf("<", i);
    if (lt < 0) return null;
    i = lt;
    const c1 = s.charCodeAt(i + 1);
    if (c1 === 0x21 /* ! */) {
      if (s.startsWith("<!--", i)) i = after(s, "-->", i + 4);
      else if (s.startsWith("<![CDATA[", i)) i = after(s, "]]>", i + 9);
      else return null;
      if (i < 0) return null;
      continue;
    }
    if (c1 === 0x3f /* ? */) {
      i = after(s, "?>", i + 2);
      if (i < 0) return null;
      continue;
    }
    if (c1 === 0x2f /* / */) {
      const nameEnd = nameEndAt(s, i + 2);
      const name = s.slice(i + 2, nameEnd);
      const close = skipSpace(s, nameEnd);
      if (!name || s.charCodeAt(close) !== 0x3e /* > */ || stack[stack.length - 1] !== name) return null;
      stack.pop();
      i = close + 1;
      if (itemStart >= 0 && stack.length === itemDepth) {
        itemList!.starts.push(itemStart);
        itemList!.ends.push(i);
        itemStart = -1;
      }
      if (inFirstChannel && stack.length === 1) inFirstChannel = false;
      continue;
    }
    const tag = readStartTag(s, i);
    if (!tag) return null;
    const depth = stack.length;
    if (itemStart < 0 && tag.name === itemName && depth <= 2) {
      const list = depth === 1 ? direct : inFirstChannel ? inChannel : null;
      if (list) {
        if (tag.selfClosing) {
          list.starts.push(i);
          list.ends.push(tag.end);
        } else {
          itemStart = i;
          itemDepth = depth;
          itemList = list;
        }
      }
    } else if (isRss && depth === 1 && tag.name === "channel" && !channelSeen) {
      channelSeen = true;
      if (!tag.selfClosing) {
        inFirstChannel = true;
        channelRange = [i, tag.end];
      }
    }
    if (!tag.selfClosing) stack.push(tag.name);
    i = tag.end;
  }
  // Only what XML allows after the root.
  for (;;) {
    i = skipSpace(s, i);
    if (i >= n) break;
    if (s.startsWith("<!--", i)) i = after(s, "-->", i + 4);
    else if (s.startsWith("<?", i)) i = after(s, "?>", i + 2);
    else return null;
    if (i < 0) return null;
  }

  if (isRss && inChannel.starts.length) {
    return {
      path: ["rss", "channel"],
      itemName,
      openRanges: [rootTag.start, rootTag.end, ...channelRange],
      close: "</channel></rss>",
      ...inChannel,
    };
  }
  return {
    path: [rootName],
    itemName,
    close: `</${rootName}>`,
    openRanges: [rootTag.start, rootTag.end],
    ...direct,
  };
}

/** Consecutive runs of entries, each within both limits (a run has at least one entry). */
function planBatches(split: FeedSplit, maxEntries: number, maxChars: number): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  const count = split.starts.length;
  let start = 0;
  let chars = 0;
  for (let k = 0; k < count; k++) {
    const size = split.ends[k] - split.starts[k];
    if (k > start && (k - start >= maxEntries || chars + size > maxChars)) {
      runs.push({ start, end: k });
      start = k;
      chars = 0;
    }
    chars += size;
  }
  if (count > start) runs.push({ start, end: count });
  return runs;
}

/** The document without the entries from `firstRunEnd` on (everything between them stays). */
function shellWithFirstRun(feed: FeedText, split: FeedSplit, firstRunEnd: number): string {
  const parts: string[] = [];
  let from = 0;
  for (let k = firstRunEnd; k < split.starts.length; k++) {
    parts.push(feed.piece(from, split.starts[k]));
    from = split.ends[k];
  }
  parts.push(feed.piece(from, feed.length));
  return parts.join("");
}

type StartTag = { name: string; start: number; end: number; selfClosing: boolean };

/** The start tag at `at` ("<name ...>" or "<name .../>"); null when it is not one. */
function readStartTag(s: string, at: number): StartTag | null {
  const nameEnd = nameEndAt(s, at + 1);
  if (nameEnd === at + 1) return null;
  const end = tagEnd(s, nameEnd);
  if (end < 0) return null;
  return {
    name: s.slice(at + 1, nameEnd),
    start: at,
    end: end + 1,
    selfClosing: s.charCodeAt(end - 1) === 0x2f /* / */,
  };
}

/** Index of the ">" ending a tag whose attributes start at `from` (quotes respected); -1 if none. */
function tagEnd(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3e /* > */) return i;
    if (c === 0x3c /* < */) return -1;
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
      const close = s.indexOf(c === 0x22 ? '"' : "'", i + 1);
      if (close < 0) return -1;
      i = close;
    }
  }
  return -1;
}

/** End of an XML name starting at `from`: it runs to whitespace, "/", ">" or markup. */
function nameEndAt(s: string, from: number): number {
  let i = from;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c === 0x2f || c === 0x3e || c === 0x3c || c === 0x3d || c === 0x22 || c === 0x27) break;
  }
  return i;
}

function skipSpace(s: string, i: number): number {
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
    i++;
  }
  return i;
}

/** Index just after the next `marker` at or after `from`; -1 if there is none. */
function after(s: string, marker: string, from: number): number {
  const at = s.indexOf(marker, from);
  return at < 0 ? -1 : at + marker.length;
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
