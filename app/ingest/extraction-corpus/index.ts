import type { CorpusCase } from "./types.ts";
import { HELD_OUT_CASES } from "./held-out.ts";
import { ISSUE_12_HELD_OUT_CASES } from "./issue-12-held-out.ts";
import { ISSUE_12_DEV_CASES } from "./issue-12.ts";
import { US_ITC_CASES } from "./us-itc.ts";
import { ZH_AND_COURT_CASES } from "./zh-and-courts.ts";

export type { CorpusCase };
export const EXTRACTION_CORPUS: CorpusCase[] = [...US_ITC_CASES, ...ZH_AND_COURT_CASES, ...HELD_OUT_CASES, ...ISSUE_12_DEV_CASES, ...ISSUE_12_HELD_OUT_CASES];
/** Every text the extractor may be developed against (all but issue 12's held-out quarter). */
export const DEVELOPMENT_CORPUS: CorpusCase[] = EXTRACTION_CORPUS.filter((c) => c.batch !== "issue-12-held-out");
