// One parsed feed entry → one RiskItemInput, the validated shape the database layer
// stores. Everything here is derived from the entry and its source; nothing is fetched.
import { z } from "zod";
import { classify } from "./classify.server.ts";
import { extractCaseFacts } from "./case-facts.ts";
import type { RawEntry } from "./parse-feed.server.ts";
import { CASE_TYPE_IDS, INDUSTRY_IDS, IP_TYPE_IDS, STAGE_IDS, type IpTypeId } from "./taxonomy.ts";
import type { SourceKind } from "~/domain/taxonomy.ts";
import { collapseWhitespace, htmlToLines, sha256Hex } from "./text.server.ts";
import { truncate } from "~/domain/truncate.ts";

export const TITLE_MAX_CHARS = 500;
export const SUMMARY_MAX_CHARS = 5000;
const GUID_MAX_CHARS = 2048;
// Clocks and time zones in feeds are sloppy by hours; anything further ahead than this
// is a wrong date, and would otherwise sit on top of every date-sorted list.
const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;
// A title made from the summary when the entry has none.
const DERIVED_TITLE_CHARS = 120;

const httpUrl = z.url({ protocol: /^https?$/ });

export const PartySchema = z.object({
  name: z.string().min(1).max(500),
  location: z.string().max(500).nullable(),
});

export const RiskItemInputSchema = z.object({
  guid: z.string().min(1).max(GUID_MAX_CHARS),
  title: z.string().min(1).max(TITLE_MAX_CHARS),
  summary: z.string().max(SUMMARY_MAX_CHARS),
  link: httpUrl.max(GUID_MAX_CHARS).nullable(),
  publishedAt: z.date(),
  updatedAt: z.date().nullable(),
  language: z.string().min(2).max(35),
  jurisdiction: z.string().min(2).max(16),
  ipTypes: z.array(z.enum(IP_TYPE_IDS)),
  caseType: z.enum(CASE_TYPE_IDS),
  /** "337-TA-1452", "DN 3861", or a US court docket such as "1:26-cv-01234". */
  caseNumber: z.string().min(1).max(100).nullable(),
  stage: z.enum(STAGE_IDS).nullable(),
  complainants: z.array(z.string().min(1).max(500)),
  respondents: z.array(PartySchema),
  patents: z.array(z.string().min(1).max(50)),
  marks: z.array(z.string().min(1).max(200)),
  products: z.array(z.string().min(1).max(500)),
  htsCodes: z.array(z.string().regex(/^\d{4}\.\d{2}(?:\.\d{2,4})?$/)),
  industries: z.array(z.enum(INDUSTRY_IDS)),
  /** Same value for the same case notice from any source; see fingerprintOf. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
});

export type RiskItemInput = z.infer<typeof RiskItemInputSchema>;
export type Party = z.infer<typeof PartySchema>;

export type SourceContext = { id: string | number; kind: SourceKind; jurisdiction: string; language: string };

const LINE_BREAKS_RE = /\n/g;

export type NormaliseResult = { ok: true; item: RiskItemInput } | { ok: false; reason: string };

// Stages that happen once per investigation, so case number + stage names one notice.
// An investigation has many initial determinations (one per terminated respondent, per
// motion) and many other notices; those also need their title to stay apart.
const ONCE_PER_CASE_STAGES = new Set<string>(["complaint-received", "instituted", "final-determination", "exclusion-order"]);

export function normaliseEntry(raw: RawEntry, source: SourceContext, fetchedAt: Date): NormaliseResult {
  const summaryLines = htmlToLines(raw.summaryHtml);
  const contentLines = htmlToLines(raw.contentHtml);
  // The summary keeps its line breaks (one per paragraph, list entry or <br>): a long notice
  // is read as paragraphs. htmlToLines leaves single spaces and single line breaks only.
  const summaryText = summaryLines || contentLines;
  const titleText = collapseWhitespace(raw.title ?? "");
  const rawLink = raw.link && /^https?:\/\//i.test(raw.link) ? raw.link : null;
  // An entry that is only a link still says "something was published here" (feedparser
  // keeps such entries too); it gets a title made from its address.
  if (!titleText && !summaryText && !rawLink) return { ok: false, reason: "entry has neither a title, a summary nor a link" };

  const title = truncate(
    titleText || (summaryText ? truncate(summaryText.replace(LINE_BREAKS_RE, " "), DERIVED_TITLE_CHARS) : titleFromLink(rawLink!)),
    TITLE_MAX_CHARS,
  );
  const summary = truncate(summaryText, SUMMARY_MAX_CHARS);
  // Extraction reads everything the entry says, line structure included; content often
  // carries the full notice where the summary is an abstract.
  const fullText = contentLines && contentLines !== summaryLines ? `${summaryLines}\n${contentLines}` : summaryLines || contentLines;

  const publishedAt = notTooFarAhead(raw.published ?? raw.updated, fetchedAt) ?? fetchedAt;
  const updatedAt = notTooFarAhead(raw.updated, fetchedAt);

  const facts = extractCaseFacts({ title, text: fullText });
  const itc = facts.itc;
  // The case's forum decides its jurisdiction, not the source's: a Chinese report of a
  // US ITC case is a US case. Without a recognisable forum the source's jurisdiction stands.
  const jurisdiction = facts.forum?.jurisdiction ?? source.jurisdiction;
  const classification = classify({
    title,
    summary: fullText,
    sourceKind: source.kind,
    jurisdiction,
    htsCodes: itc.htsCodes,
  });
  // A law-and-rule source publishes rule changes, even when they cite a case's forum.
  const caseType = source.kind === "law" ? classification.caseType : (facts.forum?.caseType ?? classification.caseType);
  // A law change or news item that cites a case is not a notice of that case.
  const caseNumber = source.kind === "law" ? null : facts.caseNumber;
  const stage = caseType === "us-itc-337" ? facts.stage : null;

  const ipTypes = new Set<IpTypeId>(classification.ipTypes);
  if (itc.patents.length) ipTypes.add("patent");
  if (itc.patents.some((p) => p.startsWith("USD"))) ipTypes.add("design");
  if (itc.marks.length) ipTypes.add("trademark");
  if (caseType === "trademark-opposition") ipTypes.add("trademark");

  const products = unique([itc.productTitle, itc.accusedProducts, ...classification.products]);
  const link = rawLink;

  const candidate: RiskItemInput = {
    guid: truncate(raw.id?.trim() || link || `sha256:${sha256Hex(`${title}\n${publishedAt.toISOString()}`)}`, GUID_MAX_CHARS),
    title,
    summary,
    // An unusable link is dropped, not a reason to skip the entry (see below).
    link,
    publishedAt,
    updatedAt,
    language: source.language,
    jurisdiction,
    ipTypes: IP_TYPE_IDS.filter((id) => ipTypes.has(id)),
    caseType,
    caseNumber,
    stage,
    complainants: unique(facts.complainants.map((p) => p.name)),
    respondents: facts.respondents,
    patents: itc.patents,
    marks: itc.marks,
    products,
    htsCodes: itc.htsCodes,
    industries: classification.industries,
    fingerprint: fingerprintOf({ caseNumber, stage, title, publishedAt }),
  };

  let parsed = RiskItemInputSchema.safeParse(candidate);
  // The schema checks the link as httpUrl does (and its length); only when the link is
  // not a usable http(s) URL is the item validated again without it. (Validating the
  // link on its own first would parse every URL twice.)
  if (!parsed.success && link !== null && !httpUrl.safeParse(link).success) {
    parsed = RiskItemInputSchema.safeParse({ ...candidate, link: null });
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `invalid ${issue.path.join(".") || "item"}: ${issue.message}` };
  }
  return { ok: true, item: parsed.data };
}

/**
 * Identifies one case notice whatever source reported it. With a case number and a
 * once-per-case stage it is the number and the stage, so a Chinese news item and the
 * Federal Register notice of the same institution agree; otherwise the normalised title
 * takes part (with the case number, or with the publication day when there is none).
 */
export function fingerprintOf(input: { caseNumber: string | null; stage: string | null; title: string; publishedAt: Date }): string {
  const caseNumber = input.caseNumber?.toUpperCase();
  if (caseNumber && input.stage && ONCE_PER_CASE_STAGES.has(input.stage)) {
    return sha256Hex(`case|${caseNumber}|${input.stage}`);
  }
  if (caseNumber) return sha256Hex(`case|${caseNumber}|${input.stage ?? "none"}|${normaliseTitle(input.title)}`);
  return sha256Hex(`title|${normaliseTitle(input.title)}|${input.publishedAt.toISOString().slice(0, 10)}`);
}

function normaliseTitle(title: string): string {
  // eslint-disable-next-line no-control-regex
  const folded = /[^\x00-\x7f]/.test(title) ? title.normalize("NFKC") : title;
  return folded.toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, "");
}

function notTooFarAhead(date: Date | null | undefined, fetchedAt: Date): Date | null {
  if (!date) return null;
  return date.getTime() - fetchedAt.getTime() > MAX_FUTURE_MS ? fetchedAt : date;
}

function unique(values: (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const t = v?.trim();
    if (!t || seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    out.push(t);
  }
  return out;
}

/** "https://example.com/news/2026/new-337-complaint.html" → "example.com: new 337 complaint". */
export function titleFromLink(link: string): string {
  try {
    const url = new URL(link);
    const host = url.hostname.replace(/^www\./, "");
    const last = url.pathname.split("/").filter(Boolean).pop() ?? "";
    let slug = last;
    try {
      slug = decodeURIComponent(last);
    } catch {
      /* a malformed escape stays as written */
    }
    slug = slug
      .replace(/\.(s?html?|php|aspx?|jsp)$/i, "")
      .replace(/[-_+]+/g, " ")
      .trim();
    return slug && !/^\d+$/.test(slug) ? `${host}: ${slug}` : `${host}${url.pathname === "/" ? "" : url.pathname}`;
  } catch {
    return link;
  }
}
