// The shapes the feed parser hands out (entries as the feed states them, before
// normalisation) and its error type; shared by the parser's modules and its callers.
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
  /** Problems the feed was read despite (e.g. cut off before its end): recorded on the source. */
  warnings: string[];
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
  /** See ParsedFeed.warnings. */
  warnings: string[];
};

/** Receives each batch of entries in feed order; the next batch is parsed after it settles. */
export type EntryBatchHandler = (entries: RawEntry[], skipped: SkippedEntry[]) => Promise<void> | void;

export class FeedParseError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "FeedParseError";
  }
}
