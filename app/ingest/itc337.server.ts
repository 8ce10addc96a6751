// Facts from US ITC Section 337 notices (Federal Register and USITC wording): the
// investigation or docket number, the stage, the parties with their stated locations,
// the product, HTS codes, asserted patents and marks. Patent, mark and HTS extraction
// is general enough for any case text and is exported for that use too.
//
// The wording these patterns follow is the Commission's boilerplate, e.g.
//   "received a complaint entitled Certain X, DN 3861"
//   "The complaint names as respondents: A Co., Ltd. of Shenzhen, China; B Inc. of ..."
//   "(b) The respondents are the following entities ...:\nA Co., Ltd., <address>"
import { foldChinese } from "./chinese-fold.ts";
import { stageFromTitle } from "./classify.server.ts";
import type { StageId } from "./taxonomy.ts";

export type Party = { name: string; location: string | null };

export type Itc337Facts = {
  /** The text reads as a Section 337 matter (ITC wording or a 337-TA number). */
  isSection337: boolean;
  /** "337-TA-1452" */
  investigationNumber: string | null;
  /** "DN 3861": the docket number a complaint has before institution. */
  docketNumber: string | null;
  stage: StageId | null;
  complainants: Party[];
  respondents: Party[];
  /** The investigation's caption, "Certain Lithium-Ion Battery Cells ... Containing the Same". */
  productTitle: string | null;
  /** The plain-language description of the accused products, when the notice gives one. */
  accusedProducts: string | null;
  htsCodes: string[];
  patents: string[];
  marks: string[];
};

export type Itc337Input = {
  title: string;
  /** Plain text with line breaks kept (see htmlToLines): institution notices list parties one per line. */
  text: string;
};

// "The text reads as a Section 337 matter": the English wording, or "337调查" and the
// like (Traditional characters folded first). Folding changes only CJK characters, so
// the English alternatives are tested on the text as it is, and folding is only done
// for the Chinese ones when the text has CJK characters at all.
const SECTION_337_ASCII_RE =
  /\b337-TA-\d{3,4}\b|\bsection 337\b|\b19 U\.S\.C\.? (?:§\s*)?1337\b|\bTariff Act of 1930\b/i;
const SECTION_337_CJK_RE = /337\s*(?:调查|条款|案)/i;
const HAS_CJK_RE = /[\u3400-\u9fff\uf900-\ufaff]/;

function readsAsSection337(all: string): boolean {
  if (SECTION_337_ASCII_RE.test(all)) return true;
  return all.includes("337") && HAS_CJK_RE.test(all) && SECTION_337_CJK_RE.test(foldChinese(all));
}

export function extractItc337({ title, text }: Itc337Input): Itc337Facts {
  const all = `${title}\n${text}`;
  const isSection337 = readsAsSection337(all);
  const investigationNumber = firstMatch(title, INVESTIGATION_RE) ?? firstMatch(text, INVESTIGATION_RE);
  // Every way of writing a docket number contains "DN" or "Docket".
  const docket = all.includes("DN") || all.includes("Docket") ? DOCKET_RE.exec(all) : null;

  const facts: Itc337Facts = {
    isSection337,
    investigationNumber: investigationNumber ? investigationNumber.toUpperCase() : null,
    docketNumber: docket ? `DN ${docket[1]}` : null,
    stage: null,
    complainants: [],
    respondents: [],
    productTitle: null,
    accusedProducts: null,
    htsCodes: extractHtsCodes(all),
    patents: extractPatentNumbers(all),
    marks: extractMarks(all),
  };
  if (!isSection337) return facts;

  facts.stage = stageFromTitle(title) ?? stageFromText(text) ?? "other";
  facts.productTitle = productTitle(title, text);
  facts.accusedProducts = accusedProducts(text);
  facts.complainants = listedParties(text, COMPLAINANT_LIST_RE) ?? complainantsFromSummary(text);
  facts.respondents = listedParties(text, RESPONDENT_LIST_RE) ?? respondentsFromSummary(text);
  return facts;
}

// ---------------------------------------------------------------------------------------
// Numbers

const INVESTIGATION_RE = /\b337-TA-\d{3,4}\b/i;
// "DN 3861", "Docket No. 3861", "Docket No. DN 3861"; ITC docket numbers are four digits.
const DOCKET_RE = /\b(?:DN|Docket\s+(?:No\.?|Number))\s*(?:DN\s*)?(\d{4})\b/;

function firstMatch(s: string, re: RegExp): string | null {
  return re.exec(s)?.[0] ?? null;
}

// HTS numbers are only trusted near words that announce them; elsewhere "8507.60"
// could be an amount or a section number.
const HTS_CONTEXT_RE =
  /\bHTS(?:US)?\b|Harmonized Tariff Schedule|tariff (?:sub)?headings?|\bsubheadings?\b|海关编码|税号|HS编码|HS code/i;
const HTS_CODE_RE = /(?<![\d.])(\d{4})\.(\d{2})(?:\.(\d{2})(?:\.?(\d{2}))?)?(?![\d])/g;
const HTS_WINDOW_CHARS = 300;
// HTS_CONTEXT_RE without its word boundaries: a match inside any window is a match of
// this somewhere in the text, so a text without one has no codes to find.
const HTS_CONTEXT_ANYWHERE_RE =
  /HTS|Harmonized Tariff Schedule|tariff (?:sub)?heading|subheading|海关编码|税号|HS编码|HS code/i;

export function extractHtsCodes(text: string): string[] {
  const out = new Set<string>();
  if (!HTS_CONTEXT_ANYWHERE_RE.test(text)) return [];
  HTS_CODE_RE.lastIndex = 0;
  for (let m = HTS_CODE_RE.exec(text); m; m = HTS_CODE_RE.exec(text)) {
    const before = text.slice(Math.max(0, m.index - HTS_WINDOW_CHARS), m.index);
    if (!HTS_CONTEXT_RE.test(before)) continue;
    const [, heading, sub, item, stat] = m;
    // The 10-digit statistical form is printed 8507.60.0020; 8507.60.00.20 is the same code.
    out.add(item ? `${heading}.${sub}.${item}${stat ?? ""}` : `${heading}.${sub}`);
  }
  return [...out];
}

// "U.S. Patent No. 10,886,512", "U.S. Patent Nos. 9,876,543; 10,234,567; and 11,000,001",
// "U.S. Patent No. D912,345", "U.S. Patent No. RE48,123". Reported as US10886512, USD912345.
const PATENT_RUN_RE =
  /\bU\.\s?S\.\s+(?:Design\s+)?Patent\s+Nos?\.\s*((?:(?:and|or|,|;|\s)*(?:D|RE|PP)?\s?\d{1,3}(?:,\d{3})+)+)/gi;
const PATENT_NUMBER_RE = /\b(D|RE|PP)?\s?(\d{1,3}(?:,\d{3})+)\b/gi;
const PATENT_CN_RE = /(?:美国)?专利(?:号)?\s*(?:US|U\.S\.)?\s*((?:D|RE)?\d{1,3}(?:,\d{3}){1,2}|(?:D|RE)?\d{6,8})/g;

// Literal words each pattern cannot match without; testing for them is much cheaper than
// running the pattern over a text that lacks them, as most texts do.
const PATENT_WORD_RE = /patent/i;

export function extractPatentNumbers(text: string): string[] {
  const out = new Set<string>();
  PATENT_RUN_RE.lastIndex = 0;
  const english = PATENT_WORD_RE.test(text);
  for (let run = english ? PATENT_RUN_RE.exec(text) : null; run; run = PATENT_RUN_RE.exec(text)) {
    PATENT_NUMBER_RE.lastIndex = 0;
    for (let n = PATENT_NUMBER_RE.exec(run[1]); n; n = PATENT_NUMBER_RE.exec(run[1])) {
      out.add(`US${(n[1] ?? "").toUpperCase()}${n[2].replace(/,/g, "")}`);
    }
  }
  PATENT_CN_RE.lastIndex = 0;
  for (let m = text.includes("专利") ? PATENT_CN_RE.exec(text) : null; m; m = PATENT_CN_RE.exec(text)) {
    out.add(`US${m[1].replace(/[,\s]/g, "").toUpperCase()}`);
  }
  return [...out];
}

// Marks: registration numbers ("U.S. Trademark Registration Nos. 5,123,456 and 5,234,567")
// and quoted words called marks ("the BRIGHTVOLT mark", "the mark “VOLTA”").
const MARK_REG_RUN_RE =
  /\b(?:U\.\s?S\.\s+)?(?:Trademark\s+)?Registration\s+Nos?\.\s*((?:(?:and|or|,|;|\s)*\d{1,2}(?:,\d{3}){2})+)/gi;
const QUOTED_MARK_RE =
  /(?:(?:trademarks?|marks?)\s+["“']([^"”'\n]{1,40})["”']|["“']([^"”'\n]{1,40})["”']\s+(?:word\s+|design\s+|registered\s+)?(?:trademarks?|marks?)\b)/gi;
const CAPS_MARK_RE =
  /\bthe\s+([A-Z][A-Z0-9&-]{2,30}(?:\s+[A-Z][A-Z0-9&-]{1,30}){0,2})\s+(?:word\s+|design\s+|registered\s+)?(?:trademarks?|marks?)\b/g;

const REGISTRATION_WORD_RE = /registration/i;
const MARK_WORD_RE = /mark/i;

export function extractMarks(text: string): string[] {
  const out = new Set<string>();
  MARK_REG_RUN_RE.lastIndex = 0;
  const registration = REGISTRATION_WORD_RE.test(text);
  for (let run = registration ? MARK_REG_RUN_RE.exec(text) : null; run; run = MARK_REG_RUN_RE.exec(text)) {
    for (const n of run[1].match(/\d{1,2}(?:,\d{3}){2}/g) ?? []) out.add(`U.S. Reg. No. ${n}`);
  }
  // Both mark patterns need the word "mark" ("trademark", "marks", ...).
  if (!MARK_WORD_RE.test(text)) return [...out];
  QUOTED_MARK_RE.lastIndex = 0;
  for (let m = QUOTED_MARK_RE.exec(text); m; m = QUOTED_MARK_RE.exec(text)) {
    const mark = (m[1] ?? m[2]).trim();
    // A quoted patent short name ('512 patent) is not a mark.
    if (mark && !/^'?\d/.test(mark)) out.add(mark);
  }
  CAPS_MARK_RE.lastIndex = 0;
  for (let m = CAPS_MARK_RE.exec(text); m; m = CAPS_MARK_RE.exec(text)) out.add(m[1]);
  return [...out];
}

// ---------------------------------------------------------------------------------------
// Stage and product

function stageFromText(text: string): StageId | null {
  if (/has received a complaint entitled|Notice of Receipt of Complaint/i.test(text)) return "complaint-received";
  if (/investigation be instituted|Institution of Investigation|hereby instituted/i.test(text)) return "instituted";
  return null;
}

function productTitle(title: string, text: string): string | null {
  const caption = /^\s*(Certain\b[^;]{3,300}?)\s*(?:;|$)/.exec(title);
  if (caption) return caption[1].trim();
  const entitled = /complaint entitled\s+(Certain\b[\s\S]{3,300}?)(?:,\s*(?:DN|Docket)\b|;|\.\s)/i.exec(text);
  return entitled ? collapse(entitled[1]) : null;
}

function accusedProducts(text: string): string | null {
  const m = /plain language description of the accused products[\s\S]{0,200}?\bis\s*[“"]([^”"]{3,500})[”"]/i.exec(text);
  return m ? collapse(m[1]) : null;
}

// ---------------------------------------------------------------------------------------
// Parties

// Company-form suffixes that end a name. A name is most reliably cut right after one.
const SUFFIX = String.raw`(?:Co\.,?\s*Ltd\.?|Co\.,?\s*Limited|Company,?\s+Limited|Company|Limited|Ltd\.?|Inc\.?|Incorporated|L\.?L\.?C\.?|Corp\.?|Corporation|GmbH(?:\s*&\s*Co\.\s*KG)?|AG|KG|S\.A\.(?:S\.)?|S\.p\.A\.|S\.r\.l\.|B\.V\.|N\.V\.|PLC|plc|Pty\.?\s+Ltd\.?|K\.K\.|L\.?P\.|LLP|SAS|SARL|Oy|AB|A/S|Sp\.\s*z\s*o\.o\.|JSC|Pte\.?\s+Ltd\.?)`;

const NAME_THEN_OF_RE = new RegExp(String.raw`^(.*?,?\s${SUFFIX})\s+of\s+(.+)$`);
const NAME_THEN_ADDRESS_RE = new RegExp(String.raw`^(.*?,?\s${SUFFIX}),\s*(.+)$`);

const COMPLAINANT_LIST_RE = /\(a\)\s*The complainants? (?:is|are):?\s*\n([\s\S]*?)(?:\n\s*\(b\)|$)/i;
const RESPONDENT_LIST_RE =
  /\(b\)\s*The respondents? (?:is|are)[^\n:]*?(?:served|following entit(?:y|ies)[^\n:]*)?:\s*\n([\s\S]*?)(?:\n\s*\((?:c|d)\)|$)/i;

/** Parties from an institution notice's "(a) The complainant is:" / "(b) The respondents are:" lists. */
function listedParties(text: string, re: RegExp): Party[] | null {
  const block = re.exec(text)?.[1];
  if (!block) return null;
  const parties = block
    .split("\n")
    .map((line) => collapse(line))
    .filter((line) => line.length > 2)
    .map((line) => {
      const m = NAME_THEN_ADDRESS_RE.exec(line);
      if (m) return { name: cleanName(m[1]), location: cleanLocation(m[2]) };
      const comma = line.indexOf(",");
      return comma > 0
        ? { name: cleanName(line.slice(0, comma)), location: cleanLocation(line.slice(comma + 1)) }
        : { name: cleanName(line), location: null };
    });
  return parties.length ? parties : null;
}

/** "The complaint names as respondents: A of X; B of Y; and C of Z." */
function respondentsFromSummary(text: string): Party[] {
  const list = respondentList(text);
  return list === null ? [] : splitPartyList(cutAtSentenceEnd(list));
}

const RESPONDENT_LIST_INTRO_RE = /\bnames? as (?:the )?(?:proposed )?respondents?:?\s*/i;
const RESPONDENT_SUMMARY_RE = /\bnames? as (?:the )?(?:proposed )?respondents?:?\s*([\s\S]{3,3000})/i;

/**
 * What RESPONDENT_SUMMARY_RE captures: up to 3,000 characters after the introduction.
 * The regex itself steps through those characters one at a time; when at least three
 * follow the introduction (so its greedy first choice succeeds), the capture is simply
 * the next 3,000, and the regex only runs for the other, rare case.
 */
function respondentList(text: string): string | null {
  const intro = RESPONDENT_LIST_INTRO_RE.exec(text);
  if (!intro) return null;
  const start = intro.index + intro[0].length;
  if (text.length - start >= 3) return text.slice(start, start + 3000);
  return RESPONDENT_SUMMARY_RE.exec(text)?.[1] ?? null;
}

/** "filed on behalf of A Inc. of Austin, Texas and B LLC of Wilmington, Delaware on October 2, 2026." */
function complainantsFromSummary(text: string): Party[] {
  const m = /\bon behalf of\s+([\s\S]{3,1000}?)(?:\s+on\s+(?:[A-Z][a-z]+\s+\d{1,2},\s+\d{4})|\.\s+[A-Z]|\.?\s*$)/.exec(
    text
  );
  if (!m) return [];
  return splitPartyList(m[1]);
}

// The last party's location runs until the sentence ends; locations rarely contain a
// period except in abbreviations like "D.C." or "St. Louis".
const SENTENCE_END_RE = /\.(?=\s+[A-Z(]|\s*\n|\s*$)/g;
const ABBREVIATION_BEFORE_RE = new RegExp(String.raw`(?:${SUFFIX}|\b[A-Z]|\bSt|\bMt|\bFt|\bNo|\bD\.C)$`);

function cutAtSentenceEnd(s: string): string {
  SENTENCE_END_RE.lastIndex = 0;
  for (let m = SENTENCE_END_RE.exec(s); m; m = SENTENCE_END_RE.exec(s)) {
    if (ABBREVIATION_BEFORE_RE.test(s.slice(Math.max(0, m.index - 12), m.index))) continue;
    return s.slice(0, m.index);
  }
  return s;
}

function splitPartyList(list: string): Party[] {
  const segments = collapse(list)
    .split(/;\s*/)
    .flatMap((segment) => splitOnAnd(segment.replace(/^(?:and|&)\s+/i, "")));
  return segments.map(partyFromOfPhrase).filter((p): p is Party => p !== null);
}

// "A Inc. of Austin, Texas and B LLC of Wilmington, Delaware": split on "and" only
// where it follows a location or a company suffix, never inside a name like "Black and Decker".
const AND_RE = /\s+and\s+(?=[A-Z])/g;
const SPLITS_BEFORE_AND_RE = new RegExp(
  String.raw`(?:${SUFFIX}|,\s[A-Z][A-Za-z]+|\b(?:China|Taiwan|Japan|Korea|Hong Kong|Vietnam|India|Germany))$`
);

function splitOnAnd(segment: string): string[] {
  const parts: string[] = [];
  let last = 0;
  AND_RE.lastIndex = 0;
  for (let m = AND_RE.exec(segment); m; m = AND_RE.exec(segment)) {
    if (!SPLITS_BEFORE_AND_RE.test(segment.slice(Math.max(last, m.index - 40), m.index))) continue;
    parts.push(segment.slice(last, m.index));
    last = m.index + m[0].length;
  }
  parts.push(segment.slice(last));
  return parts.map((p) => p.trim()).filter(Boolean);
}

function partyFromOfPhrase(phrase: string): Party | null {
  // A trailing period may belong to "Ltd." or "Inc.", so only separators are trimmed here.
  const text = phrase.trim().replace(/[;,]+$/, "");
  if (!text) return null;
  const bySuffix = NAME_THEN_OF_RE.exec(text);
  if (bySuffix) return { name: cleanName(bySuffix[1]), location: cleanLocation(bySuffix[2]) };
  // No company suffix: the location is the last " of ..." that reads like "City, Region".
  const ofs = [...text.matchAll(/\s+of\s+/g)];
  for (let i = ofs.length - 1; i >= 0; i--) {
    const at = ofs[i].index!;
    const rest = text.slice(at + ofs[i][0].length);
    if (/^[A-Z][^,;]*,\s*\S/.test(rest)) return { name: cleanName(text.slice(0, at)), location: cleanLocation(rest) };
  }
  return { name: cleanName(text), location: null };
}

function cleanName(s: string): string {
  return collapse(s)
    .replace(/^(?:and|&)\s+/i, "")
    .replace(/[,;:]+$/, "");
}

function cleanLocation(s: string): string | null {
  const t = collapse(s).replace(/[.;,]+$/, "");
  return t || null;
}

// Whitespace other than single inner spaces: any other whitespace character, two
// spaces in a row (checked below: a space at either end).
const NEEDS_COLLAPSE_RE = /[^\S ]| {2}/;

function collapse(s: string): string {
  const needed = s.charCodeAt(0) === 32 || s.charCodeAt(s.length - 1) === 32 || NEEDS_COLLAPSE_RE.test(s);
  return needed ? s.replace(/\s+/g, " ").trim() : s;
}
