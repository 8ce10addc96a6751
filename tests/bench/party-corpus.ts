// Party-name corpus score: precision and recall of the matcher on the labelled party names of
// app/matching/party-corpus (names as printed in published notices, against the corpus
// registry). Development cases by default; the held-out quarter only with HELD_OUT=1 (it is
// scored once, at the end of a piece of work, and reported beside the development figure).
//
// Run: npx tsx tests/bench/party-corpus.ts            (development cases)
//      HELD_OUT=1 npx tsx tests/bench/party-corpus.ts (the held-out quarter as well)
import { DEV_CASES, HELD_OUT_CASES, scoreCorpus, type CorpusScore } from "../../app/matching/party-corpus/index.ts";

const thresholds = { match: 0.85, review: 0.6 };

function print(label: string, s: CorpusScore) {
  console.log(
    `${label}: ${s.cases} cases (${s.positives} naming a registered company): precision ${s.precision.toFixed(3)} (${s.truePositives}/${s.truePositives + s.falsePositives}), recall ${s.recall.toFixed(3)} (${s.truePositives}/${s.positives})`,
  );
  for (const m of s.misses) console.log(`  miss ${m.id}: "${m.name}" expected ${m.expect ?? "none"}, got ${m.got ?? "none"} (top score ${m.score ?? "-"})`);
}

print("development", scoreCorpus(DEV_CASES, thresholds));
if (process.env.HELD_OUT === "1") print("held-out", scoreCorpus(HELD_OUT_CASES, thresholds));
