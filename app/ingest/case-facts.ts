// The facts of the case an item reports, whoever reports it: the forum (case type and
// jurisdiction) comes from the case, not from the source, so a Chinese news item about a
// US ITC investigation is a US 337 case, and a Chinese report of a Schedule A suit is a
// US court case. Pure: no database, no network.
import { extractItc337, type Itc337Facts } from "./itc337.server.ts";
import { extractParties, type Caption, type Party } from "./parties.ts";
import type { CaseTypeId, StageId } from "./taxonomy.ts";

export type Forum = { caseType: CaseTypeId; jurisdiction: string };

export type CaseFacts = {
  /** Null when the text does not say which forum its case is in. */
  forum: Forum | null;
  /** "337-TA-1452", "DN 3861", or a US court docket such as "1:26-cv-01234". */
  caseNumber: string | null;
  stage: StageId | null;
  complainants: Party[];
  respondents: Party[];
  /** True for a "Schedule A" suit: the defendants are sealed, the plaintiff and rights are known. */
  scheduleA: boolean;
  itc: Itc337Facts;
  /**
   * Where the extraction is unsure and a person should look (DESIGN.md §2.7): a count the
   * text announces but the parties found fall short of, a party phrase found but not parsed,
   * a 337 notice naming no respondent. Stored on the item; staff review them in a queue.
   */
  doubts: ExtractionDoubt[];
};

export type ExtractionDoubt = {
  kind: "count-shortfall" | "unparsed-party-phrase" | "no-respondent";
  /** Which side of the case the doubt concerns. */
  side?: "respondents" | "complainants";
  /** count-shortfall: the number the text announces ("the following 12 respondents", "等9家"). */
  announced?: number;
  /** count-shortfall: how many parties were extracted on that side. */
  found?: number;
  /** The words that raised the doubt, to highlight for the reviewer. */
  phrase?: string;
  /** Offsets of `phrase` in `${title}\n${text}` when known. */
  start?: number;
  end?: number;
};

// A US federal docket as courts print it: "1:26-cv-01234", "6:20-CV-00967", "2:21-cv-260-JRG".
// A page may break the docket after its hyphen ("2:18- cv-00194-JRG"); the space is dropped.
const COURT_DOCKET_RE = /\b(?:\d:)?\d{2}-\s?cv-\d{3,5}(?:-[A-Z]{2,4})*\b/i;
const SCHEDULE_A_RE = /Schedule\s*["“”']?\s*A\b|附表\s*A|Schedule\s*A案/i;
const SCHEDULE_A_CONTEXT_RE =
  /\bDefendants?\b|\bPlaintiff|\bTRO\b|temporary restraining order|District Court|Identified on|被告|原告|临时限制令|臨時限制令|冻结|凍結|法院|\d:\d{2}-cv-/i;
const US_COURT_RE =
  /\bUnited States District Court\b|\bU\.S\. District Court\b|\bUNITED STATES DISTRICT COURT\b|\bLanham Act\b|\bFed\. ?R\. Civ\. ?P\.|\bFederal Rules? of Civil Procedure\b|\b(?:Northern|Southern|Eastern|Western|Central|Middle) District of [A-Z][a-z]+|\bDistrict of (?:Delaware|New Jersey|Massachusetts|Columbia)\b|\b[NSEWC]\.D\. (?:Ill|Tex|Cal|N\.Y|Fla|Ga|Ohio)\b|\bD\. Del\.|\b28 U\.S\.C\.|\bDeclaratory Judgment Act\b|美国[^。]{0,20}(?:联邦)?(?:地区|地方)?法院|美國[^。]{0,20}(?:聯邦)?(?:地區|地方)?法院|联邦地区法院|聯邦地區法院|伊利诺伊|伊利諾伊|德克萨斯|德州东区|加州中区/;
const EU_CUSTOMS_RE =
  /\b608\/2013\b|\bEU customs\b|\bcustoms authorities of (?:the )?(?:Netherlands|Germany|France|Belgium|Italy|Spain|Poland)\b|\b(?:German|Austrian|Dutch|Belgian|French|Italian|Spanish|Polish) customs\b|\bcustoms (?:\w+ )?(?:in|from|at) (?:Hamburg|Bremen|Dortmund|Dresden|Frankfurt|Munich|Cologne|Leipzig|Nuremberg|Vienna|Rotterdam|Antwerp|Amsterdam|Le Havre|Marseille|Genoa|Milan|Barcelona|Valencia|Gdansk|Austria|Germany|Netherlands|Belgium|France|Italy|Spain|Poland)\b|(?:欧盟|歐盟|德国|德國|荷兰|荷蘭|法国|法國|比利时|意大利|西班牙|波兰)海[关關]/i;
const DETENTION_RE = /扣留|扣押|查扣|查获|缴获|繳獲|截获|截獲|没收|沒收|detain|detention|seiz|intercept|confiscat/i;

export function extractCaseFacts(input: { title: string; text: string }): CaseFacts {
  const itc = extractItc337(input);
  const all = `${input.title}\n${input.text}`;
  const scheduleA = SCHEDULE_A_RE.test(all) && SCHEDULE_A_CONTEXT_RE.test(all);

  if (itc.isSection337 && !explainsRatherThanReports(all, itc)) {
    return {
      forum: { caseType: "us-itc-337", jurisdiction: "US" },
      caseNumber: itc.investigationNumber ?? itc.docketNumber,
      stage: itc.stage,
      complainants: itc.complainants,
      respondents: itc.respondents,
      scheduleA: false,
      itc,
      doubts: itcDoubts(itc, all),
    };
  }

  const docket = COURT_DOCKET_RE.exec(all)?.[0].replace(/\s/g, "") ?? null;
  const forum: Forum | null = itc.isSection337
    ? null
    : docket === null && DEFINES_RE.test(all.slice(0, DEFINITION_WINDOW)) && !namesAnyParty(input)
      ? null
      : scheduleA
        ? { caseType: "schedule-a-tro", jurisdiction: "US" }
        : docket || US_COURT_RE.test(all)
          ? { caseType: "us-district-court", jurisdiction: "US" }
          : EU_CUSTOMS_RE.test(all) && DETENTION_RE.test(all)
            ? { caseType: "eu-customs-detention", jurisdiction: "EU" }
            : null;

  const parties = forum ? extractParties(input.title, input.text) : emptyParties();
  return {
    forum,
    caseNumber: forum && forum.jurisdiction === "US" ? docket : null,
    stage: null,
    complainants: parties.complainants,
    // Schedule A defendants are sealed; whatever the wording names on that side is the
    // schedule itself, not a company.
    respondents: scheduleA ? [] : parties.respondents,
    scheduleA,
    itc,
    doubts: [],
  };
}

// A text that defines the term it is about ("337调查是指…", "TRO(…)是美国法院签发的紧急禁令",
// "Schedule A refers to an exhibit …") and names no party explains a kind of case; it reports
// none. So does a piece that cites three or more investigations and names no party (a survey,
// a strategy note listing precedents).
const DEFINES_RE =
  /是指|指的是|是一种|是一種|是美国法院|是美國法院|\brefers? to (?:an?|the) |\bis (?:a|an) (?:form|type|kind) of\b|\bgets? (?:their|its) name from\b|什么是|什麼是|\bWhat (?:is|are) (?:a |an )?(?:Section 337|Schedule A|TRO)\b/i;
const DEFINITION_WINDOW = 600;
/** Studies and yearly reviews of 337 practice. */
const SURVEY_RE =
  /实证研究|實證研究|年度(?:报告|報告|回顾|回顧|盘点|盤點)|年度[^。\n]{0,20}(?:综述|綜述)|\b(?:annual|year-end|year in) review\b|\bempirical study\b/i;

function namesAnyParty(input: { title: string; text: string }): boolean {
  const p = extractParties(input.title, input.text);
  return p.complainants.length > 0 || p.respondents.length > 0;
}

function explainsRatherThanReports(all: string, itc: Itc337Facts): boolean {
  if (itc.complainants.length || itc.respondents.length) return false;
  const noNumber = itc.investigationNumber === null && itc.docketNumber === null;
  if (noNumber && (DEFINES_RE.test(all.slice(0, DEFINITION_WINDOW)) || SURVEY_RE.test(all))) return true;
  const numbers = new Set<string>();
  INVESTIGATION_ALL_RE.lastIndex = 0;
  let n = 0;
  for (let m = INVESTIGATION_ALL_RE.exec(all); m && n < 50; m = INVESTIGATION_ALL_RE.exec(all), n++) numbers.add(m[0].toUpperCase());
  return numbers.size >= 3;
}
const INVESTIGATION_ALL_RE = /\b337[-–—]TA[-–—]\d{3,4}\b/gi;

// A notice of a complaint, an institution or a determination always names its respondents;
// none found means the wording defeated the extractor, not that there are none.
function itcDoubts(itc: Itc337Facts, all: string): ExtractionDoubt[] {
  const doubts: ExtractionDoubt[] = [];
  const found = itc.respondents.length;
  const announced = announcedRespondentCount(all);
  if (announced && announced.count > found) {
    doubts.push({
      kind: "count-shortfall",
      side: "respondents",
      announced: announced.count,
      found,
      phrase: announced.phrase,
      start: announced.start,
      end: announced.start + announced.phrase.length,
    });
  }
  if (found === 0) {
    const leadIn = respondentLeadIn(all);
    if (leadIn) {
      doubts.push({ kind: "unparsed-party-phrase", side: "respondents", phrase: leadIn.phrase, start: leadIn.start, end: leadIn.start + leadIn.phrase.length });
    } else if (itc.stage === "complaint-received" || itc.stage === "instituted") {
      doubts.push({ kind: "no-respondent", side: "respondents" });
    }
  }
  return doubts;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
const EN_NUMBER = String.raw`(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)`;
const ZH_NUMBER = String.raw`(\d{1,3}|[一二两三四五六七八九十]{1,3})`;
// Counts a text gives for the respondents it names: "the following 12 respondents", "Twelve
// firms were named as respondents", "totaling 36", "等9家中国企业", "以下5家缺席调查的涉案企业",
// "共6家企业为列名被告", "20名答辯人". Counts of cases ("第12起", "47起") are not these.
const ANNOUNCED_COUNT_RES: RegExp[] = [
  new RegExp(String.raw`\bthe following ${EN_NUMBER}\s+(?:proposed\s+|named\s+)?(?:respondents|defendants|entities|companies)\b`, "i"),
  new RegExp(String.raw`\b${EN_NUMBER}\s+(?:firms|companies|entities|respondents|defendants)\s+(?:were|was|are)\s+named\b`, "i"),
  new RegExp(String.raw`\b(?:against|named|identified)\s+${EN_NUMBER}\s+(?:named\s+|proposed\s+)?(?:respondents|defendants)\b`, "i"),
  /\b(?:respondents|defendants)\b[^.]{0,80}?\btotal(?:ing|ling)\s+(\d{1,3})\b/i,
  new RegExp(String.raw`(?<!第)${ZH_NUMBER}\s*家[^。，,]{0,12}?(?:企业|企業|公司)`),
  new RegExp(String.raw`${ZH_NUMBER}\s*名(?:答辩人|答辯人|被申请人|被告)`),
];

function toNumber(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  const lower = word.toLowerCase();
  if (lower in NUMBER_WORDS) return NUMBER_WORDS[lower];
  // 十二 = 12, 二十 = 20
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(word);
  return m ? (m[1] ? NUMBER_WORDS[m[1]] : 1) * 10 + (m[2] ? NUMBER_WORDS[m[2]] : 0) : null;
}

function announcedRespondentCount(all: string): { count: number; phrase: string; start: number } | null {
  let best: { count: number; phrase: string; start: number } | null = null;
  for (const re of ANNOUNCED_COUNT_RES) {
    const m = re.exec(all);
    const count = m ? toNumber(m[1]) : null;
    if (m && count && count > 1 && (!best || count > best.count)) best = { count, phrase: m[0], start: m.index };
  }
  return best;
}

// Words that introduce the respondents; found with nothing parsed after them, a person should look.
const RESPONDENT_LEAD_IN_RE =
  /\b(?:identified|named) the following (?:as )?(?:the )?(?:proposed )?respondents?\b[^:\n]{0,40}:?|\bnames as (?:the )?(?:proposed )?respondents?\b|\bThe (?:proposed )?respondents? (?:are|is)\b|列名被告|指定应诉方|被申请人(?:为|是|包括)|被列为[^。]{0,10}(?:被告|被申请人)|(?:以下|如下)[^。]{0,20}涉案企业/i;

function respondentLeadIn(all: string): { phrase: string; start: number } | null {
  const m = RESPONDENT_LEAD_IN_RE.exec(all);
  return m ? { phrase: m[0], start: m.index } : null;
}

function emptyParties(): { complainants: Party[]; respondents: Party[]; caption: Caption | null } {
  return { complainants: [], respondents: [], caption: null };
}
