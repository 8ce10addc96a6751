// Extraction quality benchmark: precision and recall of case facts (parties at name
// level, case numbers, stages, forum) over the published-notice corpus
// (app/ingest/extraction-corpus), for the current extractor and — in the same run — the
// extractor as it was before (git revision BENCH_OLD_REV, default 5092dc4), plus the
// time per item.
//
// Run: npx tsx tests/bench/extraction.ts        (or: npm run bench:extraction)
//
// The old extractor is read from git into a temporary module beside the current one
// (it imports ./chinese-fold.ts and ./classify.server.ts) and removed afterwards. Its
// forum is what the old pipeline did: case type from keyword classification with the
// *source's* jurisdiction, which for a Chinese report is CN.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractCaseFacts } from "../../app/ingest/case-facts.ts";
import { classify } from "../../app/ingest/classify.server.ts";
import { DEVELOPMENT_CORPUS, EXTRACTION_CORPUS, type CorpusCase } from "../../app/ingest/extraction-corpus/index.ts";
import { partyKey } from "../../app/ingest/parties.ts";

const OLD_REV = process.env.BENCH_OLD_REV ?? "5092dc4";
// Issue 12's held-out quarter is scored only when asked for, once, at the end of the work.
const SCORE_HELD_OUT = process.env.BENCH_HELD_OUT === "1";
// The second round's held-out quarter (issue 12, h12-warn), likewise scored once.
const SCORE_HELD_OUT_B = process.env.BENCH_HELD_OUT_B === "1";
// The third round's held-out quarter (issue 12, h12-extract), likewise scored once.
const SCORE_HELD_OUT_C = process.env.BENCH_HELD_OUT_C === "1";
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

type Observed = {
  caseType: string | null;
  jurisdiction: string | null;
  caseNumber: string | null;
  stage: string | null;
  complainants: string[];
  respondents: string[];
};

const FORUM_TYPES = new Set(["us-itc-337", "schedule-a-tro", "us-district-court", "eu-customs-detention"]);
const CJK_RE = /[\u3400-\u9fff]/;
const COURT_DOCKET_RE = /\b\d:\d{2}-cv-\d{3,5}(?:-[A-Z]{2,4})*\b/i;

function newExtractor(c: CorpusCase): Observed {
  const f = extractCaseFacts({ title: c.title, text: c.text });
  return {
    caseType: f.forum?.caseType ?? null,
    jurisdiction: f.forum?.jurisdiction ?? null,
    caseNumber: f.caseNumber,
    stage: f.forum?.caseType === "us-itc-337" ? f.stage : null,
    complainants: f.complainants.map((p) => p.name),
    respondents: f.respondents.map((p) => p.name),
  };
}

type OldItc = (input: { title: string; text: string }) => {
  isSection337: boolean;
  investigationNumber: string | null;
  docketNumber: string | null;
  stage: string | null;
  complainants: { name: string }[];
  respondents: { name: string }[];
};

function oldExtractorWith(extractItc337: OldItc) {
  return (c: CorpusCase): Observed => {
    // The old pipeline: the source's jurisdiction (a Chinese source is CN), keyword case type.
    const sourceJurisdiction = CJK_RE.test(`${c.title}${c.text}`) ? "CN" : "US";
    const itc = extractItc337({ title: c.title, text: c.text });
    const caseType = classify({ title: c.title, summary: c.text, sourceKind: "news", jurisdiction: sourceJurisdiction }).caseType;
    const isItc = caseType === "us-itc-337" && itc.isSection337;
    const forum = FORUM_TYPES.has(caseType) ? caseType : null;
    return {
      caseType: forum,
      jurisdiction: forum ? sourceJurisdiction : null,
      caseNumber: isItc
        ? (itc.investigationNumber ?? itc.docketNumber)
        : caseType === "us-district-court" || caseType === "schedule-a-tro"
          ? (COURT_DOCKET_RE.exec(`${c.title}\n${c.text}`)?.[0] ?? null)
          : null,
      stage: isItc ? itc.stage : null,
      complainants: isItc ? itc.complainants.map((p) => p.name) : [],
      respondents: isItc ? itc.respondents.map((p) => p.name) : [],
    };
  };
}

type Counts = { tp: number; fp: number; fn: number };
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

function countSet(expected: string[], observed: string[], into: Counts) {
  const want = new Set(expected.map(partyKey));
  const got = new Set(observed.map(partyKey));
  for (const k of got) {
    if (want.has(k)) into.tp++;
    else into.fp++;
  }
  for (const k of want) if (!got.has(k)) into.fn++;
}

function countValue(expected: string | null, observed: string | null, into: Counts, normalise = (s: string) => s) {
  const want = expected === null ? null : normalise(expected);
  const got = observed === null ? null : normalise(observed);
  if (got !== null && got === want) into.tp++;
  else {
    if (got !== null) into.fp++;
    if (want !== null) into.fn++;
  }
}

function score(cases: CorpusCase[], extract: (c: CorpusCase) => Observed) {
  const parties = zero();
  const respondents = zero();
  const complainants = zero();
  const numbers = zero();
  const stages = zero();
  const forums = zero();
  let exact = 0;
  let stageRight = 0;
  let stageTotal = 0;
  for (const c of cases) {
    const o = extract(c);
    const e = c.expect;
    if (e.caseType === "us-itc-337") {
      stageTotal++;
      if ((e.stage ?? "other") === (o.stage ?? "other")) stageRight++;
    }
    countSet(e.complainants, o.complainants, complainants);
    countSet(e.respondents, o.respondents, respondents);
    countValue(e.caseNumber, o.caseNumber, numbers, (s) => s.toUpperCase());
    // "other" is no stage claimed.
    countValue(e.stage === "other" ? null : e.stage, o.stage === "other" ? null : o.stage, stages);
    countValue(e.caseType && `${e.caseType}/${e.jurisdiction}`, o.caseType && `${o.caseType}/${o.jurisdiction}`, forums);
    const same = (a: string[], b: string[]) => a.map(partyKey).sort().join("|") === b.map(partyKey).sort().join("|");
    if (
      same(e.complainants, o.complainants) &&
      same(e.respondents, o.respondents) &&
      (e.caseNumber ?? "").toUpperCase() === (o.caseNumber ?? "").toUpperCase() &&
      e.stage === o.stage &&
      e.caseType === o.caseType &&
      e.jurisdiction === o.jurisdiction
    ) {
      exact++;
    }
  }
  for (const c of [complainants, respondents]) {
    parties.tp += c.tp;
    parties.fp += c.fp;
    parties.fn += c.fn;
  }
  return { parties, respondents, complainants, numbers, stages, forums, exact, stageRight, stageTotal };
}

const pct = (n: number, d: number) => (d === 0 ? "—" : `${((100 * n) / d).toFixed(1)}%`);
const pr = (c: Counts) => `P ${pct(c.tp, c.tp + c.fp)} R ${pct(c.tp, c.tp + c.fn)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;

function timePerItemUs(cases: CorpusCase[], extract: (c: CorpusCase) => Observed): number {
  for (const c of cases) extract(c);
  const started = performance.now();
  for (let r = 0; r < ROUNDS; r++) for (const c of cases) extract(c);
  return ((performance.now() - started) * 1000) / (ROUNDS * cases.length);
}

async function loadOld(): Promise<OldItc> {
  const source = execFileSync("git", ["show", `${OLD_REV}:app/ingest/itc337.server.ts`], { cwd: root, encoding: "utf8" });
  const file = path.join(root, "app/ingest", `.bench-old-itc337-${process.pid}.server.ts`);
  fs.writeFileSync(file, source);
  try {
    const mod = (await import(file)) as { extractItc337: OldItc };
    return mod.extractItc337;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

const old = oldExtractorWith(await loadOld());
const groups: [string, CorpusCase[]][] = [
  ["development (all but the held-out quarters)", DEVELOPMENT_CORPUS],
  ["issue 12 development texts", DEVELOPMENT_CORPUS.filter((c) => c.batch === "issue-12-dev")],
  ["issue 12 second-round development texts", DEVELOPMENT_CORPUS.filter((c) => c.batch === "issue-12b-dev")],
  ["issue 12 third-round development texts", DEVELOPMENT_CORPUS.filter((c) => c.batch === "issue-12c-dev")],
  ["earlier corpus (issue 6)", DEVELOPMENT_CORPUS.filter((c) => !c.batch)],
  ...(SCORE_HELD_OUT
    ? ([["issue 12 HELD OUT (scored once)", EXTRACTION_CORPUS.filter((c) => c.batch === "issue-12-held-out")]] as [string, CorpusCase[]][])
    : []),
  ...(SCORE_HELD_OUT_B
    ? ([["issue 12 second round HELD OUT (scored once)", EXTRACTION_CORPUS.filter((c) => c.batch === "issue-12b-held-out")]] as [string, CorpusCase[]][])
    : []),
  ...(SCORE_HELD_OUT_C
    ? ([["issue 12 third round HELD OUT (scored once)", EXTRACTION_CORPUS.filter((c) => c.batch === "issue-12c-held-out")]] as [string, CorpusCase[]][])
    : []),
];

console.log(`extraction benchmark — ${new Date().toISOString()}`);
console.log(`machine: ${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, Node ${process.version}`);
console.log(
  `corpus: ${EXTRACTION_CORPUS.length} texts (${EXTRACTION_CORPUS.filter((c) => c.kind === "real").length} real, ${EXTRACTION_CORPUS.filter((c) => c.kind === "near-miss").length} near misses, ${EXTRACTION_CORPUS.filter((c) => c.kind === "constructed").length} constructed)`,
);
for (const [label, cases] of groups) {
  for (const [name, extract] of [
    [`old (${OLD_REV})`, old],
    ["new", newExtractor],
  ] as const) {
    const s = score(cases, extract);
    console.log(`\n[${label}] ${name}: ${cases.length} texts, ${s.exact} fully right`);
    console.log(`  parties       ${pr(s.parties)}`);
    console.log(`    respondents ${pr(s.respondents)}`);
    console.log(`    complainants ${pr(s.complainants)}`);
    console.log(`  case numbers  ${pr(s.numbers)}`);
    console.log(`  stages        ${pr(s.stages)}; stage accuracy on 337 texts ${pct(s.stageRight, s.stageTotal)} (${s.stageRight}/${s.stageTotal})`);
    console.log(`  forum         ${pr(s.forums)}`);
  }
}
const timed = SCORE_HELD_OUT || SCORE_HELD_OUT_B || SCORE_HELD_OUT_C ? EXTRACTION_CORPUS : DEVELOPMENT_CORPUS;
console.log(
  `\ntime per item over ${timed.length} texts: old ${timePerItemUs(timed, old).toFixed(0)} µs, new ${timePerItemUs(timed, newExtractor).toFixed(0)} µs (mean over ${ROUNDS} rounds)`,
);
