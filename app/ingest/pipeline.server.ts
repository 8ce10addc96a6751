// Bytes of one fetched feed → validated RiskItemInputs, with every skipped entry and its
// reason. The job code calls this after fetchFeed; the "test now" button calls it
// without storing anything.
import { decodeFeedBytes, type DecodeSource } from "./decode.server.ts";
import { normaliseEntry, type RiskItemInput, type SourceContext } from "./normalise.server.ts";
import { parseFeed, type FeedFormat, type SkippedEntry } from "./parse-feed.server.ts";

export type ProcessedFeed = {
  format: FeedFormat;
  title: string | null;
  link: string | null;
  encoding: string;
  encodingSource: DecodeSource;
  items: RiskItemInput[];
  /** Entries the parser could not read and entries that failed normalisation, by feed position. */
  skipped: SkippedEntry[];
  entryCount: number;
};

export type ProcessFeedInput = {
  bytes: Uint8Array;
  contentType?: string | null;
  /** The URL the bytes came from after redirects; base for relative links. */
  feedUrl: string;
  source: SourceContext;
  fetchedAt: Date;
  /** See ParseFeedOptions.naiveDateOffset. */
  naiveDateOffset?: string;
};

/** Throws FeedDecodeError or FeedParseError for a feed that cannot be read at all. */
export async function processFeedBytes(input: ProcessFeedInput): Promise<ProcessedFeed> {
  const decoded = decodeFeedBytes(input.bytes, input.contentType);
  const feed = await parseFeed(decoded.text, { feedUrl: input.feedUrl, naiveDateOffset: input.naiveDateOffset });
  const items: RiskItemInput[] = [];
  const skipped: SkippedEntry[] = [...feed.skipped];
  for (const entry of feed.entries) {
    const result = normaliseEntry(entry, input.source, input.fetchedAt);
    if (result.ok) items.push(result.item);
    else skipped.push({ index: entry.index, reason: result.reason });
  }
  skipped.sort((a, b) => a.index - b.index);
  return {
    format: feed.format,
    title: feed.title,
    link: feed.link,
    encoding: decoded.encoding,
    encodingSource: decoded.source,
    items,
    skipped,
    entryCount: feed.entries.length + feed.skipped.length,
  };
}
