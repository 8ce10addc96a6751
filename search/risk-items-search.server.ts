// The one way to query the risk-items index, so every caller normalises the query the way
// the documents were (toSearchText); a raw "337调查" would miss the spaced documents.
import type { Meilisearch, SearchParams, SearchResponse } from "meilisearch";
import { indexUid } from "./client.server.ts";
import { normaliseQuery, uid as riskItemsUid, type RiskItemDocument } from "./indexes/risk-items.ts";

export async function queryRiskItemsIndex<S extends SearchParams>(
  client: Meilisearch,
  query: string,
  params?: S,
  { uid = indexUid(riskItemsUid) }: { uid?: string } = {},
): Promise<SearchResponse<RiskItemDocument, S>> {
  return await client.index<RiskItemDocument>(uid).search<RiskItemDocument, S>(normaliseQuery(query), params);
}
