// The party-name corpus: development cases (tuned on) and the held-out quarter (set aside
// before any change to the matcher, scored once). Scoring is shared by the test and the
// benchmark script.
import { buildPartyIndex, matchParty, type PartyIndex, type PartyThresholds } from "../party-names.ts";
import { DEV_CASES as ROUND_1_DEV_CASES } from "./dev.ts";
import { HELD_OUT_CASES } from "./held-out.ts";
import { CORPUS_REGISTRY } from "./registry.ts";
import { ROUND_2_DEV_CASES } from "./round-2.ts";
import { ROUND_2_HELD_OUT_CASES } from "./round-2-held-out.ts";
import { ROUND_3_DEV_CASES } from "./round-3.ts";
import { ROUND_3_HELD_OUT_CASES } from "./round-3-held-out.ts";
import type { PartyCase } from "./types.ts";

export type { PartyCase };
export { CORPUS_REGISTRY, HELD_OUT_CASES, ROUND_2_DEV_CASES, ROUND_2_HELD_OUT_CASES, ROUND_3_DEV_CASES, ROUND_3_HELD_OUT_CASES };
/** Every development case: the first, second and third rounds'. */
export const DEV_CASES: PartyCase[] = [...ROUND_1_DEV_CASES, ...ROUND_2_DEV_CASES, ...ROUND_3_DEV_CASES];

export interface CorpusScore {
  cases: number;
  positives: number;
  truePositives: number;
  /** A match to the wrong company, or a match where the name names no one. */
  falsePositives: number;
  precision: number;
  recall: number;
  misses: { id: string; name: string; expect: string | null; got: string | null; score: number | null }[];
}

export function scoreCorpus(cases: PartyCase[], thresholds: PartyThresholds, index: PartyIndex = buildPartyIndex(CORPUS_REGISTRY)): CorpusScore {
  let positives = 0;
  let tp = 0;
  let fp = 0;
  const misses: CorpusScore["misses"] = [];
  for (const c of cases) {
    const r = matchParty(index, c.name, { location: c.location ?? null, thresholds, limit: 3 });
    const top = r.candidates[0];
    const got = r.decision === "match" ? top.companyId : null;
    if (c.expect) positives++;
    if (got && got === c.expect) tp++;
    else if (got) fp++;
    if (got !== c.expect) misses.push({ id: c.id, name: c.name, expect: c.expect, got, score: top?.score ?? null });
  }
  return {
    cases: cases.length,
    positives,
    truePositives: tp,
    falsePositives: fp,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: positives === 0 ? 1 : tp / positives,
    misses,
  };
}
