// Presenters of the search and item pages: they shape server records into the views the
// components render, so only what is shown travels to the browser (no fingerprints, guids
// or raw JSON). They live with the server code; components import their view types only.
import { FACETS, type RiskItemView, type SearchHitView, type SearchView, type TimelineEntry } from "~/domain/risk-item-views.ts";
import type { getRiskItem } from "./risk-item.server.ts";
import type { SearchResult } from "./search.server.ts";

const RESPONDENTS_SHOWN = 3;

type RiskItemRecord = NonNullable<Awaited<ReturnType<typeof getRiskItem>>>;

function formatted(hit: SearchResult["hits"][number], field: "title" | "summary"): string {
  const value = hit._formatted?.[field];
  return typeof value === "string" ? value : hit[field];
}

/** Shapes a search result for the page: only what is shown travels to the browser. */
export function presentSearchResult(result: SearchResult): SearchView {
  const { query } = result;
  const facets = FACETS.map((facet) => {
    const counts = result.facets[facet] ?? {};
    const values = Object.entries(counts).map(([value, count]) => ({ value, count, selected: query[facet].includes(value) }));
    // A ticked value stays visible (so it can be unticked) even when nothing matches it now.
    for (const value of query[facet]) if (!(value in counts)) values.push({ value, count: 0, selected: true });
    values.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    return { facet, values };
  });
  return {
    query,
    total: result.total,
    page: result.page,
    pages: result.pages,
    processingTimeMs: result.processingTimeMs,
    unavailable: result.error !== null,
    facets,
    hits: result.hits.map((hit): SearchHitView => ({
      id: hit.id,
      title: formatted(hit, "title"),
      snippet: formatted(hit, "summary"),
      publishedAt: hit.publishedAt,
      jurisdiction: hit.jurisdiction,
      kind: hit.kind,
      caseType: hit.caseType,
      caseNumber: hit.caseNumber,
      stage: hit.stage,
      ipTypes: hit.ipTypes ?? [],
      respondents: (hit.respondents ?? []).slice(0, RESPONDENTS_SHOWN),
      respondentCount: hit.respondents?.length ?? 0,
      sourceName: hit.sourceName,
    })),
  };
}

/** An absolute http(s) URL, or null: javascript:, data: and relative links are never linked. */
export function safeExternalHref(link: string | null | undefined): string | null {
  if (!link) return null;
  try {
    const url = new URL(link.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** A case's items oldest first; the case page and the item page share it. */
export function presentCaseTimeline(items: readonly { id: string; title: string; stage: string | null; publishedAt: Date }[], currentId: string | null) {
  // A notice mirrored by a second source is linked to the same case: show it once.
  const seen = new Set<string>();
  const timeline: TimelineEntry[] = [];
  const entries = [...items].sort((a, b) => (a.id === currentId ? -1 : b.id === currentId ? 1 : 0));
  for (const entry of entries) {
    const key = `${entry.title}\u0000${entry.publishedAt.toISOString()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    timeline.push({ id: entry.id, title: entry.title, stage: entry.stage, publishedAt: entry.publishedAt.toISOString(), current: entry.id === currentId });
  }
  timeline.sort((a, b) => (a.publishedAt < b.publishedAt ? -1 : a.publishedAt > b.publishedAt ? 1 : 0));
  return timeline;
}

/** Shapes the record for the page: no fingerprints, guids or raw JSON travel to the browser. */
export function presentRiskItemDetail(item: RiskItemRecord): RiskItemView {
  const kase = item.case;
  const timeline = presentCaseTimeline(kase ? kase.items : [], item.id);
  return {
    id: item.id,
    title: item.title,
    summary: item.summary,
    href: safeExternalHref(item.link),
    publishedAt: item.publishedAt.toISOString(),
    feedUpdatedAt: item.feedUpdatedAt?.toISOString() ?? null,
    fetchedAt: item.fetchedAt.toISOString(),
    language: item.language,
    jurisdiction: item.jurisdiction,
    kind: item.kind,
    sourceName: item.source.name,
    ipTypes: item.ipTypes,
    caseType: item.caseType,
    caseNumber: item.caseNumber,
    stage: item.stage,
    complainants: item.complainants,
    respondents: item.respondents,
    patents: item.patents,
    marks: item.marks,
    products: item.products,
    htsCodes: item.htsCodes,
    industries: item.industries,
    case: kase
      ? {
          title: kase.title,
          numbers: [kase.investigationNumber, kase.docketNumber, kase.otherNumber].filter((n): n is string => Boolean(n)),
          stage: kase.stage,
          timeline,
        }
      : null,
  };
}
