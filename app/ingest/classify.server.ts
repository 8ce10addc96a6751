// Keyword classification of an item against the bilingual taxonomy.
import { KeywordIndex } from "./keyword-index.ts";
import { CASE_TYPES, INDUSTRIES, IP_TYPES, STAGES, type CaseTypeId, type IndustryId, type IpTypeId, type StageId } from "./taxonomy.ts";
import type { SourceKind } from "~/domain/taxonomy.ts";

export type ClassifyInput = {
  title: string;
  summary?: string | null;
  sourceKind: SourceKind;
  /** ISO country code or a region such as "EU"; case-insensitive. */
  jurisdiction: string;
  /** HTS/HS codes already extracted from the item; they place it in industries too. */
  htsCodes?: string[];
};

export type Classification = {
  industries: IndustryId[];
  ipTypes: IpTypeId[];
  caseType: CaseTypeId;
  /** Product names from the taxonomy found in the text, as the taxonomy spells them. */
  products: string[];
};

const INDUSTRY_TAG = Object.fromEntries(INDUSTRIES.map((i) => [i.id, `ind:${i.id}`])) as Record<IndustryId, string>;
const IP_TAG = Object.fromEntries(IP_TYPES.map((i) => [i.id, `ip:${i.id}`])) as Record<IpTypeId, string>;
const CASE_TAG = Object.fromEntries(CASE_TYPES.map((c) => [c.id, `case:${c.id}`])) as Record<CaseTypeId, string>;
const LOCAL_TAG = Object.fromEntries(CASE_TYPES.map((c) => [c.id, `local:${c.id}`])) as Record<CaseTypeId, string>;

const index = new KeywordIndex(
  (function* () {
    for (const industry of INDUSTRIES) {
      for (const keyword of industry.keywords) yield { keyword, tag: INDUSTRY_TAG[industry.id] };
      for (const keyword of industry.products) {
        yield { keyword, tag: INDUSTRY_TAG[industry.id] };
        yield { keyword, tag: `prod:${keyword}` };
      }
    }
    for (const ip of IP_TYPES) for (const keyword of ip.keywords) yield { keyword, tag: IP_TAG[ip.id] };
    for (const caseType of CASE_TYPES) {
      for (const keyword of caseType.keywords) yield { keyword, tag: CASE_TAG[caseType.id] };
      const local = "jurisdictionKeywords" in caseType ? caseType.jurisdictionKeywords : undefined;
      for (const keyword of local?.keywords ?? []) yield { keyword, tag: LOCAL_TAG[caseType.id] };
    }
  })(),
);

const stageIndex = new KeywordIndex(STAGES.flatMap((stage) => stage.keywords.map((keyword) => ({ keyword, tag: stage.id }))));

// Office names mention IP types they do not concern: a USPTO fee rule for design
// patents says nothing about trademarks.
const OFFICE_NAMES_RE = /\b(?:United States |U\.\s?S\.\s)?Patent and Trademark Office\b|专利商标局|專利商標局/g;

export function classify(input: ClassifyInput): Classification {
  const raw = input.summary ? `${input.title}\n${input.summary}` : input.title;
  const tags = index.match(raw.replace(OFFICE_NAMES_RE, "USPTO"));
  const jurisdiction = input.jurisdiction.toUpperCase();

  const industries: IndustryId[] = [];
  const hts = input.htsCodes ?? [];
  for (const industry of INDUSTRIES) {
    if (tags.has(INDUSTRY_TAG[industry.id])) industries.push(industry.id);
    else if (hts.length && industry.hsPrefixes.some((p: string) => hts.some((code) => code.startsWith(p)))) {
      industries.push(industry.id);
    }
  }

  const products: string[] = [];
  for (const tag of tags) if (tag.startsWith("prod:")) products.push(tag.slice(5));

  const ipTypes = IP_TYPES.filter((ip) => tags.has(IP_TAG[ip.id])).map((ip) => ip.id);

  return { industries, ipTypes, caseType: caseTypeOf(tags, input.sourceKind, jurisdiction), products };
}

function caseTypeOf(tags: Set<string>, sourceKind: SourceKind, jurisdiction: string): CaseTypeId {
  // A law-and-rule source publishes rule changes by definition, even when the text
  // names the procedure being changed ("amendments to the 337 rules").
  if (sourceKind === "law") return "law-rule-change";
  for (const caseType of CASE_TYPES) {
    if (tags.has(CASE_TAG[caseType.id])) return caseType.id;
    const local = "jurisdictionKeywords" in caseType ? caseType.jurisdictionKeywords : undefined;
    if (local && tags.has(LOCAL_TAG[caseType.id]) && (local.jurisdictions as readonly string[]).includes(jurisdiction)) {
      return caseType.id;
    }
  }
  return "other";
}

/** The 337 stage a title announces, by the taxonomy's stage keywords; null when none. */
export function stageFromTitle(title: string): StageId | null {
  const found = stageIndex.match(title);
  // STAGES is ordered by precedence, the tags come back in text order.
  return STAGES.find((s) => found.has(s.id))?.id ?? null;
}
