// The risk-items index: every ingested case, law change, news and technical-barrier item,
// searchable in Chinese and English (DESIGN.md §2.3).
import type { Settings } from "meilisearch";
import { SEARCH_SYNONYM_GROUPS } from "~/ingest/taxonomy.ts";
// [] for a malformed list: it must not keep the item out of search.
import { parseJsonArray } from "~/utils/json-list.ts";
import type { IndexDefinition } from "./types.ts";

/** A RiskItem row as the database stores it (list fields are JSON array text). */
export type RiskItemRow = {
  id: string;
  sourceId: string;
  sourceName: string;
  kind: string;
  title: string;
  summary: string;
  link: string | null;
  publishedAt: Date;
  jurisdiction: string | null;
  language: string | null;
  /** JSON array of strings */
  ipTypes: string;
  caseType: string | null;
  caseNumber: string | null;
  stage: string | null;
  caseId: string | null;
  /** JSON array of strings */
  complainants: string;
  /** JSON array of {name, location} */
  respondents: string;
  /** JSON array of strings */
  products: string;
  /** JSON array of strings */
  htsCodes: string;
  /** JSON array of strings */
  industries: string;
  /** JSON array of canonical patent numbers ("US10886512"); absent in older callers */
  patents?: string;
  /** JSON array of trademark names or registration numbers */
  marks?: string;
  /** The source is published to exporters (Source.visibleToExporters); absent = visible. */
  visibleToExporters?: boolean;
};

export type Respondent = { name: string; location: string | null };

export type RiskItemDocument = {
  id: string;
  sourceId: string;
  /** Exporters' searches filter on it: items of sources still being tried out stay staff-only. */
  visibleToExporters: boolean;
  sourceName: string;
  kind: string;
  title: string;
  summary: string;
  link: string | null;
  /** ISO 8601, for display */
  publishedAt: string;
  /** Unix seconds: Meilisearch filters and sorts numbers, not dates. */
  publishedAtTs: number;
  jurisdiction: string | null;
  language: string | null;
  ipTypes: string[];
  caseType: string | null;
  caseNumber: string | null;
  stage: string | null;
  caseId: string | null;
  complainants: string[];
  respondents: Respondent[];
  /** Flattened so names rank as their own searchable attribute and locations do not. */
  respondentNames: string[];
  products: string[];
  htsCodes: string[];
  /** 6-digit HS headings of htsCodes: exporters know HS codes, 337 notices name 10-digit HTS. */
  hsHeadings: string[];
  industries: string[];
  /**
   * Identifiers (case, investigation and docket numbers, patents, marks, HTS codes) in
   * compact forms (identifierForms): filtered on, never shown, so every common written form
   * of a number finds its item and only its item.
   */
  identifiers: string[];
};

export const uid = "risk-items";
export const primaryKey = "id";

/** Groups of equivalent terms; the bilingual taxonomy owns them so search and classification agree. */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = SEARCH_SYNONYM_GROUPS;

const HAN_THEN_ASCII = /(\p{Script=Han})(?=[A-Za-z0-9])/gu;
const ASCII_THEN_HAN = /([A-Za-z0-9])(?=\p{Script=Han})/gu;

/**
 * Puts a space where Han text meets ASCII letters or digits ("发起337调查" → "发起 337 调查",
 * the usual Chinese typesetting anyway). Meilisearch's Chinese segmenter cuts digits inside
 * Han text one by one (3|3|7|调查), so without the space "337" or "337-TA-1400" never finds
 * a Chinese item, and a synonym key like "337调查" spans more than the 3 words a synonym may
 * have. Meilisearch's `dictionary` setting would also keep such words whole, but it was
 * measured to add 2–3 ms to every search; this costs nothing at query time.
 * Apply it to searchable text (toDocument), synonym terms and queries (normaliseQuery) alike.
 */
export function toSearchText(text: string): string {
  return text.replace(HAN_THEN_ASCII, "$1 ").replace(ASCII_THEN_HAN, "$1 ");
}

/** What every risk-item search must send instead of the raw user input; see toSearchText. */
export function normaliseQuery(query: string): string {
  return toSearchText(query.trim());
}

/**
 * Meilisearch's synonyms map from groups of equivalent terms: every term maps to all the
 * others of its groups (a term in two groups gets both), lower-cased because Meilisearch
 * matches synonyms after lower-casing the query, and spaced like documents (toSearchText).
 * A synonym applies only where its key spans at most 3 query words: a longer term (e.g.
 * "cross-border e-commerce", or 美国国际贸易委员会 once segmented) is still found from the
 * other terms of its group, but searching for it does not reach them.
 */
export function synonymsFromGroups(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const map = new Map<string, Set<string>>();
  for (const group of groups) {
    const terms = [...new Set(group.map((t) => toSearchText(t.trim().toLowerCase())).filter(Boolean))];
    for (const term of terms) {
      const others = map.get(term) ?? new Set<string>();
      for (const other of terms) if (other !== term) others.add(other);
      map.set(term, others);
    }
  }
  const synonyms: Record<string, string[]> = {};
  for (const [term, others] of [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (others.size > 0) synonyms[term] = [...others].sort();
  }
  return synonyms;
}

export const settings = {
  // Order is ranking: a hit in the title beats one in the summary.
  searchableAttributes: ["title", "caseNumber", "respondentNames", "complainants", "products", "summary", "industries", "htsCodes", "sourceName"],
  filterableAttributes: [
    "jurisdiction",
    "ipTypes",
    "caseType",
    "stage",
    "industries",
    "sourceId",
    "visibleToExporters",
    "kind",
    "language",
    "publishedAtTs",
    "caseId",
    "htsCodes",
    "hsHeadings",
    "identifiers",
  ],
  sortableAttributes: ["publishedAtTs"],
  // "sort" first: when a reader asks for newest first, dates decide and relevance only
  // filters; without a sort parameter the rule is skipped and relevance ranks as usual.
  rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness"],
  typoTolerance: {
    enabled: true,
    // Meilisearch's defaults, stated so a change upstream does not silently change results:
    // no typo under 5 letters ("LED" must not find "LCD"), two from 9.
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    // Case numbers and tariff codes are identifiers: a near miss is another case.
    disableOnAttributes: ["caseNumber", "htsCodes"],
    disableOnNumbers: true,
  },
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "count" } },
  synonyms: synonymsFromGroups(SYNONYM_GROUPS),
} satisfies Settings;

function stringList(text: string | null | undefined): string[] {
  const out: string[] = [];
  for (const v of parseJsonArray(text)) {
    if (typeof v !== "string" && typeof v !== "number") continue;
    const s = String(v).trim();
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

function respondentList(text: string | null | undefined): Respondent[] {
  const out: Respondent[] = [];
  for (const v of parseJsonArray(text)) {
    if (typeof v === "string") {
      if (v.trim()) out.push({ name: v.trim(), location: null });
      continue;
    }
    if (v && typeof v === "object" && typeof (v as { name?: unknown }).name === "string") {
      const { name, location } = v as { name: string; location?: unknown };
      if (!name.trim()) continue;
      out.push({
        name: name.trim(),
        location: typeof location === "string" && location.trim() ? location.trim() : null,
      });
    }
  }
  return out;
}

function hsHeading(code: string): string | null {
  const digits = code.replace(/\D/g, "");
  return digits.length >= 6 ? digits.slice(0, 6) : null;
}

/** Upper case, letters and digits only: "1:26-cv-10452" → "126CV10452", "8541.43.0010" → "8541430010". */
export function compactIdentifier(text: string): string {
  return text
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "");
}

const PATENT = /^(US|CN|EP|WO|JP|KR|DE)?(D|RE|PP)?(\d{5,})([A-Z]\d?)?$/;
const COURT_DOCKET = /^(\d{1,2}):?(\d{2}CV\d+)$/;

/**
 * Every compact form under which an identifier should be found: the whole ("US10886512"),
 * a patent's number without country and kind code ("10886512", as in "10,886,512"), a court
 * docket without its division ("26CV10452"), an HTS code's 6- and 8-digit headings.
 */
export function identifierForms(value: string, kind: "case" | "patent" | "mark" | "hts"): string[] {
  const compact = compactIdentifier(value);
  if (!compact) return [];
  const forms = [compact];
  if (kind === "patent") {
    const m = PATENT.exec(compact);
    if (m) forms.push(`${m[2] ?? ""}${m[3]}`, `${m[1] ?? ""}${m[2] ?? ""}${m[3]}`);
  }
  if (kind === "case") {
    const m = COURT_DOCKET.exec(compact);
    if (m) forms.push(m[2]!);
  }
  if (kind === "hts" && /^\d{6,}$/.test(compact)) forms.push(compact.slice(0, 6), compact.slice(0, 8));
  return [...new Set(forms)];
}

/**
 * The compact forms a query stands for when it is shaped like an identifier (a patent,
 * case, docket or tariff number: few letters, at least four digits, no other words), or
 * null for an ordinary query. "US10886512", "10,886,512", "337TA1452", "DN 3861" qualify;
 * "lithium 2024" does not.
 */
export function identifierQuery(query: string): string[] | null {
  const q = query.normalize("NFKC").trim();
  if (!q || q.length > 40 || /\p{Script=Han}/u.test(q)) return null;
  if (!/^[A-Za-z0-9][A-Za-z0-9 .,:\-/]*$/.test(q)) return null;
  const digits = (q.match(/\d/g) ?? []).length;
  const letters = (q.match(/[A-Za-z]/g) ?? []).length;
  if (digits < 4 || letters > 4) return null;
  const compact = compactIdentifier(q);
  return [...new Set([compact, ...identifierForms(q, "patent"), ...identifierForms(q, "case")])];
}

/** Searchable text is spaced (toSearchText); `respondents` keeps the names exactly as published. */
export function toDocument(row: RiskItemRow): RiskItemDocument {
  const respondents = respondentList(row.respondents);
  const htsCodes = stringList(row.htsCodes);
  return {
    id: row.id,
    sourceId: row.sourceId,
    visibleToExporters: row.visibleToExporters ?? true,
    sourceName: toSearchText(row.sourceName),
    kind: row.kind,
    title: toSearchText(row.title),
    summary: toSearchText(row.summary),
    link: row.link,
    publishedAt: row.publishedAt.toISOString(),
    publishedAtTs: Math.floor(row.publishedAt.getTime() / 1000),
    jurisdiction: row.jurisdiction,
    language: row.language,
    ipTypes: stringList(row.ipTypes),
    caseType: row.caseType,
    caseNumber: row.caseNumber,
    stage: row.stage,
    caseId: row.caseId,
    complainants: stringList(row.complainants).map(toSearchText),
    respondents,
    respondentNames: [...new Set(respondents.map((r) => toSearchText(r.name)))],
    products: stringList(row.products).map(toSearchText),
    htsCodes,
    hsHeadings: [...new Set(htsCodes.map(hsHeading).filter((h): h is string => h !== null))],
    industries: stringList(row.industries),
    identifiers: [
      ...new Set([
        ...(row.caseNumber ? identifierForms(row.caseNumber, "case") : []),
        ...stringList(row.patents).flatMap((p) => identifierForms(p, "patent")),
        ...stringList(row.marks).flatMap((m) => identifierForms(m, "mark")),
        ...htsCodes.flatMap((h) => identifierForms(h, "hts")),
      ]),
    ],
  };
}

export const riskItemsIndex: IndexDefinition<RiskItemRow, RiskItemDocument> = {
  uid,
  primaryKey,
  settings,
  toDocument,
};
