// Builders for the issue-12 corpus files: most texts are US ITC Section 337 wording.
import type { StageId } from "../taxonomy.ts";
import type { CorpusCase } from "./types.ts";

export const NONE = { caseType: null, jurisdiction: null, caseNumber: null, stage: null, complainants: [], respondents: [] };

type ItcCase = {
  id: string;
  kind?: CorpusCase["kind"];
  knownGap?: string;
  source: string;
  title: string;
  text: string;
  caseNumber: string | null;
  stage: StageId;
  complainants: string[];
  respondents: string[];
  locations?: Record<string, string>;
  aliases?: Record<string, string[]>;
  announced?: number;
};

/** A text about a US ITC Section 337 case, labelled by hand. */
export function itc(c: ItcCase): CorpusCase {
  const { caseNumber, stage, complainants, respondents, kind, ...rest } = c;
  return {
    ...rest,
    kind: kind ?? "real",
    expect: { caseType: "us-itc-337", jurisdiction: "US", caseNumber, stage, complainants, respondents },
  };
}

type CourtCase = Omit<ItcCase, "stage">;

/** A text about a US district court case (not Schedule A), labelled by hand. */
export function court(c: CourtCase): CorpusCase {
  const { caseNumber, complainants, respondents, kind, ...rest } = c;
  return {
    ...rest,
    kind: kind ?? "real",
    expect: { caseType: "us-district-court", jurisdiction: "US", caseNumber, stage: null, complainants, respondents },
  };
}
