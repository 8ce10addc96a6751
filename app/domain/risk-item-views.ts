// What the search and item pages render: the query, the facets and the shaped results.
// Browser-safe and defined once: the presenters (app/models/risk-item-presenters.server.ts)
// build these, the components (search-page.tsx, risk-item-detail.tsx) take them.
import { z } from "zod";

export const FACETS = ["jurisdiction", "ipTypes", "caseType", "industries", "stage", "kind"] as const;
export type Facet = (typeof FACETS)[number];
export const DATE_RANGES = { "7d": 7, "30d": 30, "90d": 90, "365d": 365 } as const;

export const SearchQuerySchema = z.object({
  q: z.string().trim().max(200).default(""),
  jurisdiction: z.array(z.string().max(16)).default([]),
  ipTypes: z.array(z.string().max(32)).default([]),
  caseType: z.array(z.string().max(40)).default([]),
  industries: z.array(z.string().max(40)).default([]),
  stage: z.array(z.string().max(40)).default([]),
  kind: z.array(z.string().max(16)).default([]),
  range: z.enum(["", "7d", "30d", "90d", "365d"]).default(""),
  sort: z.enum(["relevance", "date"]).default("relevance"),
  page: z.coerce.number().int().min(1).max(500).default(1),
});
export type SearchQuery = z.output<typeof SearchQuerySchema>;

export interface PartyView {
  name: string;
  location: string | null;
}

export interface SearchHitView {
  id: string;
  /** with \u0001…\u0002 highlight markers */
  title: string;
  /** cropped summary with highlight markers */
  snippet: string;
  publishedAt: string;
  jurisdiction: string | null;
  kind: string;
  caseType: string | null;
  caseNumber: string | null;
  stage: string | null;
  ipTypes: string[];
  respondents: PartyView[];
  respondentCount: number;
  sourceName: string;
}

export interface FacetView {
  facet: Facet;
  values: { value: string; count: number; selected: boolean }[];
}

export interface SearchView {
  query: SearchQuery;
  total: number;
  page: number;
  pages: number;
  processingTimeMs: number;
  hits: SearchHitView[];
  facets: FacetView[];
  unavailable: boolean;
}

export interface TimelineEntry {
  id: string;
  title: string;
  stage: string | null;
  publishedAt: string;
  current: boolean;
}

/** One risk item for its page: no fingerprints, guids or raw JSON. */
export interface RiskItemView {
  id: string;
  title: string;
  summary: string;
  href: string | null;
  publishedAt: string;
  feedUpdatedAt: string | null;
  fetchedAt: string;
  language: string | null;
  jurisdiction: string | null;
  kind: string;
  sourceName: string;
  ipTypes: string[];
  caseType: string | null;
  caseNumber: string | null;
  stage: string | null;
  complainants: string[];
  respondents: PartyView[];
  patents: string[];
  marks: string[];
  products: string[];
  htsCodes: string[];
  industries: string[];
  case: { title: string; numbers: string[]; stage: string | null; timeline: TimelineEntry[] } | null;
}
