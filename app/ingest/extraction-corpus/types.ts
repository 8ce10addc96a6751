import type { CaseTypeId, StageId } from "../taxonomy.ts";

/**
 * One notice or report as published, trimmed to the paragraphs that carry the case facts,
 * with the facts a careful reader takes from it. `kind`: "real" is quoted from the page at
 * `source`; "near-miss" is real text that a careless extractor misreads; "constructed" is
 * wording written here in a published notice's form (fictional or mixed names), for
 * wordings the search did not turn up.
 */
export type CorpusCase = {
  id: string;
  kind: "real" | "near-miss" | "constructed";
  source: string;
  title: string;
  text: string;
  /** Added after tuning, expectations written before running the extractor on it. */
  heldOut?: boolean;
  /** Why the extractor does not (yet) get this one right; the test asserts it still fails. */
  knownGap?: string;
  /** Issue 12's corpus: "issue-12-held-out" texts are scored once, never tuned on. */
  batch?: "issue-12-dev" | "issue-12-held-out" | "issue-12b-dev" | "issue-12b-held-out" | "issue-12c-dev" | "issue-12c-held-out";
  /** Locations a careful reader takes for some respondents (where the wording makes it hard). */
  locations?: Record<string, string>;
  /** Other names the text gives a party: a.k.a., d/b/a, f/k/a, formerly. */
  aliases?: Record<string, string[]>;
  /** The respondent count the text announces ("the following 12 respondents", "等9家"). */
  announced?: number;
  expect: {
    /** The forum the case is in; null when the text reports no case. */
    caseType: CaseTypeId | null;
    jurisdiction: string | null;
    caseNumber: string | null;
    /** For US ITC cases; null otherwise. */
    stage: StageId | null;
    complainants: string[];
    respondents: string[];
  };
};
