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
import { GuardedParser } from "./feed-builders.ts";
import { repairMarkup, repairXmlText, XHTML_TYPE_RE } from "./feed-repair.ts";
import { planBatches, shellWithFirstRun, splitFeedText, type FeedText } from "./feed-split.ts";
import type { BatchOptions, EntryBatchHandler, FeedHead, ParsedFeed, ParsedFeedSummary, ParseFeedOptions, RawEntry, SkippedEntry } from "./feed-types.ts";

// The parser's modules: feed-types (shapes and errors), feed-repair (text repairs before
// the XML parser), feed-split (cutting a large document into runs of entries),
// feed-builders (RSS 2.0 / RSS 1.0 / Atom entries on rss-parser's builders), xml-node
// (tree access, xml:base), feed-dates. Callers import from here.
export { FeedParseError } from "./feed-types.ts";
export type {
  BatchOptions,
  EntryBatchHandler,
  FeedFormat,
  FeedHead,
  ParsedFeed,
  ParsedFeedSummary,
  ParseFeedOptions,
  RawEntry,
  SkippedEntry,
} from "./feed-types.ts";
export { parseFeedDate } from "./feed-dates.ts";
export { repairXmlText } from "./feed-repair.ts";
export { splitFeedText, type FeedSplit } from "./feed-split.ts";
const DEFAULT_CHUNK_THRESHOLD = 1_000_000;
const DEFAULT_BATCH_ENTRIES = 500;
const DEFAULT_BATCH_CHARS = 1_000_000;

// ---------------------------------------------------------------------------------------

/** The whole feed at once (entries of a large document are still parsed in batches). */
export async function parseFeed(text: string, options: ParseFeedOptions & BatchOptions): Promise<ParsedFeed> {
  const entries: RawEntry[] = [];
  const skipped: SkippedEntry[] = [];
  const head = await parseFeedInBatches(text, options, (batchEntries, batchSkipped) => {
    for (const e of batchEntries) entries.push(e);
    for (const s of batchSkipped) skipped.push(s);
  });
  return { format: head.format, title: head.title, link: head.link, entries, skipped, warnings: head.warnings };
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
export async function parseFeedInBatches(text: string, options: ParseFeedOptions & BatchOptions, onBatch: EntryBatchHandler): Promise<ParsedFeedSummary> {
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
  onBatch: EntryBatchHandler,
): Promise<ParsedFeedSummary> {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const threshold = options.chunkThreshold ?? DEFAULT_CHUNK_THRESHOLD;
  const feed = buf.length - offset >= threshold ? utf8Feed(buf, offset) : null;
  return feed ? parseInBatches(feed, options, onBatch) : parseFeedInBatches(buf.toString("utf8", offset), options, onBatch);
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

async function parseInBatches(feed: FeedText, options: ParseFeedOptions & BatchOptions, onBatch: EntryBatchHandler): Promise<ParsedFeedSummary> {
  const threshold = options.chunkThreshold ?? DEFAULT_CHUNK_THRESHOLD;
  const split = feed.length >= threshold ? splitFeedText(feed.view) : null;
  feed.release();
  const runs = split ? planBatches(split, options.batchEntries ?? DEFAULT_BATCH_ENTRIES, options.batchChars ?? DEFAULT_BATCH_CHARS) : [];
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
        whole.skipped.filter((s) => s.index >= done),
      );
      return summaryOf(first, entryCount, r + 1, true);
    }
    await onBatch(...parser.takeBatch());
  }
  return summaryOf(first, parser.entryCount, runs.length, true);
}

async function parseWhole(text: string, options: ParseFeedOptions, onBatch: EntryBatchHandler): Promise<ParsedFeedSummary> {
  const feed = await new GuardedParser(options).parseDocument(text);
  const entryCount = feed.entries.length + feed.skipped.length;
  await onBatch(feed.entries, feed.skipped);
  return summaryOf(feed, entryCount, 1, false);
}

function summaryOf(head: FeedHead & { warnings: string[] }, entryCount: number, batches: number, chunked: boolean): ParsedFeedSummary {
  return { format: head.format, title: head.title, link: head.link, entryCount, batches, chunked, warnings: head.warnings };
}
