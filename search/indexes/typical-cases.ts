// The typical-cases index (典型案例): published cases only, built from their public (masked)
// text, searchable in Chinese and English; industry labels in both languages are indexed too.
import type { Settings } from "meilisearch";
import { INDUSTRY_LABELS } from "~/domain/taxonomy.ts";
import type { IndexDefinition } from "./types.ts";

/** The public text of a published typical case (TypicalCase.published, parsed). */
export type TypicalCaseRow = {
  id: string;
  title: string;
  summary: string;
  facts: string;
  response: string;
  outcome: string;
  lessons: string;
  tags: string[];
  industry: string | null;
  jurisdiction: string | null;
  disputeType: string | null;
  publishedAt: Date;
};

export type TypicalCaseDocument = Omit<TypicalCaseRow, "publishedAt"> & { industryLabels: string[]; publishedAt: string; publishedAtTs: number };

const settings: Settings = {
  searchableAttributes: ["title", "tags", "summary", "industryLabels", "facts", "response", "outcome", "lessons"],
  filterableAttributes: ["industry", "jurisdiction", "disputeType", "publishedAtTs"],
  sortableAttributes: ["publishedAtTs"],
  displayedAttributes: ["*"],
};

export const typicalCasesIndex: IndexDefinition<TypicalCaseRow, TypicalCaseDocument> = {
  uid: "typical-cases",
  primaryKey: "id",
  settings,
  toDocument(row) {
    const label = INDUSTRY_LABELS.find((l) => l.id === row.industry);
    return {
      ...row,
      industryLabels: label ? [label.zh, label.en] : [],
      publishedAt: row.publishedAt.toISOString(),
      publishedAtTs: Math.floor(row.publishedAt.getTime() / 1000),
    };
  },
};
