import type { CorpusCase } from "./types.ts";
import { HELD_OUT_CASES } from "./held-out.ts";
import { ISSUE_12_HELD_OUT_CASES } from "./issue-12-held-out.ts";
import { ISSUE_12_DEV_CASES } from "./issue-12.ts";
import { ISSUE_12B_HELD_OUT_CASES } from "./issue-12b-held-out.ts";
import { ISSUE_12B_DEV_CASES } from "./issue-12b.ts";
import { ISSUE_12C_HELD_OUT_CASES } from "./issue-12c-held-out.ts";
import { ISSUE_12C_DEV_CASES } from "./issue-12c.ts";
import { US_ITC_CASES } from "./us-itc.ts";
import { ZH_AND_COURT_CASES } from "./zh-and-courts.ts";

export type { CorpusCase };
export const EXTRACTION_CORPUS: CorpusCase[] = [
  ...US_ITC_CASES,
  ...ZH_AND_COURT_CASES,
  ...HELD_OUT_CASES,
  ...ISSUE_12_DEV_CASES,
  ...ISSUE_12_HELD_OUT_CASES,
  ...ISSUE_12B_DEV_CASES,
  ...ISSUE_12B_HELD_OUT_CASES,
  ...ISSUE_12C_DEV_CASES,
  ...ISSUE_12C_HELD_OUT_CASES,
];
/** Quarters set aside before a round of changes and scored once at its end: never tuned on. */
export const HELD_OUT_BATCHES: ReadonlySet<CorpusCase["batch"]> = new Set(["issue-12-held-out", "issue-12b-held-out", "issue-12c-held-out"]);
/** Every text the extractor may be developed against (all but the held-out quarters). */
export const DEVELOPMENT_CORPUS: CorpusCase[] = EXTRACTION_CORPUS.filter((c) => !HELD_OUT_BATCHES.has(c.batch));
