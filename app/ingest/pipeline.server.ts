// Bytes of one fetched feed → validated RiskItemInputs, with every skipped entry and its
// reason. The job code consumes them batch by batch (processFeedBytesInBatches), so a
// large feed is never held whole as text, XML tree, entries or items: only the fetched
// bytes and one batch at a time are. The "test now" button takes them all at once
// (processFeedBytes) without storing anything.
import { decodeFeedBytes, detectFeedEncoding, type DecodeSource } from "./decode.server.ts";
import { normaliseEntry, type RiskItemInput, type SourceContext } from "./normalise.server.ts";
import {
  parseFeedInBatches,
  parseUtf8FeedInBatches,
  type BatchOptions,
  type EntryBatchHandler,
  type FeedFormat,
  type SkippedEntry,
} from "./parse-feed.server.ts";

export type ProcessedFeed = {
  format: FeedFormat;
  title: string | null;
  link: string | null;
  encoding: string;
  encodingSource: DecodeSource;
  /** Read despite these (an encoding guessed, a document cut short): for the source's record. */
  warnings: string[];
  items: RiskItemInput[];
  /** Entries the parser could not read and entries that failed normalisation, by feed position. */
  skipped: SkippedEntry[];
  entryCount: number;
};

/** What processFeedBytesInBatches returns once every batch was handed over. */
export type ProcessedFeedSummary = Omit<ProcessedFeed, "items"> & {
  /** Items handed to onBatch, over all batches. */
  itemCount: number;
  /** Batches handed to onBatch. */
  batches: number;
};

/**
 * Receives the items of one batch, in feed order, with the entries of that batch that
 * were skipped (by feed position). Batches follow one another: the next is parsed only
 * once the promise returned here settles; a rejection stops the run and is rethrown.
 */
export type FeedBatchHandler = (items: RiskItemInput[], skipped: SkippedEntry[]) => Promise<void> | void;

export type ProcessFeedInput = {
  bytes: Uint8Array;
  contentType?: string | null;
  /** The URL the bytes came from after redirects; base for relative links. */
  feedUrl: string;
  source: SourceContext;
  fetchedAt: Date;
  /** See ParseFeedOptions.naiveDateOffset. */
  naiveDateOffset?: string;
  /** How a large document is cut into batches; see BatchOptions. */
  batching?: BatchOptions;
};

/**
 * Decodes, parses and normalises a feed, handing the items to `onBatch` a batch at a
 * time (a document under about 1 MB is one batch; a larger one comes in batches of at
 * most 500 entries or about 1 MB of markup). Throws FeedDecodeError or FeedParseError
 * for a feed that cannot be read at all; for a large document that is broken only
 * after its first batch, earlier batches have been handed over when that happens.
 */
export async function processFeedBytesInBatches(input: ProcessFeedInput, onBatch: FeedBatchHandler): Promise<ProcessedFeedSummary> {
  const skipped: SkippedEntry[] = [];
  let itemCount = 0;
  let batches = 0;
  const normaliseBatch: EntryBatchHandler = async (entries, parseSkipped) => {
    const items: RiskItemInput[] = [];
    const batchSkipped: SkippedEntry[] = parseSkipped.slice();
    for (let k = 0; k < entries.length; k++) {
      const entry = entries[k];
      // Let go of each raw entry (its HTML) as soon as it is normalised.
      (entries as (typeof entry | undefined)[])[k] = undefined;
      const result = normaliseEntry(entry, input.source, input.fetchedAt);
      if (result.ok) items.push(result.item);
      else batchSkipped.push({ index: entry.index, reason: result.reason });
    }
    entries.length = 0;
    if (parseSkipped.length) batchSkipped.sort((a, b) => a.index - b.index);
    for (const s of batchSkipped) skipped.push(s);
    itemCount += items.length;
    batches++;
    await onBatch(items, batchSkipped);
  };

  const options = { feedUrl: input.feedUrl, naiveDateOffset: input.naiveDateOffset, ...input.batching };
  const detected = detectFeedEncoding(input.bytes, input.contentType);
  // A UTF-8 feed (nearly all of them) is split and decoded piece by piece; others are
  // decoded whole first.
  const parsed =
    detected.decoder === "utf-8"
      ? await parseUtf8FeedInBatches(input.bytes, detected.offset, options, normaliseBatch)
      : await parseFeedInBatches(decodeFeedBytes(input.bytes, input.contentType).text, options, normaliseBatch);
  skipped.sort((a, b) => a.index - b.index);
  return {
    format: parsed.format,
    title: parsed.title,
    link: parsed.link,
    encoding: detected.encoding,
    encodingSource: detected.source,
    warnings: [...(detected.note ? [detected.note] : []), ...parsed.warnings],
    skipped,
    entryCount: parsed.entryCount,
    itemCount,
    batches,
  };
}

/** Every item at once ("test now", small feeds). Throws as processFeedBytesInBatches does. */
export async function processFeedBytes(input: ProcessFeedInput): Promise<ProcessedFeed> {
  const items: RiskItemInput[] = [];
  const summary = await processFeedBytesInBatches(input, (batch) => {
    for (const item of batch) items.push(item);
  });
  return {
    format: summary.format,
    title: summary.title,
    link: summary.link,
    encoding: summary.encoding,
    encodingSource: summary.encodingSource,
    warnings: summary.warnings,
    items,
    skipped: summary.skipped,
    entryCount: summary.entryCount,
  };
}
