// Full-text search over risk items (Meilisearch), with facets, highlighting and sorting.
// The query is normalised like the documents (toSearchText) so Chinese and digits meet.
import { getSearchClient } from "#search/client.server.ts";
import { identifierQuery, type RiskItemDocument } from "#search/indexes/risk-items.ts";
import { queryRiskItemsIndex } from "#search/risk-items-search.server.ts";
import { DATE_RANGES, FACETS, SearchQuerySchema, type Facet, type SearchQuery } from "~/domain/risk-item-views.ts";

export const PAGE_SIZE = 20;

/**
 * Reads a query string (repeated keys for multi-valued facets) into a SearchQuery. Each field is
 * read on its own: an invalid one (a hand-edited `range`, a bad `page`, an over-long facet value)
 * falls back to its default and never costs the search text or the other filters.
 */
export function searchQueryFromParams(params: URLSearchParams): SearchQuery {
  const shape = SearchQuerySchema.shape;
  const query = SearchQuerySchema.parse({});
  const q = shape.q.safeParse((params.get("q") ?? "").trim().slice(0, 200));
  if (q.success) query.q = q.data;
  for (const key of ["range", "sort", "page"] as const) {
    const v = params.get(key);
    const parsed = v === null ? null : shape[key].safeParse(v);
    if (parsed?.success) Object.assign(query, { [key]: parsed.data });
  }
  for (const facet of FACETS) {
    query[facet] = params.getAll(facet).filter((v) => v && shape[facet].unwrap().element.safeParse(v).success);
  }
  return query;
}

function quote(value: string) {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** Meilisearch filter expression: OR within a facet, AND across facets. */
export function buildFilter(query: SearchQuery, now = new Date(), except?: Facet): string[] {
  const filters: string[] = [];
  for (const facet of FACETS) {
    if (facet === except) continue;
    const values = query[facet];
    if (values.length) filters.push(`(${values.map((v) => `${facet} = ${quote(v)}`).join(" OR ")})`);
  }
  if (query.range) {
    const since = Math.floor(now.getTime() / 1000) - DATE_RANGES[query.range] * 86400;
    filters.push(`publishedAtTs >= ${since}`);
  }
  return filters;
}

export interface SearchResult {
  query: SearchQuery;
  total: number;
  page: number;
  pages: number;
  processingTimeMs: number;
  hits: (RiskItemDocument & { _formatted?: Partial<Record<keyof RiskItemDocument, unknown>> })[];
  facets: Record<string, Record<string, number>>;
  error: string | null;
}

export async function searchRiskItems(query: SearchQuery, opts: { extraFilter?: string; now?: Date } = {}): Promise<SearchResult> {
  const client = getSearchClient();
  try {
    // A number typed as an identifier ("US10886512", "10,886,512", "1:26-cv-10452") means
    // that item: match its normalised forms exactly. Full text would split it into digits
    // and find unrelated items; it is the fallback only when no item carries the number.
    const forms = identifierQuery(query.q);
    if (forms) {
      const idFilter = `identifiers IN [${forms.map(quote).join(", ")}]`;
      const extra = [...(opts.extraFilter ? [opts.extraFilter] : []), idFilter];
      const exact = await queryRiskItemsIndex(client, "", { filter: [...buildFilter(query, opts.now), ...extra], limit: 0 });
      if ((exact.estimatedTotalHits ?? 0) > 0) return await runSearch(client, query, "", extra, opts.now);
      return await runSearch(client, query, query.q, opts.extraFilter ? [opts.extraFilter] : [], opts.now, "all");
    }
  } catch (error) {
    return failed(query, error);
  }
  return runSearch(client, query, query.q, opts.extraFilter ? [opts.extraFilter] : [], opts.now);
}

function failed(query: SearchQuery, error: unknown): SearchResult {
  return { query, total: 0, page: 1, pages: 0, processingTimeMs: 0, hits: [], facets: {}, error: error instanceof Error ? error.message : String(error) };
}

async function runSearch(
  client: ReturnType<typeof getSearchClient>,
  query: SearchQuery,
  text: string,
  extra: string[],
  now: Date | undefined,
  matchingStrategy?: "all",
): Promise<SearchResult> {
  const filter = [...buildFilter(query, now), ...extra];
  // Counts of a facet the reader has filtered on come from the query without that facet's
  // own filter ("disjunctive" facets), so its other values stay visible and can be added.
  const selected = FACETS.filter((f) => query[f].length > 0);
  try {
    const [res, ...own] = await Promise.all([
      queryRiskItemsIndex(client, text, {
        filter,
        facets: [...FACETS],
        matchingStrategy,
        sort: query.sort === "date" || !text ? ["publishedAtTs:desc"] : undefined,
        page: query.page,
        hitsPerPage: PAGE_SIZE,
        attributesToHighlight: ["title", "summary"],
        attributesToCrop: ["summary"],
        cropLength: 60,
        highlightPreTag: "\u0001",
        highlightPostTag: "\u0002",
      }),
      ...selected.map((facet) =>
        queryRiskItemsIndex(client, text, { filter: [...buildFilter(query, now, facet), ...extra], facets: [facet], limit: 0, matchingStrategy }),
      ),
    ]);
    const facets = { ...(res.facetDistribution ?? {}) } as Record<string, Record<string, number>>;
    selected.forEach((facet, i) => {
      facets[facet] = own[i]?.facetDistribution?.[facet] ?? {};
    });
    return {
      query,
      total: res.totalHits ?? 0,
      page: res.page ?? query.page,
      pages: res.totalPages ?? 0,
      processingTimeMs: res.processingTimeMs,
      hits: res.hits as SearchResult["hits"],
      facets,
      error: null,
    };
  } catch (error) {
    return failed(query, error);
  }
}

/** Raw search for the CLI: a query and a Meilisearch filter expression as typed. */
export async function searchRaw(q: string, filter?: string, limit = 20) {
  return queryRiskItemsIndex(getSearchClient(), q, { filter: filter || undefined, limit });
}
