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
const COURT_DOCKET_RE = /\b(?:\d:)?\d{2}-cv-\d{3,5}(?:-[A-Z]{2,4})*\b/i;
const SCHEDULE_A_RE = /Schedule\s*["“”']?\s*A\b|附表\s*A|Schedule\s*A案/i;
const SCHEDULE_A_CONTEXT_RE =
  /\bDefendants?\b|\bPlaintiff|\bTRO\b|temporary restraining order|District Court|Identified on|被告|原告|临时限制令|臨時限制令|冻结|凍結|法院|\d:\d{2}-cv-/i;
const US_COURT_RE =
  /\bUnited States District Court\b|\bU\.S\. District Court\b|\b(?:Northern|Southern|Eastern|Western|Central|Middle) District of [A-Z][a-z]+|\bDistrict of (?:Delaware|New Jersey|Massachusetts|Columbia)\b|\b[NSEWC]\.D\. (?:Ill|Tex|Cal|N\.Y|Fla|Ga|Ohio)\b|\bD\. Del\.|\b28 U\.S\.C\.|\bDeclaratory Judgment Act\b|美国[^。]{0,20}(?:联邦)?(?:地区|地方)?法院|美國[^。]{0,20}(?:聯邦)?(?:地區|地方)?法院|联邦地区法院|聯邦地區法院|伊利诺伊|伊利諾伊|德克萨斯|德州东区|加州中区/;
const EU_CUSTOMS_RE =
  /\b608\/2013\b|\bEU customs\b|\bcustoms authorities of (?:the )?(?:Netherlands|Germany|France|Belgium|Italy|Spain|Poland)\b|(?:欧盟|歐盟|德国|德國|荷兰|荷蘭|法国|法國|比利时|意大利|西班牙|波兰)海[关關]/i;
const DETENTION_RE = /扣留|扣押|查扣|查获|detain|detention|seiz/i;

export function extractCaseFacts(input: { title: string; text: string }): CaseFacts {
  const itc = extractItc337(input);
  const all = `${input.title}\n${input.text}`;
  const scheduleA = SCHEDULE_A_RE.test(all) && SCHEDULE_A_CONTEXT_RE.test(all);

  if (itc.isSection337) {
    return {
      forum: { caseType: "us-itc-337", jurisdiction: "US" },
      caseNumber: itc.investigationNumber ?? itc.docketNumber,
      stage: itc.stage,
      complainants: itc.complainants,
      respondents: itc.respondents,
      scheduleA: false,
      itc,
      doubts: itcDoubts(itc),
    };
  }

  const docket = COURT_DOCKET_RE.exec(all)?.[0] ?? null;
  const forum: Forum | null = scheduleA
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

// A notice of a complaint, an institution or a determination always names its respondents;
// none found means the wording defeated the extractor, not that there are none.
function itcDoubts(itc: Itc337Facts): ExtractionDoubt[] {
  const names = itc.stage === "complaint-received" || itc.stage === "instituted";
  return names && itc.respondents.length === 0 ? [{ kind: "no-respondent", side: "respondents" }] : [];
}

function emptyParties(): { complainants: Party[]; respondents: Party[]; caption: Caption | null } {
  return { complainants: [], respondents: [], caption: null };
}
