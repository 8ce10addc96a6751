// Drains the search outbox into Meilisearch. Frequent and cheap when there is nothing to do.
import { getSearchClient } from "#search/client.server.ts";
import { drainSearchOutbox, reindexRiskItems } from "~/models/search-index.server.ts";
import type { Job } from "./types.ts";

export const searchSyncJob = (schedule: string): Job => ({
  id: "search-sync",
  description: "Indexes new and changed risk items in Meilisearch (outbox drain).",
  schedule,
  leaseMs: 5 * 60_000,
  async run({ db, log }) {
    const result = await drainSearchOutbox(db, getSearchClient());
    if (result.error) log.warn(`search sync delayed: ${result.error} (${result.remaining} pending)`);
    return { ...result };
  },
});

/**
 * The CLI's `reindex`: rebuilds the index from the database and swaps it in, holding the outbox
 * drain's lease (same job id) so no drain writes into the index being replaced meanwhile.
 */
export const reindexJob = (schedule: string, onProgress?: (documents: number) => void): Job => ({
  id: "search-sync",
  description: "Rebuilds the search index from the database and swaps it in (under the outbox drain's lease).",
  schedule,
  leaseMs: 30 * 60_000,
  async run({ db }) {
    return { ...(await reindexRiskItems(db, getSearchClient(), onProgress)) };
  },
});
