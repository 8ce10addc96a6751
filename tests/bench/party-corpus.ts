// Party-name corpus score: precision and recall of the matcher on the labelled party names of
// app/matching/party-corpus (names as printed in published notices, against the corpus
// registry). Development cases by default; the held-out quarter only with HELD_OUT=1 (it is
// scored once, at the end of a piece of work, and reported beside the development figure).
//
// Run: npx tsx tests/bench/party-corpus.ts            (development cases)
//      HELD_OUT=1 npx tsx tests/bench/party-corpus.ts (the held-out quarter as well)
//      HELD_OUT_3=1 npx tsx tests/bench/party-corpus.ts (the third round's quarter)
import {
  DEV_CASES,
  HELD_OUT_CASES,
  ROUND_2_DEV_CASES,
  ROUND_2_HELD_OUT_CASES,
  ROUND_3_DEV_CASES,
  ROUND_3_HELD_OUT_CASES,
  scoreCorpus,
  type CorpusScore,
} from "../../app/matching/party-corpus/index.ts";

const thresholds = { match: 0.85, review: 0.6 };

function print(label: string, s: CorpusScore) {
  console.log(
    `${label}: ${s.cases} cases (${s.positives} naming a registered company): precision ${s.precision.toFixed(3)} (${s.truePositives}/${s.truePositives + s.falsePositives}), recall ${s.recall.toFixed(3)} (${s.truePositives}/${s.positives})`,
  );
  for (const m of s.misses) console.log(`  miss ${m.id}: "${m.name}" expected ${m.expect ?? "none"}, got ${m.got ?? "none"} (top score ${m.score ?? "-"})`);
}

print("development (both rounds)", scoreCorpus(DEV_CASES, thresholds));
print("second-round development", scoreCorpus(ROUND_2_DEV_CASES, thresholds));
print("third-round development", scoreCorpus(ROUND_3_DEV_CASES, thresholds));
// The first held-out quarter was scored once at the end of round one; printing it again is
// no longer a measure of generalisation (HELD_OUT=1). The second round's quarter: HELD_OUT_2=1.
if (process.env.HELD_OUT === "1") print("first-round held-out (already scored once)", scoreCorpus(HELD_OUT_CASES, thresholds));
if (process.env.HELD_OUT_2 === "1") print("second-round HELD OUT", scoreCorpus(ROUND_2_HELD_OUT_CASES, thresholds));
// The third round's quarter (h12-names, seed 20261209): HELD_OUT_3=1, once, at the end.
if (process.env.HELD_OUT_3 === "1") print("third-round HELD OUT", scoreCorpus(ROUND_3_HELD_OUT_CASES, thresholds));
