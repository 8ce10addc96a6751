// Drains the search outbox into Meilisearch. Frequent and cheap when there is nothing to do.
import { getSearchClient } from "#search/client.server.ts";
import { drainSearchOutbox } from "~/models/search-index.server.ts";
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
