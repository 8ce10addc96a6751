// Facts from US ITC Section 337 notices (Federal Register and USITC wording): the
// investigation or docket number, the stage, the parties with their stated locations,
// the product, HTS codes, asserted patents and marks. Patent, mark and HTS extraction
// is general enough for any case text and is exported for that use too.
//
// The wording these patterns follow is the Commission's boilerplate, e.g.
//   "received a complaint entitled Certain X, DN 3861"
//   "The complaint names as respondents: A Co., Ltd. of Shenzhen, China; B Inc. of ..."
//   "(b) The respondents are the following entities ...:\nA Co., Ltd., <address>"
import { stageFromTitle } from "./classify.server.ts";
import type { StageId } from "./taxonomy.ts";

import { extractParties, foldChineseOnce, type Party } from "./parties.ts";

export type { Party };

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
  /** Dates and periods the notice states (target date, comment and response periods). */
  deadlines: Deadline[];
  htsCodes: string[];
  patents: string[];
  marks: string[];
};

export type Deadline = {
  kind: "target-date" | "public-interest-comments" | "written-submissions" | "response-to-complaint";
  /** ISO date when the notice gives one. */
  date: string | null;
  /** A period in days when the notice gives one instead ("eight calendar days after publication"). */
  days: number | null;
  /** The words the deadline was read from. */
  text: string;
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
// "Tariff Act of 1930" alone is not enough: Title VII (antidumping, countervailing) is in
// the same Act, and its notices cite it as often as 337 notices do.
const SECTION_337_ASCII_RE = /\b337[-–—]TA[-–—]\d{3,4}\b|\bsection 337\b|\b19 U\.S\.C\.? (?:§\s*)?1337\b/i;
const TARIFF_ACT_RE = /\bTariff Act of 1930\b/i;
const SECTION_337_CJK_RE = /337\s*(?:调查|条款|案)/i;
const HAS_CJK_RE = /[\u3400-\u9fff\uf900-\ufaff]/;

// The substance of a 337 complaint without the boilerplate: the Commission, a complaint,
// and a docket number. Title VII trade-remedy matters (antidumping, countervailing) come
// by petition and carry 701-/731-TA numbers, never a DN.
const COMMISSION_RE = /\b(?:International Trade Commission|USITC|the Commission|ITC)\b|国际贸易委员会|國際貿易委員會/;
const COMPLAINT_RE = /\bcomplaint\b|申请|申請|起诉|投诉/i;
const EXCLUSION_ORDER_RE = /\b(?:limited|general) exclusion order\b|\bcease and desist orders?\b/i;
const TITLE_VII_RE = /\b(?:701|731)-TA-\d|\bantidumping\b|\banti-dumping\b|\bcountervailing\b|反倾销|反补贴/i;

function readsAsSection337(all: string, docket: boolean): boolean {
  if (SECTION_337_ASCII_RE.test(all)) return true;
  // Exclusion and cease-and-desist orders are the Commission's 337 remedies.
  if (EXCLUSION_ORDER_RE.test(all) && /\bCommission\b|国际贸易委员会/.test(all) && !TITLE_VII_RE.test(all)) return true;
  if (TARIFF_ACT_RE.test(all) && !TITLE_VII_RE.test(all)) return true;
  if (docket && COMMISSION_RE.test(all) && COMPLAINT_RE.test(all) && !TITLE_VII_RE.test(all)) return true;
  return all.includes("337") && HAS_CJK_RE.test(all) && SECTION_337_CJK_RE.test(foldChineseOnce(all));
}

export function extractItc337({ title, text }: Itc337Input): Itc337Facts {
  const all = `${title}\n${text}`;
  const investigationNumber = investigationNumberIn(title) ?? investigationNumberIn(text);
  // Every way of writing a docket number contains "DN" or "Docket".
  const docket = all.includes("DN") || all.includes("Docket") ? DOCKET_RE.exec(all) : null;
  const isSection337 = readsAsSection337(all, docket !== null);

  const facts: Itc337Facts = {
    isSection337,
    investigationNumber: investigationNumber ? investigationNumber.toUpperCase().replace(/[–—]/g, "-") : null,
    docketNumber: docket ? `DN ${docket[1]}` : null,
    stage: null,
    complainants: [],
    respondents: [],
    productTitle: null,
    accusedProducts: null,
    htsCodes: extractHtsCodes(all),
    patents: extractPatentNumbers(all),
    marks: extractMarks(all),
    deadlines: [],
  };
  if (!isSection337) return facts;

  facts.stage = stageOf(title, text);
  facts.productTitle = productTitle(title, text);
  facts.accusedProducts = accusedProducts(text);
  facts.deadlines = extractDeadlines(text);
  const parties = extractParties(title, text);
  facts.complainants = parties.complainants;
  facts.respondents = parties.respondents;
  return facts;
}

// ---------------------------------------------------------------------------------------
// Numbers

// Printed notices (PDF text) often use en dashes: "337–TA–842".
const INVESTIGATION_RE = /\b337[-–—]TA[-–—]\d{3,4}\b/i;
// "DN 3861", "Docket No. 3861", "Docket No. DN 3861"; ITC docket numbers are four digits.
const DOCKET_RE = /\b(?:DN|Docket\s+(?:No\.?|Number))\s*(?:No\.?\s*)?(?:DN\s*)?[(“"]?(\d{4})\b/;

function firstMatch(s: string, re: RegExp): string | null {
  return re.exec(s)?.[0] ?? null;
}

const INVESTIGATION_ALL_RE = new RegExp(INVESTIGATION_RE.source, "gi");
/**
 * The first 337-TA number, unless it is written with a leading zero ("337-TA-080" in a release
 * header, a typo: investigations are numbered from 1) and the text gives another.
 */
function investigationNumberIn(s: string): string | null {
  const first = firstMatch(s, INVESTIGATION_RE);
  if (!first || !/-0\d+$/.test(first)) return first;
  INVESTIGATION_ALL_RE.lastIndex = 0;
  let n = 0;
  for (let m = INVESTIGATION_ALL_RE.exec(s); m && n < 50; m = INVESTIGATION_ALL_RE.exec(s), n++) if (!/-0\d+$/.test(m[0])) return m[0];
  return first;
}

// HTS numbers are only trusted near words that announce them; elsewhere "8507.60"
// could be an amount or a section number.
const HTS_CONTEXT_RE = /\bHTS(?:US)?\b|Harmonized Tariff Schedule|tariff (?:sub)?headings?|\bsubheadings?\b|海关编码|税号|HS编码|HS code/i;
const HTS_CODE_RE = /(?<![\d.])(\d{4})\.(\d{2})(?:\.(\d{2})(?:\.?(\d{2}))?)?(?![\d])/g;
const HTS_WINDOW_CHARS = 300;
// HTS_CONTEXT_RE without its word boundaries: a match inside any window is a match of
// this somewhere in the text, so a text without one has no codes to find.
const HTS_CONTEXT_ANYWHERE_RE = /HTS|Harmonized Tariff Schedule|tariff (?:sub)?heading|subheading|海关编码|税号|HS编码|HS code/i;

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
const PATENT_RUN_RE = /\bU\.\s?S\.\s+(?:Design\s+)?Patent\s+Nos?\.\s*((?:(?:and|or|,|;|\s)*(?:D|RE|PP)?\s?\d{1,3}(?:,\d{3})+)+)/gi;
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
const MARK_REG_RUN_RE = /\b(?:U\.\s?S\.\s+)?(?:Trademark\s+)?Registration\s+Nos?\.\s*((?:(?:and|or|,|;|\s)*\d{1,2}(?:,\d{3}){2})+)/gi;
const QUOTED_MARK_RE =
  /(?:(?:trademarks?|marks?)\s+["“']([^"”'\n]{1,40})["”']|["“']([^"”'\n]{1,40})["”']\s+(?:word\s+|design\s+|registered\s+)?(?:trademarks?|marks?)\b)/gi;
const CAPS_MARK_RE = /\bthe\s+([A-Z][A-Z0-9&-]{2,30}(?:\s+[A-Z][A-Z0-9&-]{1,30}){0,2})\s+(?:word\s+|design\s+|registered\s+)?(?:trademarks?|marks?)\b/g;

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

// Stage rules in precedence order, each tried on the title and then on the text. Text
// rules need the Commission's own act ("has issued", "voted to institute"): notices
// mention later stages as requests ("requests … a general exclusion order") and news
// releases explain the whole procedure ("The ALJ will make an initial determination").
const PARTIAL_TERMINATION_RE = /terminat\w*\s+(?:the\s+)?(?:investigation\s+)?(?:in part\s+)?(?:as to|with respect to)\b|部分终止/i;
const STAGE_TEXT_RULES: [StageId, RegExp][] = [
  [
    "exclusion-order",
    /\b(?:issues|issued|concluded (?:that )?a) GEO\b|\b(?:has|have) (?:issued|determined to issue|entered) (?:a |an )?(?:general |limited )?exclusion order|\bissuance of (?:a |an )?(?:general |limited )?exclusion order\b(?! in)|(?<!(?:请求|要求|申请|请|主张)[^。]{0,30})(?:发布|颁布|签发)了?(?:普遍|有限)?排除令(?!。?请求)/i,
  ],
  [
    "terminated",
    /\b(?:the )?investigation is (?:hereby )?terminated\b|(?<!motion to |moved to |move to )\bterminat(?:e|ed|ing) the investigation(?: in its entirety)?(?! as to| with respect to| in part)\b|终止(?:了)?(?:本案|该案)?(?:337)?调查/i,
  ],
  [
    "final-determination",
    /\bCommission (?:has )?(?:found|determined that there is) (?:a |no )?violation\b|\bfinal determination (?:of|finding) (?:a |no )?(?:section 337 )?violation|作出[^。]{0,20}终裁/i,
  ],
  [
    "initial-determination",
    /\b(?:not to review|to review) (?:an |the )?(?:initial determination|ID)\b|\bfound in default\b|\bin default\b|作出[^。]{0,20}初裁|缺席被告/i,
  ],
  [
    "instituted",
    /\bvoted to institute\b|\bInstitutes (?:a )?(?:Section 337 )?Investigat|\bhas identified (?:the following|[A-Z][^.]{2,200}? as the respondent)|\bNotice of Investigation\b|\bhereby instituted\b|\bInstitution of (?:an )?Investigation\b|\binvestigation be instituted\b|\bhas instituted\b|\bBy instituting this investigation\b|投票决定[^。]{0,80}(?:启动|发起|開展|开展)|(?:正式|决定|宣布)[^。]{0,200}?(?:启动|发起)\s*[“"]?\s*337\s*调查|337调查编[码号]/i,
  ],
  [
    "complaint-received",
    /\b(?:has )?received a complaint\b|\bReceipt of Complaint\b|\bcomplaint was filed\b|(?:提出|提交|提起)[^。]{0,40}(?:337)?[^。]{0,6}申请|申请337调查|337调查申请/i,
  ],
];

function stageByRules(s: string): StageId | null {
  if (!s) return null;
  const folded = HAS_CJK_RE.test(s) ? foldChineseOnce(s) : s;
  for (const [stage, re] of STAGE_TEXT_RULES) {
    if (stage === "terminated" && PARTIAL_TERMINATION_RE.test(folded) && !/in its entirety|investigation is terminated/i.test(folded)) {
      continue;
    }
    if (re.test(folded)) return stage;
  }
  return null;
}

// An order taken back is the case's end, whatever order the title names.
const RESCISSION_RE =
  /\b(?:permanent(?:ly)?\s+)?rescission of (?:a |an |the )?(?:limited |general )?(?:exclusion order|LEO|GEO)|\b(?:permanently )?rescind(?:ed|s)? (?:the )?(?:Commission's )?(?:limited |general )?(?:exclusion order|LEO|GEO)|撤销(?:普遍|有限)?排除令/i;

function stageOf(title: string, text: string): StageId {
  if (RESCISSION_RE.test(title) || RESCISSION_RE.test(text)) return "terminated";
  const fromTitle = stageFromTitle(title);
  // A title names the notice's act; "Terminating the Investigation as to One Respondent"
  // is an initial determination in a running case, not the case's end.
  if (
    fromTitle === "terminated" &&
    PARTIAL_TERMINATION_RE.test(title) &&
    !/Termination of the Investigation\b|terminates the investigation|investigation is (?:hereby )?terminated/i.test(`${title}\n${text}`)
  ) {
    return "initial-determination";
  }
  return fromTitle ?? stageByRules(title) ?? stageByRules(text) ?? "other";
}

// ---------------------------------------------------------------------------------------
// Deadlines the notice states

const MONTH_DATE = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),\s+(\d{4})`;
const NUMBER_WORDS: Record<string, number> = {
  five: 5,
  seven: 7,
  eight: 8,
  ten: 10,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  "forty-five": 45,
  sixty: 60,
};
const DEADLINE_RULES: { kind: Deadline["kind"]; re: RegExp }[] = [
  { kind: "target-date", re: new RegExp(String.raw`\btarget date\b[^.;]{0,80}?\b(?:is|of|to)\s+${MONTH_DATE}`, "i") },
  {
    kind: "public-interest-comments",
    re: /\b(?:submissions?|comments?)\s+(?:must|should|are to)\s+be\s+filed\s+no\s+later\s+than[^.]{0,40}?\b(\w+(?:-\w+)?|\d{1,3})\s+(?:\(\d+\)\s+)?calendar\s+days\s+after\s+the\s+date\s+of\s+publication/i,
  },
  {
    kind: "written-submissions",
    re: new RegExp(
      String.raw`\b(?:written\s+submissions?|initial\s+submissions?)[^.]{0,120}?\b(?:on or before|no later than|by)\s+(?:the close of business on\s+)?${MONTH_DATE}`,
      "i",
    ),
  },
  {
    kind: "response-to-complaint",
    re: /\bresponses?\s+to\s+the\s+complaint[^.]{0,120}?\bwithin\s+(\w+(?:-\w+)?|\d{1,3})\s+(?:\(\d+\)\s+)?days\s+after\s+(?:the\s+)?(?:date\s+of\s+)?service/i,
  },
];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function extractDeadlines(text: string): Deadline[] {
  // Each rule's first literal ("target date", "submission", "response") is rare; skip the
  // patterns entirely on texts without them.
  if (!/target date|submission|comments|respon/i.test(text)) return [];
  const out: Deadline[] = [];
  for (const { kind, re } of DEADLINE_RULES) {
    const m = re.exec(text);
    if (!m) continue;
    if (m.length >= 4 && MONTHS.includes(m[m.length - 3] ?? "")) {
      const [month, day, year] = m.slice(-3);
      const iso = `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, "0")}-${day.padStart(2, "0")}`;
      out.push({ kind, date: iso, days: null, text: collapse(m[0]) });
    } else {
      const word = m[1].toLowerCase();
      const days = /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word] ?? null);
      if (days !== null) out.push({ kind, date: null, days, text: collapse(m[0]) });
    }
  }
  return out;
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

// Whitespace other than single inner spaces: any other whitespace character, two
// spaces in a row (checked below: a space at either end).
const NEEDS_COLLAPSE_RE = /[^\S ]| {2}/;

function collapse(s: string): string {
  const needed = s.charCodeAt(0) === 32 || s.charCodeAt(s.length - 1) === 32 || NEEDS_COLLAPSE_RE.test(s);
  return needed ? s.replace(/\s+/g, " ").trim() : s;
}
