import type { CorpusCase } from "./types.ts";
import { HELD_OUT_CASES } from "./held-out.ts";
import { US_ITC_CASES } from "./us-itc.ts";
import { ZH_AND_COURT_CASES } from "./zh-and-courts.ts";

export type { CorpusCase };
export const EXTRACTION_CORPUS: CorpusCase[] = [...US_ITC_CASES, ...ZH_AND_COURT_CASES, ...HELD_OUT_CASES];
