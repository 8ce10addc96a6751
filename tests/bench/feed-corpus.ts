// Feed robustness on a public corpus: the ~2,100 test documents of the Universal Feed Parser
// (Python, kurtmckee/feedparser, tests/{wellformed,illformed,encoding,entities}). Not part of
// the repository: extract it and point this script at it, e.g.
//   git -C <feedparser clone> archive HEAD tests | tar -x -C /tmp/fp
//   npx tsx tests/bench/feed-corpus.ts /tmp/fp/tests [--failures]
// Prints how many documents our pipeline (decode → parse) reads without giving up, next to bare
// rss-parser (the baseline) in the same run, and how many of the corpus's checkable title/link
// expectations ("Expect: … feed['title'] == '…'" and the like, for feed and first entry) agree
// with ours in plain text.
import fs from "node:fs";
import path from "node:path";
import RssParser from "rss-parser";
import { processFeedBytes } from "~/ingest/pipeline.server.ts";
import { collapseWhitespace, htmlToText } from "~/ingest/text.server.ts";

const dir = process.argv[2];
const showFailures = process.argv.includes("--failures");
if (!dir || !fs.existsSync(dir)) {
  console.error("usage: tsx tests/bench/feed-corpus.ts <feedparser tests dir> [--failures]");
  process.exit(2);
}

function* walk(d: string): Generator<string> {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.name.endsWith(".xml")) yield p;
  }
}

/** A Python string literal ('…', u'…', "…") as a JS string. */
function pyString(lit: string): string {
  const quote = lit.replace(/^u/, "")[0];
  const body = lit.replace(/^u/, "").slice(1, -1);
  return body
    .replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e: string) => {
      if (e[0] === "x" || e[0] === "u" || e[0] === "U") return String.fromCodePoint(parseInt(e.slice(1), 16));
      return ({ n: "\n", t: "\t", r: "\r", "\\": "\\", "'": "'", '"': '"' } as Record<string, string>)[e] ?? e;
    })
    .replace(quote === "'" ? /\\'/g : /\\"/g, quote);
}

type Check = { target: "feed" | "entry"; field: "title" | "link"; expected: string };

const CHECK_RE = /^(?:(?:not )?bozo and )?(feed|entries\[0\])\[u?'(title|link)'\]\s*==\s*(u?'(?:[^'\\]|\\.)*'|u?"(?:[^"\\]|\\.)*")\s*$/;

function checkOf(text: string): Check | null {
  const m = /^Expect:\s*(.*)$/m.exec(text);
  const expr = m?.[1].trim();
  const c = expr ? CHECK_RE.exec(expr) : null;
  if (!c) return null;
  return { target: c[1] === "feed" ? "feed" : "entry", field: c[2] as "title" | "link", expected: pyString(c[3]) };
}

function headers(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^Header:\s*([\w-]+):\s*(.*)$/gm)) out[m[1].toLowerCase()] = m[2].trim();
  return out;
}

const plain = (s: string | null | undefined) => collapseWhitespace(htmlToText(s ?? ""));

type Ours = { title: string | null; link: string | null; entries: { title: string | null; link: string | null }[] };

// The whole pipeline up to storage: decode, parse and normalise (an entry normalisation
// drops does not count as read).
async function ours(bytes: Buffer, h: Record<string, string>): Promise<Ours> {
  const feed = await processFeedBytes({
    bytes,
    contentType: h["content-type"],
    feedUrl: h["content-location"] ?? "http://example.test/feed.xml",
    source: { id: "corpus", kind: "news", jurisdiction: "US", language: "en" },
    fetchedAt: new Date(),
  });
  return { title: feed.title, link: feed.link, entries: feed.items.map((i) => ({ title: i.title, link: i.link ?? null })) };
}

const bare = new RssParser();
let files = 0;
let oursOk = 0;
let bareOk = 0;
let checks = 0;
let agree = 0;
const failures: string[] = [];
const disagreements: string[] = [];
for (const file of walk(dir)) {
  files++;
  const bytes = fs.readFileSync(file);
  const latin = bytes.toString("latin1");
  const h = headers(latin);
  const check = checkOf(bytes.toString("utf8"));
  try {
    await bare.parseString(bytes.toString("utf8"));
    bareOk++;
  } catch {
    /* the baseline's failures are only counted */
  }
  let feed: Ours | null = null;
  try {
    feed = await ours(bytes, h);
    oursOk++;
  } catch (error) {
    failures.push(`${path.relative(dir, file)}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!check) continue;
  checks++;
  const got = check.target === "feed" ? feed?.[check.field] : feed?.entries[0]?.[check.field];
  // Ours is plain text already; the corpus gives HTML (escaped or not), read as text.
  const ok = check.field === "link" ? (got ?? "") === check.expected : collapseWhitespace(got ?? "") === plain(check.expected);
  if (ok) agree++;
  else
    disagreements.push(
      `${path.relative(dir, file)}: ${check.target}.${check.field} expected ${JSON.stringify(check.expected)} got ${JSON.stringify(got ?? null)}`,
    );
}

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
console.log(`documents: ${files}`);
console.log(`read by our pipeline: ${oursOk} (${pct(oursOk, files)}); bare rss-parser: ${bareOk} (${pct(bareOk, files)})`);
console.log(`checkable title/link expectations: ${checks}; agree in plain text: ${agree} (${pct(agree, checks)})`);
if (showFailures) {
  console.log("\nnot read:\n" + failures.join("\n"));
  console.log("\ndisagreements:\n" + disagreements.join("\n"));
}
