// Feed bytes through the real pipeline into the database, as one ingest run of one source
// would: the tests that need stored notices without a feed server share this one path.
import { processFeedBytes, type ProcessFeedInput } from "~/ingest/pipeline.server.ts";
import { storeRiskItems } from "~/models/risk-item.server.ts";
import type { Db } from "~/utils/db.server.ts";

type Source = ProcessFeedInput["source"] & { id: string };

export async function storeFeedBytes(
  db: Db,
  bytes: Uint8Array,
  source: Pick<Source, "id"> & Partial<Source>,
  opts: { fetchedAt?: Date; feedUrl?: string } = {},
) {
  const fetchedAt = opts.fetchedAt ?? new Date();
  const full: Source = { kind: "case", jurisdiction: "US", language: "en", ...source };
  const { items } = await processFeedBytes({ bytes, feedUrl: opts.feedUrl ?? "https://example.org/feed.xml", source: full, fetchedAt });
  return storeRiskItems(db, items, { sourceId: full.id, alertable: true, fetchedAt, kind: full.kind });
}
