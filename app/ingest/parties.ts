// Parties of a case (complainants/plaintiffs, respondents/defendants) from the ways
// notices and reports actually word them: Federal Register receipt and institution
// notices, Commission determinations, USITC news releases, law-firm posts, US court
// captions, and Chinese-language reports. Pure functions of text.
//
// Every pattern here starts from a literal cue ("respondents", "on behalf of", " v. ",
// "被告", …) and reads a bounded window after (or before) it, so the cost is linear in
// the text: no pattern can backtrack over more than its window.
import { foldChinese } from "./chinese-fold.ts";

export type Party = {
  name: string;
  location: string | null;
  /** Other names the text gives the party: "a.k.a. X", "d/b/a X", "f/k/a X", "(formerly X)", "（又称X）". */
  aliases?: string[];
};

/** Longest stretch of text read after a cue; real party lists are far shorter. */
const LIST_WINDOW_CHARS = 4000;
/**
 * Occurrences of one cue read per text. Each reads a bounded window, so without a cap a
 * text made of nothing but cues ("被告为被告为…") would cost windows × occurrences.
 */
const MAX_CUE_MATCHES = 50;

// Company-form suffixes that end a name. A name is most reliably cut right after one.
export const SUFFIX = String.raw`(?:Co\.,?\s*Ltd\.?|Co\.,?\s*Limited|Company,?\s+Limited|Company|Limited|Ltd\.?|Inc\.?|Incorporated|L\.?L\.?C\.?|Corp\.?|Corporation|GmbH(?:\s*&\s*Co\.\s*KG)?|AG|KG|S\.A\.(?:S\.)?|S\.p\.A\.|SpA|S\.r\.[lL]\.|B\.V\.|N\.V\.|PLC|plc|Pty\.?\s+Ltd\.?|K\.K\.|L\.?P\.|LLP|SAS|SARL|Oy|AB|A/S|Sp\.\s*z\s*o\.o\.|JSC|Pte\.?\s+Ltd\.?|CV)`;

const NAME_THEN_OF_RE = new RegExp(String.raw`^(.*?\s${SUFFIX}),?\s+[Oo]f\s+(.+)$`);
const ENDS_WITH_SUFFIX_RE = new RegExp(String.raw`\s${SUFFIX}\.?$`);
const NAME_THEN_ADDRESS_RE = new RegExp(String.raw`^(.*?,?\s${SUFFIX}),\s*(.+)$`);
/** A piece of a comma-split name that is only a company form: "Ltd.", "Inc.", "LLC". */
const SUFFIX_ONLY_RE = new RegExp(String.raw`^${SUFFIX}$`);
const SUFFIX_START_RE = new RegExp(String.raw`^${SUFFIX}(?:\s|,|$)`);

// ---------------------------------------------------------------------------------------
// English

/** "(a) The complainant is:" / "(b) The respondents are the following entities …:" lists. */
const COMPLAINANT_LIST_RE = /\(a\)\s*The complainants? (?:is|are)\b[^:\n]{0,200}:/i;
const RESPONDENT_LIST_RE = /\(b\)\s*The respondents? (?:is|are)\b[^:\n]{0,200}:/i;
const LIST_END_RE = /\n\s*\([b-z]\)|\s\([b-z]\)\s+(?:The|Pursuant|For|A|Respondents|Complainants)\b/;

function listedParties(text: string, intro: RegExp): Party[] | null {
  const m = intro.exec(text);
  if (!m) return null;
  const start = m.index + m[0].length;
  let block = text.slice(start, start + LIST_WINDOW_CHARS);
  const end = LIST_END_RE.exec(block);
  if (end) block = block.slice(0, end.index);
  const lines = block
    .split("\n")
    .map((line) => collapse(line))
    .filter((line) => line.length > 2);
  // One party per line (the Federal Register's printed layout) …
  if (lines.length > 1 || (lines.length === 1 && !lines[0].includes(";"))) {
    const parties = lines.map(partyFromListLine).filter((p): p is Party => p !== null);
    return parties.length ? parties : null;
  }
  // … or the same list run together on one line: "A Co., Ltd., <address>; B Inc., <address>".
  const parties = splitPartyList(cutAtSentenceEnd(lines[0] ?? ""));
  return parties.length ? parties : null;
}

function partyFromListLine(line: string): Party | null {
  const text = line.replace(/[;.]?\s*(?:\band)?$/i, "").trim();
  if (!text) return null;
  const ofPhrase = NAME_THEN_OF_RE.exec(text);
  if (ofPhrase) return { name: cleanName(ofPhrase[1]), location: cleanLocation(ofPhrase[2]) };
  // "Name, City, Country": the name runs to the last comma piece that carries a company
  // form, so "Bingrong Co., Ltd Shenzhen Shi, China" and "OnePlus … Co., LTD., Shenzhen"
  // keep their whole name.
  if (text.includes(" of ")) {
    const byOf = partyFromPhrase(text);
    if (byOf?.location) return byOf;
  }
  const pieces = text.split(/,\s*/);
  let last = 0;
  for (let i = 1; i < pieces.length; i++) if (COMPANY_FORM_PIECE_RE.test(pieces[i])) last = i;
  if (pieces.length === 1) return { name: cleanName(text), location: null };
  let name = pieces.slice(0, last + 1).join(", ");
  let location = pieces.slice(last + 1).join(", ");
  // "Angelalign Technology Inc. Shanghai, China": a city after the company form, no comma
  // between. A Chinese-style tail stays in the name ("Bingrong Co., Ltd Shenzhen Shi").
  const city = PLACE_AFTER_FORM_RE.exec(name);
  if (city && location && !/\b(?:Shi|Qu|Xian|Zhen|Branch|Group|Holdings|International|Technology|Company|USA|America|Americas)$/.test(city[2])) {
    name = city[1];
    location = `${city[2]}, ${location}`;
  }
  return { name: cleanName(name), location: cleanLocation(location) };
}
const PLACE_AFTER_FORM_RE = new RegExp(
  String.raw`^(.*\s(?:Co\.,?\s*Ltd\.|Ltd\.|Inc\.|Corp\.|Corporation|LLC|Limited|GmbH|AG))\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)$`,
);
const COMPANY_FORM_PIECE_RE = new RegExp(String.raw`^(?:${SUFFIX})(?:\s|$)|\b(?:Co\.|${SUFFIX})$|^(?:AKA|a\/k\/a|d\/b\/a|f\/k\/a)\s`, "i");

// Cues after which a list of respondents follows, up to the end of the sentence.
const RESPONDENT_CUES: RegExp[] = [
  /\bnames? as (?:the )?(?:proposed )?respondents?\s*:?\s*/gi,
  /\b(?:identified|named) the following (?:\d{1,3}\s+)?(?:entities |companies )?(?:as )?(?:the )?(?:proposed )?respondents?(?: in this (?:investigation|matter|case|proceeding)| this investigation)?\s*:?\s*/gi,
  /\bThe (?:proposed |named |remaining |defaulting )?respondents? (?:in this investigation |named in the complaint )?(?:is|are|include)(?!\s*(?:the following entities|not\b|required|to\b|directed|each|also|jointly))\s*:?\s*/gi,
  /\bRespondents? (?:found|held) in default (?:include|are|is)\s*:?\s*/gi,
  /\bthe (?:following )?defaulting respondents?\s*:\s*/gi,
  /\bonly (?:the )?respondents?\s+(?=[A-Z])/g,
  // Court complaints: "brings this action against Amazon.com Services, LLC and …",
  // "files this Complaint against Defendants A, B, and C (collectively …)".
  /\bagainst (?:the )?Defendants?,?\s+(?=[A-Z])/g,
  /\b(?:this action|[Cc]omplaint|allegations) against\s+(?=[A-Z])/g,
  // "A patent infringement case against ZTE Corp. will continue", "sued the defendants, A, B, and C, for".
  /\b(?:case|lawsuit|suit) against\s+(?=[A-Z])/g,
  /\bsued (?:the )?defendants?,\s+(?=[A-Z])/g,
];
// "identified RAB Lighting Inc. of Northvale, NJ, as the respondent": the list comes first.
const AS_RESPONDENT_RE = /\b(?:identified|named)\s+([A-Z][^;:]{2,400}?),?\s+as (?:the )?(?:sole |only )?respondents?\b/g;
// "found respondents A, B, and C in default", "terminated as to respondent A based on settlement".
const IN_DEFAULT_RE = /\b(?:found|finding|finds)\s+(?:(?:the )?respondents?\s+)?([^;:]{3,600}?)\s+(?:to be )?in default\b/gi;
const TERMINATED_AS_TO_RE =
  /\bterminat(?:e|ed|ing|ion of)\s+(?:the investigation\s+)?(?:as to|with respect to)\s+(?:the (?:only |sole )?(?:remaining )?)?(?:respondents?,?\s+)?([^;:]{3,600}?)\s*(?:\(|based\b|on the basis\b|due to\b|pursuant\b|for\b|by reason\b|\.(?=\s+[A-Z]|\s*$))/g;

const COMPLAINANT_CUES: RegExp[] = [
  /\b(?:complaint|amended complaint|petition|lawsuit|suit) (?:was |were )?filed (?:with the [^,]{3,80}?,?\s+)?(?:on [A-Z][a-z]+ \d{1,2}, \d{4},?\s+)?(?:under section 337[^,]{0,80},\s+)?(?:by|on behalf of)\s+/gi,
  /\b(?:complaint|request) (?:was )?(?:submitted|brought) (?:on behalf of|by)\s+/gi,
  /\bon behalf of\s+(?=[A-Z])/g,
  /\bThe complainants? (?:in this investigation )?(?:is|are)(?!\s*(?:the following|not\b|required|to\b|directed))\s*:?\s*/gi,
  /\bThe Complainants in this investigation are\s+/gi,
  // Court complaints: "NOW COMES Huawen Chen (“Plaintiff”)", "Plaintiff ACQIS LLC (“ACQIS”)".
  /\b[Cc]omplainants?\s+(?=[A-Z])/g,
  /\bNOW COMES\s+(?:Plaintiffs?\s+)?(?=[A-Z])/g,
  /\bPlaintiffs?,?\s+(?=[A-Z][a-z]*[A-Z]?[\w.’'-]*[\s,])(?!v\.)/g,
  // "The plaintiffs, Amazon.com, Inc., … and Cartier International A.G., sued the defendants".
  /\b[Tt]he plaintiffs?,\s+(?=[A-Z])/g,
];

/** Occurrences of one cue tried before the next cue: "the lawsuit filed by a Texas developer … filed by Seven Networks LLC". */
const CUE_TRIES = 3;

function partiesAfterCues(text: string, cues: RegExp[], endAtDate: boolean, labels: Set<string> = new Set()): Party[] {
  for (const cue of cues) {
    cue.lastIndex = 0;
    for (let m = cue.exec(text), tries = 0; m && tries < CUE_TRIES; m = cue.exec(text), tries++) {
      const found = partiesAfter(text, m.index + m[0].length, endAtDate, labels);
      if (found.length) return found;
    }
  }
  return [];
}

function partiesAfter(text: string, start: number, endAtDate: boolean, labels: Set<string>): Party[] {
  const bulleted = bulletedLines(text, start);
  if (bulleted) return bulleted;
  // Defined short names — (“Guardian”), (“Plaintiff” or “CyWee”), (Bell) — are not
  // parties; "(collectively, …)" inside a list that goes on is not its end.
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const window = stripUnquotedLabels(joinSoftWraps(text.slice(start, start + LIST_WINDOW_CHARS), start - lineStart))
    .replace(ALIAS_RE, "")
    .replace(COLLECTIVELY_INSIDE_RE, "");
  let list = cutAtSentenceEnd(window);
  // "filed by A, on February 2, 2018" / "… and the Respondents are …" end the list too.
  const stop = (endAtDate ? LIST_STOP_WITH_DATE_RE : LIST_STOP_RE).exec(list);
  if (stop) list = list.slice(0, stop.index);
  const verb = LIST_STOP_PROSE_RE.exec(list);
  if (verb) list = list.slice(0, verb.index);
  // "Plaintiff Juan Yang's ex parte motion": the possessive ends the name ("Macy's Inc." keeps it).
  const possessive = /[’']s\s+(?=[a-z])/.exec(list);
  if (possessive) list = list.slice(0, possessive.index);
  return splitPartyList(list).filter((p) => !isDefinedLabel(p.name, labels));
}

// Quotes as printed: straight, curly, and the Federal Register's ``…''.
const OPEN_Q = String.raw`(?:["“]|\`\`|‘‘)`;
const CLOSE_Q = String.raw`(?:["”]|''|’’)`;
const ALIAS_RE = new RegExp(String.raw`\s*\(\s*(?:the\s+)?${OPEN_Q}[^"”'’()]{1,60}${CLOSE_Q}(?:\s+or\s+${OPEN_Q}[^"”'’()]{1,60}${CLOSE_Q})?\s*\)`, "g");
/** "(collectively, the “Flawless Vape respondents”);" in the middle of a list that goes on. */
const COLLECTIVELY_INSIDE_RE = /\s*\((?:collectively|together),?[^()]{0,150}\)(?=\s*[;,])/g;
/** Short forms a text defines for a party: (“RJR”), (``SDC'' or ``Complainant''), (collectively, “Bosch”). */
const DEFINED_LABEL_RE = new RegExp(String.raw`\(\s*(?:(?:collectively|together|hereinafter),?\s+)?(?:the\s+)?${OPEN_Q}([^"”'’()]{1,40})${CLOSE_Q}`, "g");

function definedLabels(text: string): Set<string> {
  const out = new Set<string>();
  DEFINED_LABEL_RE.lastIndex = 0;
  let n = 0;
  for (let m = DEFINED_LABEL_RE.exec(text); m && n < 4 * MAX_CUE_MATCHES; m = DEFINED_LABEL_RE.exec(text), n++) out.add(partyKey(m[1]));
  return out;
}

/** "RJR", "Penson and Taizhou": a name made only of short forms the text defined. */
function isDefinedLabel(name: string, labels: Set<string>): boolean {
  if (!labels.size) return false;
  const parts = name.split(/\s+(?:and|&)\s+|,\s*/).filter(Boolean);
  return parts.length > 0 && parts.every((x) => labels.has(partyKey(x)));
}

/**
 * Hard-wrapped notice text ("on behalf of Philips\nLighting North America Corp."): a line
 * break after a long line that does not end a sentence or a list item is a space.
 */
function joinSoftWraps(raw: string, firstLineOffset = 0): string {
  if (!raw.includes("\n")) return raw;
  // A list item ending "; and" may be followed by a blank line before the next item; spaces
  // left at a line's end ("Cupertino, CA; ") are not part of it.
  const s = raw.replace(/[ \t]+(?=\n)/g, "").replace(/(;|;\s*and)\n\s*\n(?=\s*[A-Za-z])/g, "$1 ");
  const lines = s.split("\n");
  let out = lines[0];
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1].trimEnd();
    const length = prev.length + (i === 1 ? firstLineOffset : 0);
    const soft = length >= 45 && !/[.;:]$/.test(prev) && lines[i].trim() !== "" && !BULLET_RE.test(lines[i]) && !SENTENCE_OPENER_RE.test(lines[i]);
    out += (soft ? " " : "\n") + lines[i];
  }
  return out;
}
const SENTENCE_OPENER_RE = /^\s*(?:This|The|These|In|On|A|An|By|Plaintiffs?|Defendants?|COMPLAINT|[0-9]+\.\s)\b/;

/** "Bell Laboratories, Inc. (Bell), of Madison": an unquoted short form taken from the name. */
function stripUnquotedLabels(s: string): string {
  if (!s.includes("(")) return s;
  return s.replace(/\s*\(([A-Z][A-Za-z&]{1,20})\)(?=,?\s+of\s|,)/g, (whole, word: string, at: number) => {
    const before = s.slice(Math.max(0, at - 80), at);
    return before.includes(word) || initialsOf(before).endsWith(word) ? "" : whole;
  });
}

/** "National Products Inc." → "NPI": the capitals that start its words. */
function initialsOf(s: string): string {
  return (s.match(/\b[A-Z]/g) ?? []).join("");
}
// A list that runs over lines ends each line with ";", ":", "," or "and"; any other line
// break ends it ("Drone Whirl LLC and Tatiana Mironova\nThis action arises …").
// A name in running prose ends at the verb after it: "A, B, and C sold …", "ZTE Corp. will continue".
const PROSE_VERB_STOP = String.raw`\s+(?:will|would|shall|sold|sells|operated|operates|infringed|infringes|imported|imports|offered|were|was|have|has|had|failed|sued|alleged|allegedly)\b|\s+to\s+[a-z]|,?\s+(?:and\s+)?\((?:i{1,3}|iv|vi{0,3}|ix|x)\)\s`;
const LIST_STOP_RE =
  /(?<![;:,]|\band)\s*\n|,?\s+(?:remained|remain|filed|moved|respectfully|submits?|sought|seeks?)\b|,?\s+(?:by and through|by its|by their|hereby|files?|brings?|makes)\b|\s\((?:collectively|together|hereinafter|each a|the [“"])|,?\s+and the (?:Respondents|respondents|Complainants|complainants) (?:are|is)\b|\s+\([c-z]\)\s/;
const LIST_STOP_PROSE_RE = new RegExp(PROSE_VERB_STOP);
const LIST_STOP_WITH_DATE_RE =
  /(?<![;:,]|\band)\s*\n|,?\s+(?:filed|moved|asserts?|alleges?|argues?|requests?|remained|respectfully|submits?|sought|seeks?|based on|concerning)\b|\s+to\s+[a-z]|,?\s+and\s+(?:the\s+)?[Rr]espondents?\b|\.\s+\d+\s+F\.?\s?R\.?\s|,?\s+(?:by and through|by its|by their|hereby|files?|brings?|makes)\b|,?\s+(?:on|dated)\s+[A-Z][a-z]+\.? \d{1,2},\s+\d{4}|,?\s+(?:alleging|under section|The complaint|against|in the importation)\b|\s\((?:collectively|together|hereinafter|the [“"])|,?\s+and the (?:Respondents|respondents) (?:are|is)\b|\.\s+(?:A|The|Supplements?)\s/;

const BULLET_RE = /^\s*[•·▪*\-–—]\s+/;

/** "…respondents in this investigation:\n• A, City, Country\n- B Co., Ltd., City" — one party a line. */
function bulletedLines(text: string, start: number): Party[] | null {
  const lines = text.slice(start, start + LIST_WINDOW_CHARS).split("\n");
  let i = 0;
  while (i < lines.length && !lines[i].trim()) i++;
  if (i >= lines.length || !BULLET_RE.test(lines[i])) return null;
  const out: Party[] = [];
  for (; i < lines.length && BULLET_RE.test(lines[i]); i++) {
    const p = partyFromListLine(collapse(lines[i].replace(BULLET_RE, "")).replace(/,?\s*(?:\band|\bor)$/i, ""));
    if (p && isPlausibleName(p.name)) out.push(p);
  }
  return out.length ? dedupe(out) : null;
}

function collectMatches(text: string, re: RegExp): Party[] {
  const out: Party[] = [];
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(text); m && n < MAX_CUE_MATCHES; m = re.exec(text), n++) {
    if (PROSE_NOT_NAME_RE.test(m[1])) continue;
    out.push(...splitPartyList(m[1].replace(ALIAS_RE, "").replace(COLLECTIVELY_RE, "").replace(ALIAS_PAREN_RE, " f/k/a $1")));
  }
  return out;
}
/** "(formerly, The Chamberlain Group, Inc.)", "(a/k/a X)": an alias in brackets, read as "f/k/a X". */
const ALIAS_PAREN_RE = /\s*\(\s*(?:formerly(?:\s+known\s+as)?|f\/k\/a|a\/k\/a|d\/b\/a|dba|aka)[,:]?\s+([^()]{1,120})\)/gi;
const COLLECTIVELY_RE = /\s*\((?:collectively|together),?[^()]{0,150}\)/g;

// Respondents named in running prose, each read up to the words that end the name:
// "respondent SainStore Technology Co., Ltd. (“SainStore”) moved", "defaulted respondent
// Ningbo Linhua Plastic Co., Ltd.", "a limited exclusion order against X", "orders …
// issued against The Chamberlain Group, LLC (formerly, …)".
const NAME_END = String.raw`(?=\s*\((?=\s*(?:(?:collectively|together|hereinafter)\b|the\s+)?(?:["“‘']|\`\`))|’s\b|'s\b|\s+(?:filed|moved|based|on the basis|in default|as an?|as the|from|to|were|was|remain|remained|who|which|for|because|had|have|has|did|elects?|failed|pursuant|under|with|in the)\b|,?\s+on\s+[A-Z][a-z]+\.?\s+\d|\s+(?:Based|Pursuant|Due|On the Basis|Terminat\w*|Issuance)\b|\s*\n\s*\[|\s+\[|,\s+(?:the|a|an|all|both|each|which|who)\s|(?<!\b(?:Co|Corp|Inc|Ltd|No|St|Mfg|U\.S|[A-Z]))\.\s+[A-Z]|\.?\s*$|\n\s*\n)`;
/** The first word of a prose capture that shows it is not a name ("Respondents In Default And …"). */
const PROSE_NOT_NAME_RE =
  /^(?:In|And|Of|For|To|With|On|At|By|From|As|A|An|Are|Is|Were|Was|Who|That|This|Each|All|Any|Both|Have|Has|Had|Did|Do|Does|May|Must|Shall|Should|Will|Would|Can|Could|Issues?|Named|Found|Remaining)\b/;
// Each is tried only where its anchor word occurs, on a bounded slice, and at most
// MAX_CUE_MATCHES times a text: a name that never ends must not cost a scan per occurrence.
const PROSE_RESPONDENT_ANCHOR_RE = /\b(?:defaulted |defaulting |remaining |named )?[Rr]espondents?,?[ \t]+(?=[A-Z0-9]|[a-z][A-Z])/g;
const PROSE_RESPONDENT_RE = new RegExp(
  String.raw`^(?:defaulted |defaulting |remaining |named )?[Rr]espondents?,?[ \t]+((?:[A-Z0-9]|[a-z][A-Z])[^;:]{1,300}?)${NAME_END}`,
);
const ORDER_AGAINST_ANCHOR_RE = /\b(?:exclusion|cease[- ]and[- ]desist|consent|remedial) orders?\b/g;
const ORDER_AGAINST_RE = new RegExp(
  String.raw`^(?:exclusion|cease[- ]and[- ]desist|consent|remedial) orders?\b[^.;]{0,80}?\bagainst\s+(?:the\s+)?(?:defaulted\s+|defaulting\s+)?(?:respondents?\s+)?((?:[A-Z]|[a-z][A-Z])[^;:]{1,300}?)${NAME_END}`,
);

function collectAnchored(text: string, anchor: RegExp, capture: RegExp): Party[] {
  const out: Party[] = [];
  anchor.lastIndex = 0;
  let n = 0;
  for (let a = anchor.exec(text); a && n < MAX_CUE_MATCHES; a = anchor.exec(text), n++) {
    const m = capture.exec(text.slice(a.index, a.index + 500));
    if (!m || PROSE_NOT_NAME_RE.test(m[1])) continue;
    out.push(...splitPartyList(m[1].replace(ALIAS_RE, "").replace(COLLECTIVELY_RE, "").replace(ALIAS_PAREN_RE, " f/k/a $1")));
  }
  return out;
}
const WERE_NAMED_RE = /\b(?:were|was|are|is)\s+(?:also\s+)?named\s+as\s+(?:the\s+)?(?:proposed\s+)?respondents?\b/g;

// "RAI Strategic Holdings, Inc., … (collectively “Reynolds”) filed a complaint at the ITC".
const FILED_A_COMPLAINT_RE = /\s(?:filed|brought|lodged)\s+(?:a|an|the|this)\s+(?:section 337\s+|337\s+|patent\s+)?(?:complaint|suit|lawsuit)\b/gi;

/** "Aegis Research Ltd. of the United Kingdom and … (collectively, Aegis) were named as respondents." */
function namedBefore(text: string, cue: RegExp = WERE_NAMED_RE): Party[] {
  const out: Party[] = [];
  cue.lastIndex = 0;
  let n = 0;
  for (let m = cue.exec(text); m && n < MAX_CUE_MATCHES; m = cue.exec(text), n++) {
    const back = text.slice(Math.max(0, m.index - 400), m.index);
    let start = 0;
    for (const end of back.matchAll(/\.\s+(?=[A-Z])/g)) {
      if (!ABBREVIATION_BEFORE_RE.test(back.slice(Math.max(0, end.index - 12), end.index))) start = end.index + end[0].length;
    }
    out.push(
      ...splitPartyList(
        stripUnquotedLabels(joinSoftWraps(back.slice(start)))
          .replace(ALIAS_RE, "")
          .replace(COLLECTIVELY_RE, ""),
      ),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// List splitting

// The last party's location runs until the sentence ends; locations rarely contain a
// period except in abbreviations like "D.C." or "St. Louis".
const SENTENCE_END_RE = /\.(?=\s+[A-Z(“"]|\s*\n|\s*$)|\n\s*\n/g;
const ABBREVIATION_BEFORE_RE = new RegExp(
  String.raw`(?:${SUFFIX}|\b[A-Z]|\bSt|\bMt|\bFt|\bNo|\bD\.C|\bU\.S|\bCo|\bd/b/a|\bInt'l|\bMfg|\bIntl|\bPte|\bBros|\bInc|\bLtd|\bCorp)$`,
);

const NEXT_CLAUSE_RE = /^\s+(?:[A-Z][\w&-]*\.?\s+){1,4}(?:is|are|was|were|has|have|had|will|would|said|says)\s/;

export function cutAtSentenceEnd(s: string): string {
  SENTENCE_END_RE.lastIndex = 0;
  for (let m = SENTENCE_END_RE.exec(s); m; m = SENTENCE_END_RE.exec(s)) {
    if (m[0] === "." && ABBREVIATION_BEFORE_RE.test(s.slice(Math.max(0, m.index - 12), m.index))) {
      // "… Co., Ltd. The complaint …": an abbreviation that also ends the sentence. A capital
      // word that opens a sentence (not a name's next word) is the tell.
      if (/^\s+(?:The|This|A|An|In|On|By|Any|All|Each|Notice|Respondents?|Complainants?|Dkt\.|ECF|Doc\.)\s/.test(s.slice(m.index + 1, m.index + 16))) {
        return s.slice(0, m.index + 1);
      }
      // "… Seven Networks LLC. ZTE Corp. is accused …": the next sentence's subject and verb.
      if (NEXT_CLAUSE_RE.test(s.slice(m.index + 1, m.index + 80))) return s.slice(0, m.index + 1);
      continue;
    }
    return s.slice(0, m.index);
  }
  return s;
}

// "A Co., Ltd., B Co., Ltd. and C Co., Ltd., all of Guangdong, China"; "A and B, both of Anaheim, CA".
const SHARED_PLACE_RE = /,?\s+(all|both|each)\s+(?:of|in|based in)\s+([^;]+?)\s*$/i;

export function splitPartyList(list: string): Party[] {
  let collapsed = collapse(list);
  // "…, all of San Jose, CA" after the last of several ";" items is everyone's place.
  const sharedAll = SHARED_PLACE_RE.exec(collapsed);
  let everyone: string | null = null;
  if (sharedAll && sharedAll[1].toLowerCase() === "all") {
    everyone = cleanLocation(sharedAll[2]);
    collapsed = collapsed.slice(0, sharedAll.index);
  }
  const segments = collapsed
    .split(/\s*;\s*/)
    .map((s) => s.replace(/^(?:and|&|or)\s+/i, ""))
    .filter(Boolean);
  const out: Party[] = [];
  for (let segment of segments) {
    const shared = SHARED_PLACE_RE.exec(segment);
    const place = shared ? cleanLocation(shared[2]) : null;
    if (shared) segment = segment.slice(0, shared.index);
    const first = out.length;
    // In a ";"-separated list each segment is one party (or "A and B"); only a single
    // run of names is split at its commas.
    const pieces =
      segments.length > 1 || / of [A-Z]|,\s*(?:\d|No\.|Room|Unit|Building|Floor|Suite)/.test(segment)
        ? splitOnAnd(segment).flatMap(splitOfRun)
        : splitOnAnd(segment).flatMap(splitCommaList);
    for (const piece of pieces) {
      const p = partyFromPhrase(piece);
      if (p && isPlausibleName(p.name)) out.push(p);
    }
    if (place) for (let i = first; i < out.length; i++) out[i].location ??= place;
  }
  if (everyone) for (const p of out) p.location ??= everyone;
  return dedupe(out);
}

// "A Inc. of Austin, Texas and B LLC of Wilmington, Delaware": split on "and" only
// where it follows a location or a company suffix, never inside a name like "Black and Decker".
const AND_RE = /,?\s+and\s+(?=[A-Z])/g;
const SPLITS_BEFORE_AND_RE = new RegExp(
  String.raw`(?:${SUFFIX}|\bCo\.|,\s[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?|\b(?:China|Taiwan|Japan|Korea|Hong Kong|Vietnam|India|Germany|Kingdom|Canada|Mexico|Israel|Malaysia|Singapore|Thailand|France|Italy|Finland|Sweden))$`,
);

// "Li Qiang and Shenzhen Yinxi … Co., Ltd.": a person's name (two or three capitalised words)
// before "and", a company form after it. A one-word start ("Black and Decker Corp.") stays whole.
const PERSON_BEFORE_AND_RE = /^(?:[A-Z][a-z]+\s){1,2}[A-Z][a-z]+$/;
const COMPANY_AFTER_AND_RE = new RegExp(
  String.raw`^(?!(?:Export|Exports|Import|Trade|Trading|Technology|Technologies|Development|Engineering|Manufacturing|Services|Supply|Supplies|Sons|Company|Industrial|Industries|Electronics|Products|Marketing|Investment|Research|Design|Science)\b)[^,;]{0,80}?\s${SUFFIX}(?:,|\s|$)`,
);

function splitOnAnd(segment: string): string[] {
  const parts: string[] = [];
  let last = 0;
  AND_RE.lastIndex = 0;
  for (let m = AND_RE.exec(segment); m; m = AND_RE.exec(segment)) {
    const before = segment.slice(last, m.index);
    const person = PERSON_BEFORE_AND_RE.test(before) && COMPANY_AFTER_AND_RE.test(segment.slice(m.index + m[0].length, m.index + m[0].length + 120));
    if (!person && !SPLITS_BEFORE_AND_RE.test(segment.slice(Math.max(last, m.index - 40), m.index))) continue;
    parts.push(segment.slice(last, m.index));
    last = m.index + m[0].length;
  }
  parts.push(segment.slice(last));
  return parts.map((p) => p.trim()).filter(Boolean);
}

// "A, Inc. of Wilmington, DE, B, Inc. of Wilmington, DE": "Name of Place" phrases joined by
// commas alone. A new party starts at a comma once the current one has its " of <place>"
// and one of the next two pieces brings another " of ".
function splitOfRun(segment: string): string[] {
  const pieces = segment.split(/,\s+(?=[A-Z])/);
  if (pieces.length < 3 || segment.indexOf(" of ") === segment.lastIndexOf(" of ")) return [segment];
  const out: string[] = [];
  let current = pieces[0];
  for (let i = 1; i < pieces.length; i++) {
    const piece = pieces[i];
    // "…of North Chicago, IL, AbbVie Biotechnology Ltd of …": a state code or a country is
    // the current party's place, never a new party.
    const startsWithSuffix = SUFFIX_START_RE.test(piece) || PLACE_PIECE_RE.test(piece) || /^[A-Z]{2}$/.test(piece) || COUNTRY_ONLY_RE.test(piece);
    const next = pieces[i + 1] ?? "";
    const nextHasOf = (/ of /.test(piece) && !PLACE_PIECE_RE.test(piece)) || (/ of /.test(next) && !PLACE_PIECE_RE.test(next));
    if (!startsWithSuffix && current.includes(" of ") && nextHasOf) {
      out.push(current);
      current = piece;
    } else {
      current += `, ${piece}`;
    }
  }
  out.push(current);
  return out;
}

// A comma piece that is a place, never a new party: "…, of Shanghai, Peoples Republic of China".
const PLACE_PIECE_RE = /^(?:the\s+)?(?:People[’'`]?s\s+)?Republic\s+of\s+[A-Z]|^(?:the\s+)?United\s+(?:Kingdom|States)\b/;

// "LLC f/k/a …": a company form that goes on with an alias still ends the name before it.
const SUFFIX_ALIAS_RE = new RegExp(String.raw`^${SUFFIX}\s+(?:f\/k\/a|a\/k\/a|d\/b\/a|dba|aka)\s`, "i");

// "Tower Semiconductor, Ltd., Jazz Semiconductor, and Nanya Technology Corporation":
// commas separate names, except before a bare company form ("…, Ltd.", "…, Inc.").
function splitCommaList(segment: string): string[] {
  const pieces = segment.split(/\s*,\s*/);
  const names: string[] = [];
  for (const raw of pieces) {
    const piece = raw
      .replace(/^(?:and|&)\s+/i, "")
      .replace(/(?<=\S)[’']s$/, "")
      .trim();
    if (!piece) continue;
    if (names.length && (SUFFIX_ONLY_RE.test(piece) || /^(?:Ltd|Inc|LLC|Co)\.?$/i.test(piece) || SUFFIX_ALIAS_RE.test(piece))) {
      names[names.length - 1] += `, ${piece}`;
      continue;
    }
    // "A and B" inside one comma piece: split only after a company form ("Inc. and Nite Ize":
    // the form closes the name before it).
    const subs = splitOnAnd(piece);
    if (names.length && subs.length > 1 && SUFFIX_ONLY_RE.test(subs[0])) {
      names[names.length - 1] += `, ${subs[0]}`;
      names.push(...subs.slice(1));
      continue;
    }
    names.push(...subs);
  }
  return names;
}

const ADDRESS_LIKE_RE = /\d|Road|Street|District|Avenue|Building|(?:China|Taiwan|Japan|Korea|Hong Kong|Germany|Canada|India|Vietnam|Kingdom|\b[A-Z]{2})$/;
const CITY_REGION_RE = /^[A-Z][^,;]*,\s*\S/;
const COUNTRY_ONLY_RE =
  /^(?:the )?(?:People['’]?s Republic of China|China|Taiwan|Japan|Korea|Republic of Korea|Hong Kong|United Kingdom|Germany|Republic of Germany|Canada|Israel|India|Vietnam|Malaysia|Singapore|France|Italy|Switzerland|Finland|Sweden|Poland|Netherlands|The Netherlands|Ireland|Australia|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)$/;

function partyFromPhrase(phrase: string): Party | null {
  // A trailing period may belong to "Ltd." or "Inc.", so only separators are trimmed here.
  // An appositive goes: "TCT International, a Hong Kong company", "NPI, a US company based …".
  const text = phrase
    .trim()
    .replace(/[;,:]+$/, "")
    .replace(APPOSITIVE_RE, "")
    .replace(/[;,:]+$/, "");
  if (!text) return null;
  const bySuffix = NAME_THEN_OF_RE.exec(text);
  if (bySuffix) return { name: cleanName(bySuffix[1]), location: cleanLocation(bySuffix[2]) };
  // No company suffix: the location is the last " of ..." that reads like "City, Region"
  // or a country ("of China"). Names with "of" inside ("Bank of China Limited") keep it.
  const ofs = [...text.matchAll(/,?\s+of\s+/g)];
  for (const reads of [CITY_REGION_RE, COUNTRY_ONLY_RE]) {
    for (let i = ofs.length - 1; i >= 0; i--) {
      const at = ofs[i].index!;
      const rest = text.slice(at + ofs[i][0].length);
      // "Xin Fu Yuan of Agricultural Science and Technology Co., Ltd.": what ends with a
      // company form is the rest of the name, not a place.
      if (ENDS_WITH_SUFFIX_RE.test(rest)) continue;
      if (reads.test(rest)) return { name: cleanName(text.slice(0, at)), location: cleanLocation(rest) };
    }
  }
  // "A Co., Ltd., Room 5, 18 X Road, Shenzhen": a name, then an address.
  const address = NAME_THEN_ADDRESS_RE.exec(text);
  if (address && ADDRESS_LIKE_RE.test(address[2])) {
    return { name: cleanName(address[1]), location: cleanLocation(address[2]) };
  }
  return { name: cleanName(text), location: null };
}

const APPOSITIVE_RE = /,\s+(?:a|an)\s+(?:[A-Z][\w.-]*\s+){0,2}[a-z][^,;]*$/;

// Words that show a captured phrase is prose, not a party name.
const NOT_A_NAME_RE =
  /^(?:the|a|an|each|all|any|some|certain|respondents?|complainants?|defendants?|plaintiffs?|counsel|none|it|they|its|their|this|that)$|\b(?:counsel|attorneys?|respondents'|respondent's|complainant's|complainants')\b|^(?:the )?(?:Partnerships|Individuals|Defendants|Plaintiffs?)\b|Schedule\s*["“]?A|Unincorporated Associations|^Does?\s+\d|^(?:Case|Civil Action|Docket)\s+No\b|\bJURY TRIAL\b/i;

function isPlausibleName(name: string): boolean {
  if (name.length < 2 || name.length > 200) return false;
  if (NOT_A_NAME_RE.test(name)) return false;
  // A caption's "… v." is not part of a name (case matters: "DJI Europe B. V." is one).
  if (/\s(?:v|vs)\.?$/.test(name)) return false;
  if (/^(?:[A-Z][a-z]+\s+)?(?:firms|companies|entities|respondents|parties|defendants)$/i.test(name)) return false;
  // A name starts with a capital, a digit or a CJK character, or is written eCig-City,
  // iRobot, bObsweep, or is a web address (avd710.com).
  return /^[A-Z0-9\u3400-\u9fff("“]|^[a-z]{1,2}[A-Z]|^[a-z0-9-]+\.(?:com|net|org|co)\b|^[a-z][a-z0-9]{1,15}\s+(?:GmbH|AG|Inc\.?|LLC|Ltd\.?|Corp\.?|S\.A\.|B\.V\.)(?:\s|,|$)/.test(
    name,
  );
}

function cleanName(s: string): string {
  return collapse(s)
    .replace(/^(?:and|&|or)\s+/i, "")
    .replace(/^(?:the )?(?:proposed )?(?:respondents?|complainants?)\s+(?=[A-Z])/i, "")
    .replace(/[,;:]+$/, "")
    .replace(/\s+\((?:collectively|together)[^)]*\)?$/i, "")
    .replace(/(?<=\S)[’']s$/, "")
    .trim();
}

function cleanLocation(s: string): string | null {
  const t = collapse(s)
    .replace(/^the\s+/i, "")
    .replace(/[.;,]+$/, "");
  return t || null;
}

// Alias markers inside one entry: "X d/b/a Y", "X (a.k.a. Y)", "X f/k/a Y", "X (formerly, Y)".
const ALIAS_MARK_RE = /\s*,?\s*\(?\s*\b(?:d\/b\/a\/?|dba|a\/k\/a|aka|f\/k\/a|fka|also\s+known\s+as|formerly(?:\s+known\s+as)?,?)(?=\s)\s*/i;
const ALIAS_SPLIT_RE = /\s*(?:,?\s+(?:d\/b\/a\/?|dba|a\/k\/a|aka|f\/k\/a|fka)\s+|;)\s*/i;

function splitAliases(p: Party): Party {
  const m = ALIAS_MARK_RE.exec(p.name);
  if (!m || m.index === 0) return p;
  const name = cleanName(p.name.slice(0, m.index)).replace(/,\s*(?:the\s+)?(?:People['’]?s\s+Republic\s+of\s+)?China$/, "");
  if (!isPlausibleName(name)) return p;
  const aliases = p.name
    .slice(m.index + m[0].length)
    .replace(/\)\s*$/, "")
    .split(ALIAS_SPLIT_RE)
    .flatMap((a) => splitCommaList(a))
    .map((a) => cleanName(a.replace(/^[(“"'`\s]+|[)”"'`\s]+$/g, "")))
    .filter((a) => a.length >= 2);
  return { ...p, name, aliases: [...(p.aliases ?? []), ...aliases] };
}

function dedupe(parties: Party[]): Party[] {
  const seen = new Set<string>();
  const out: Party[] = [];
  for (const raw of parties) {
    const p = splitAliases(raw);
    const key = partyKey(p.name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}

/** The comparison key the extractor (and its benchmark) uses for "the same name". */
export function partyKey(name: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = /^[\x00-\x7f]*$/.test(name) ? name : foldChinese(name.normalize("NFKC"));
  return plain.toLowerCase().replace(KEY_DROP_RE, "");
}
const KEY_DROP_RE = /[\s.,;:'"“”‘’()（）]+/g;

// Extraction folds the same item text in several places (337 cue, stage, parties); one
// remembered result saves the repeats.
let lastFoldIn = "";
let lastFoldOut = "";
export function foldChineseOnce(s: string): string {
  if (s !== lastFoldIn) {
    lastFoldIn = s;
    lastFoldOut = foldChinese(s);
  }
  return lastFoldOut;
}

const NEEDS_COLLAPSE_RE = /[^\S ]| {2}/;

function collapse(s: string): string {
  const needed = s.charCodeAt(0) === 32 || s.charCodeAt(s.length - 1) === 32 || NEEDS_COLLAPSE_RE.test(s);
  return needed ? s.replace(/\s+/g, " ").trim() : s;
}

// ---------------------------------------------------------------------------------------
// Captions: "A v. B et al.", "A, Inc. v. Shenzhen X Technology Co., Ltd."

const CAPTION_RE = /\s(?:v|vs)\.\s+/;
const CAPTION_END_RE =
  /,?\s+et al\b\.?|\s+\(|\s+\[|\s+[-–—|]\s|,?\s+(?:No\.|Case No|Civil Action|\d:\d{2}-cv)|\s+(?:in|at|before) the\b|[:;\n。，]|\s+(?:filed|alleges?|sued|over|for|case|lawsuit)\b/i;
const CAPTION_WORD_RE = /^(?:[A-Z0-9&("“][\w.,&'()’”-]*|of|and|de|the|du|von|d\/b\/a|&)$/;

export type Caption = { plaintiff: string; defendant: string | null; scheduleA: boolean };

/** The parties of a court caption in a title or a text's first lines; null when none. */
export function captionOf(title: string, text: string): Caption | null {
  for (const line of [title, ...text.slice(0, 600).split("\n").slice(0, 3)]) {
    const m = CAPTION_RE.exec(line);
    if (!m) continue;
    const before = line.slice(0, m.index).replace(/,?\s+et al\.?,?$/, "");
    const after = line.slice(m.index + m[0].length);
    // The plaintiff is the run of capitalised words right before " v.".
    const words = before.split(/\s+/);
    let i = words.length;
    while (i > 0 && CAPTION_WORD_RE.test(words[i - 1])) i--;
    while (i < words.length && /^(?:of|and|de|the|du|von|&)$/i.test(words[i])) i++;
    const plaintiff = cleanName(words.slice(i).join(" "));
    if (!plaintiff || !isPlausibleName(plaintiff)) continue;
    const end = CAPTION_END_RE.exec(after);
    const defendant = cleanName(end ? after.slice(0, end.index) : after.slice(0, 200));
    const scheduleA = /Schedule\s*["“”']?\s*A\b|Unincorporated Associations|Identified on/i.test(after.slice(0, 200));
    return {
      plaintiff,
      defendant: !scheduleA && defendant && isPlausibleName(defendant) ? defendant : null,
      scheduleA,
    };
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// Chinese

const CJK_RE = /[\u3400-\u9fff]/;
// A list of names, then the role: "A、B被列为被申请人", "A、B等7家中国企业为列名被告",
// "将A列为本案的唯一指定应诉方", "认定A、B为缺席被告".
const ZH_ROLE_AFTER_RE =
  /(?:(?:被列为|列为|为|是|作为)(?:本案的?|本案)?(?:唯一的?)?(?:列名|指定|涉案)?(?:被申请人|被申请方|被告|应诉方|被诉方|缺席被告|答辩人|应讯人)|等多?家?(?:企业)?列名被告)(?![之的])/g;
// The role, then the list: "列名被告为A、B。", "被告包括A、B", "涉及中国企业：A、B", "被申请人：A".
const ZH_ROLE_BEFORE_RE =
  /(?:(?:列名|中国|中國)?被告|被申请人|被申请方|指定应诉方|应诉方|答辩人|应讯人|涉案(?:中国)?企业|涉及(?:的)?(?:中国)?企业)(?:分别)?(?:为|是|包括|有|如下)?[:：]\s*|(?:(?:列名|中国)?被告|被申请人|指定应诉方|答辩人|应讯人|涉案(?:中国)?企业|涉及(?:的)?(?:中国)?企业)(?:分别)?(?:为|是|包括|有)|(?:答辩人|应讯人|被告|被申请人)[^。；;\n]{0,40}?(?:包括|例如)|调查的企业中[，,]?(?:包括|有)/g;
const ZH_INCLUDING_RE = /对包括([^。；;\n在]{2,60}?)在内的(?:\d+|[一二三四五六七八九十两几多]+)家[^。；;\n]{0,12}?(?:企业|公司)[^。；;\n]{0,12}?(?:发起|启动)/g;
const ZH_COMPLAINANT_BEFORE_RE = /(?:申请人|申请方|原告|申诉方|起诉方)(?:为|是|包括)[:：]?\s*/g;
const ZH_FILED_ANCHOR_RE = /向\s*(?:美国|美)?\s*(?:国际贸易委员会|ITC|USITC)[^。]{0,20}?(?:提出|提交|提起)/g;
// "该案申请人美国Tela Innovations 公司请求ITC…", "本案的申请人美国钢铁公司对中国钢铁企业的指控".
const ZH_CASE_APPLICANT_RE = /(?:该案|本案|此案)的?(?:申请人|申请方)(?![为是包])/g;
const ZH_APPLICANT_END_RE = /请求|要求|对|指控|向|于|称|主张|提出|认为|[，,。；;（(]/;
const ZH_FILER_COUNTRY_RE = /美国|日本|韩国|德国|英国|法国|瑞士|瑞典|荷兰|芬兰|中国/;
const ZH_FILER_DATE_RE = /[于在]?(?:今年|去年|前年)?[\d年月日\s]{2,16}$/;

/**
 * The filer, at the end of the text before the anchor: a country, the name, then an
 * optional date and legal basis ("于2025年7月3日", "依据《美国1930年关税法》第337节规定").
 * Read with index searches, not one backtracking pattern.
 */
function filerBefore(before: string): string | null {
  let end = before.length;
  const basis = Math.max(before.lastIndexOf("依据"), before.lastIndexOf("根据"));
  if (basis >= 0 && !before.slice(basis).includes("。")) end = basis;
  let chunk = before.slice(0, end).trimEnd().replace(/,$/, "");
  const date = ZH_FILER_DATE_RE.exec(chunk);
  if (date) chunk = chunk.slice(0, date.index);
  let stop = -1;
  for (const c of "。，；、被\n[]") stop = Math.max(stop, chunk.lastIndexOf(c));
  const candidate = chunk.slice(stop + 1);
  const country = ZH_FILER_COUNTRY_RE.exec(candidate);
  return country && candidate.length - country.index > 3 ? candidate.slice(country.index) : null;
}
const ZH_SENTENCE_END_RE = /[。；;！!？?\n]/;
const ZH_LIST_START_RE = /[。；;！!？?\]】:：]/;
const ZH_COUNTRY_RE =
  /^(中国(?:台湾|香港)?|中國(?:台灣|香港)?|美国|美國|日本|韩国|韓國|德国|德國|意大利|瑞士|瑞典|芬兰|芬蘭|英国|英國|法国|法國|荷兰|荷蘭|加拿大|印度|越南|新加坡|台湾|台灣|香港)\s*/;

const ZH_PAREN_RE = /\s*[（(][^（）()]{0,200}[)）]/g;

/**
 * Parenthesised asides after a name are not parties: an English rendering after a Chinese
 * name ("金华市正威电器有限公司(Jinhua Kingwe …)"), a short or other name ("(一加)",
 * "(又称 Huizhou Aoge …)"). Brackets inside a name stay: "ACON Biotech (Hangzhou) Co.",
 * "Lenovo (United States) Inc.", "武汉钢铁(集团)公司". Aliases are kept apart.
 */
const ZH_ALIAS_MARKER_RE = /\uE000(\d+)\uE001/g;
function aliasMarker(aliases: Map<number, string[]>, alias: string): string {
  const n = aliases.size;
  aliases.set(n, [alias]);
  return `\uE000${n}\uE001`;
}

function stripZhAsides(raw: string, aliases: Map<number, string[]>): string {
  const list = dropLatinAfterChinese(raw, aliases);
  let out = "";
  let last = 0;
  ZH_PAREN_RE.lastIndex = 0;
  for (let m = ZH_PAREN_RE.exec(list); m; m = ZH_PAREN_RE.exec(list)) {
    const inner = m[0].trim().slice(1, -1).trim();
    const before = list.slice(Math.max(0, m.index - 1), m.index);
    const after = list.slice(m.index + m[0].length, m.index + m[0].length + 3);
    const cjkInside = CJK_RE.test(inner);
    const partOfName = cjkInside
      ? /^(?:公司|有限|集团|集團|股份|分公司)/.test(after) ||
        // "立讯精密有限公司(香港)": a place in brackets after the company form is its branch.
        (/(?:公司|集团)$/.test(list.slice(Math.max(0, m.index - 2), m.index)) && /^[\u3400-\u9fff]{2,3}$/.test(inner) && ZH_COUNTRY_RE.test(inner))
      : /[A-Za-z.,]$/.test(before) && /^\s?[A-Za-z]/.test(after) && !/^(?:又称|简称|即)/.test(inner);
    out += list.slice(last, m.index);
    if (partOfName) out += m[0];
    else {
      const alias = /^(?:又称|又名|简称|亦称|即|a\.?k\.?a\.?)\s*(.+)$/i.exec(inner)?.[1];
      // The alias travels with the name as a marker the list splitting leaves alone.
      if (alias) out += aliasMarker(aliases, alias.trim());
    }
    last = m.index + m[0].length;
  }
  return out + list.slice(last);
}

/** "有限公司(Wenzhou Jushang (JS) Performance Parts Co. Ltd. of China)": an English rendering, brackets and all. */
function dropLatinAfterChinese(s: string, aliases?: Map<number, string[]>): string {
  let out = "";
  let i = 0;
  while (i < s.length) {
    const open = s.indexOf("(", i) >= 0 || s.indexOf("（", i) >= 0 ? s.slice(i).search(/[（(]/) + i : -1;
    if (open < 0) break;
    let depth = 0;
    let close = -1;
    for (let j = open; j < s.length && j < open + 300; j++) {
      if (s[j] === "(" || s[j] === "（") depth++;
      else if (s[j] === ")" || s[j] === "）") {
        depth--;
        if (depth === 0) {
          close = j;
          break;
        }
      }
    }
    const drop = close > 0 && CJK_RE.test(s.slice(Math.max(0, open - 1), open)) && !CJK_RE.test(s.slice(open, close + 1));
    out += s.slice(i, drop ? open : close > 0 ? close + 1 : open + 1);
    // The English rendering is another name of the party ("宏碁集团(Acer)").
    if (drop && aliases) {
      const english = s
        .slice(open + 1, close)
        .replace(/,\s*(?:[A-Z][a-z]+\.?\s*)*(?:[A-Z]{2}\.?|China|Hong Kong|Taiwan)?[.\s,]*$/, "")
        .replace(/[\s,]+$/, "")
        .trim();
      if (/[A-Za-z]{2}/.test(english)) out += aliasMarker(aliases, english);
    }
    i = drop ? close + 1 : close > 0 ? close + 1 : open + 1;
  }
  return out + s.slice(i);
}

function zhListItems(list: string): Party[] {
  const out: Party[] = [];
  // Parenthesised asides (English names, abbreviations) are not separate parties, nor
  // are "… and its US subsidiary" tails.
  const aliasAt = new Map<number, string[]>();
  // Twice: an aside may hold brackets of its own, "(Wenzhou Jushang (JS) Performance …)".
  // "Zhejiang Yajia … Co., Ltd., China浙江亞嘉…有限公司": the Chinese name printed after the
  // English one is another name of the same party.
  const bilingual = list.replace(/,\s*China\s*([\u3400-\u9fff][^、，；;,]{1,40}?(?:公司|集团|集團|厂|廠))/g, (_m, zh: string) => aliasMarker(aliasAt, zh));
  const plain = stripZhAsides(stripZhAsides(bilingual, aliasAt), aliasAt)
    // "通用汽車及其旗下GM全球科技營運公司": a subsidiary named after 旗下 is a party of its own;
    // "及其美国子公司", "及其关联企业" name none.
    .replace(/及其?旗下(?=[A-Z\u3400-\u9fff][^、，,；;]{1,40}?(?:公司|集团|集團|Inc|LLC|Ltd|Corporation))/g, "、")
    .replace(/(?<!以)及其[^、，,；;]*/g, "")
    .replace(/\s*\n\s*/g, " ");
  // A Latin comma separates parties only before a Chinese name: "Bellsing Corporation of Lisle, IL" is one.
  for (const raw of plain.split(/[、，；;]|,(?=\s*[\u3400-\u9fff])|(?:以及|和|及|与|與)(?=[\u3400-\u9fffA-Z0-9])/)) {
    const aliases = [...raw.matchAll(ZH_ALIAS_MARKER_RE)].flatMap((m) => aliasAt.get(Number(m[1])) ?? []);
    let name = raw
      .replace(ZH_ALIAS_MARKER_RE, "")
      .replace(/等(?:\s*\d+\s*家|[一二三四五六七八九十多几]+家)?.*$/, "")
      .replace(/^[\s:：]+/, "")
      .replace(/^(?:其中|包括|例如|比如|分别为|分别是|分別為|分別是|為|为|是)/, "")
      // "中国方面则有A在列", "另有A": the name between the aside's words.
      .replace(/^.*?(?:则有|則有|还有|還有|另有)/, "")
      .replace(/在列$/, "")
      .replace(/^[\s“”"'「」•·\-–—]+|[\s“”"'「」。]+$/g, "");
    let place: string | null = null;
    // "位于深圳的立讯精密…": the place is a location; "…汽车照明产品制造商江苏尚通…": a description.
    const seat = /^位[于於]([\u3400-\u9fff]{2,8})的/.exec(name);
    if (seat) {
      place = seat[1];
      name = name.slice(seat[0].length);
    }
    name = name.replace(/^[^、，,]{0,30}?(?:[制製]造商|生产商|生產商|[厂廠]商|[经經][销銷]商|供[应應]商|巨[头頭]|零售商)(?=\S{2,})/, "");
    // A description before a Latin name: "愛爾蘭公司Longitude …", "其美国合作方Tinno USA", "知識產權管理公司BH …";
    // a count after it: "… Advancements Ltd三家公司".
    name = name
      .replace(/^其?[\u3400-\u9fff]{0,10}?(?:公司|企业|企業|合作方|合作伙伴|子公司|母公司|关联公司|關聯公司)(?=[A-Z0-9][A-Za-z0-9])/, "")
      .replace(/(?<=[A-Za-z.])\s*(?:[一二两兩三四五六七八九十]|\d{1,2})家(?:公司|企业|企業)$/, "");
    // A group's regional affiliates are not named: "惠州等地关联企业".
    if (/等地|关联企业|關聯企業|关联公司|關聯公司|子公司$/.test(raw)) continue;
    if (CJK_RE.test(name.slice(-1))) name = name.replace(/\.+$/, "");
    if (!name) continue;
    let location: string | null = null;
    const country = ZH_COUNTRY_RE.exec(name);
    // "美国钢铁公司" is a name, not "钢铁公司" of the US: a generic rest keeps its country.
    if (country && name.length > country[0].length + 1 && !/^[\u3400-\u9fff]{0,2}(?:公司|集团)$/.test(name.slice(country[0].length).trim())) {
      location = country[0];
      name = name.slice(country[0].length).trim();
    }
    // "中国浙江 ACON Biotech (Hangzhou) Co., Ltd.": a province before a Latin name is a place.
    const province = /^([\u3400-\u9fff]{2,6})\s*(?=[A-Z][A-Za-z])/.exec(name);
    if (province && !CJK_RE.test(name.slice(province[0].length))) {
      location = `${location ?? ""}${province[1]}`;
      name = name.slice(province[0].length);
    }
    if (/^(?:以下|下列|如下|上述)(?:企业|公司|各方|实体)/.test(name)) continue;
    // Connectives and places are no parties: "此外", "位于密西根州", "伊利诺州".
    if (/^(?:此外|另外|同时|同時|然而|位[于於])|^[\u3400-\u9fff]{1,6}[州省]$/.test(name)) continue;
    if (name.length < 2 || name.length > 120) continue;
    if (ZH_COUNTRY_RE.test(name) && name.length <= 4) continue;
    if (/^(?:多家|若干|一些|部分|其|该|該|所有|他们|他們|她们|我们|对方|對方|相关|相關|某|[一二两兩三四五六七八九十]+家)|共\s*\d+\s*家|\d+\s*家/.test(name))
      continue;
    // A Chinese party is a company or a person; prose has verbs and particles.
    if (CJK_RE.test(name) && !/(?:公司|集团|集團|厂|廠|企业|企業|株式会社|商行|工作室|研究院|大学|店)$/.test(name) && name.length > 12) continue;
    if (/(?:美国国际贸易委员会|委员会|法院|海关|ITC|USITC|调查|申请|专利|排除令)/.test(name)) continue;
    location ??= place;
    const withAliases = (p: Party): Party => (aliases.length ? { ...p, aliases: [...(p.aliases ?? []), ...aliases] } : p);
    if (!CJK_RE.test(name)) {
      const latin = partyFromPhrase(name);
      if (latin && isPlausibleName(latin.name)) out.push(withAliases({ name: latin.name, location: latin.location ?? location }));
      continue;
    }
    out.push(withAliases({ name, location }));
  }
  return out;
}

function zhRespondents(text: string, folded: string): Party[] {
  const out: Party[] = [];
  ZH_ROLE_AFTER_RE.lastIndex = 0;
  let n = 0;
  for (let m = ZH_ROLE_AFTER_RE.exec(folded); m && n++ < MAX_CUE_MATCHES; m = ZH_ROLE_AFTER_RE.exec(folded)) {
    // The list runs back to the sentence's start, or to the verb that introduces it.
    const from = Math.max(0, m.index - 800);
    let start = from;
    const back = folded.slice(from, m.index);
    for (let i = back.length - 1; i >= 0; i--) {
      // Scraped text breaks lines mid-sentence, so only punctuation or a blank line (a new
      // paragraph, "台廠占半數 維輪、耿鼎被點名\n\n在20家被列為答辯人的企業中") starts a list here.
      if (ZH_LIST_START_RE.test(back[i]) || (back[i] === "\n" && /\n[ \t]*$/.test(back.slice(Math.max(0, i - 4), i)))) {
        start = from + i + 1;
        break;
      }
    }
    let list = text.slice(start, m.index);
    // The verb that introduces the list ("将", "认定") is looked for before the first
    // name only: single characters like 将 also occur inside names (电将军).
    const foldedList = folded.slice(start, m.index);
    const firstSeparator = foldedList.search(/[、；;]/);
    const head = firstSeparator < 0 ? foldedList : foldedList.slice(0, firstSeparator);
    const verb = /.*(?:将|把|认定|裁定|其中|最终|另有|并|，(?=[^，]*(?:公司|集团|Inc|Ltd|LLC)))/s.exec(head);
    if (verb) list = list.slice(verb[0].length);
    out.push(...zhListItems(list));
  }
  // "对包括中兴和三星在内的八家电子企业发起337调查": the named ones among the group the
  // investigation is started against ("今年已有包括华为…在内的多家企业被指侵权" is history).
  ZH_INCLUDING_RE.lastIndex = 0;
  n = 0;
  for (let m = ZH_INCLUDING_RE.exec(folded); m && n++ < MAX_CUE_MATCHES; m = ZH_INCLUDING_RE.exec(folded)) {
    const at = m.index + m[0].indexOf(m[1]);
    out.push(...zhListItems(text.slice(at, at + m[1].length)));
  }
  ZH_ROLE_BEFORE_RE.lastIndex = 0;
  n = 0;
  for (let m = ZH_ROLE_BEFORE_RE.exec(folded); m && n++ < MAX_CUE_MATCHES; m = ZH_ROLE_BEFORE_RE.exec(folded)) {
    const start = m.index + m[0].length;
    const rest = text.slice(start, start + 800);
    // "包括:A及其美国子公司;B、C;D": after a colon, ";" separates items, only "。" ends the list.
    const colon = /[:：]\s*$/.test(m[0]) || /^\s*[:：]/.test(rest);
    const end = (colon ? ZH_COLON_LIST_END_RE : ZH_SENTENCE_END_RE).exec(rest);
    out.push(...zhListItems(end ? rest.slice(0, end.index) : rest));
  }
  return out;
}
const ZH_COLON_LIST_END_RE = /[。！!？?]|\n\s*\n/;

// "由A、B以及C三家公司提出申請", "是由通用汽車就…向USITC提出申訴": the filer after 由.
const ZH_FILED_BY_ANCHOR_RE = /提出(?:申请|申請|申诉|申訴|控诉|控訴|诉讼|訴訟)|提交(?:的)?(?:申诉|申訴|申请|申請)/g;
// "通用汽車及其旗下GM…公司指控這些業者": the accuser before 指控 ("被指控" is the other side).
const ZH_ACCUSES_RE = /(?<!被)指控/g;
// "通用汽車於今年2月5日提出申訴": a name, a date, then the filing.
const ZH_FILED_ON_RE = /[于於](?:今年|去年|前年)?[\d年月日\s]{2,16}(?:提出|提交)/g;

function zhFiledBy(text: string, folded: string): Party[] {
  const out: Party[] = [];
  ZH_FILED_BY_ANCHOR_RE.lastIndex = 0;
  let n = 0;
  for (let a = ZH_FILED_BY_ANCHOR_RE.exec(folded); a && !out.length && n++ < MAX_CUE_MATCHES; a = ZH_FILED_BY_ANCHOR_RE.exec(folded)) {
    const from = Math.max(0, a.index - 200);
    const back = folded.slice(from, a.index);
    const sentence = Math.max(back.lastIndexOf("。"), back.lastIndexOf("\n"));
    const by = back.indexOf("由", sentence + 1);
    if (by < 0) continue;
    const rest = text.slice(from + by + 1, a.index);
    const end = /就|依据|依據|根据|根據|向|[于於](?:今年|去年|\d)|，|,(?=\s*[\u3400-\u9fff])/.exec(rest);
    out.push(...zhListItems(end ? rest.slice(0, end.index) : rest));
  }
  for (const re of [ZH_ACCUSES_RE, ZH_FILED_ON_RE]) {
    re.lastIndex = 0;
    n = 0;
    for (let a = re.exec(folded); a && !out.length && n++ < MAX_CUE_MATCHES; a = re.exec(folded)) {
      const from = Math.max(0, a.index - 120);
      const back = text.slice(from, a.index).replace(/[，,\s]+$/, "");
      let start = -1;
      for (const c of "。，,；;！？\n") start = Math.max(start, back.lastIndexOf(c));
      const clause = back.slice(start + 1).replace(/^.*?(?:起因[于於]|源[于於]|由[于於]|因為|因为|是由|由)/, "");
      if (clause.length < 2) continue;
      out.push(...zhListItems(clause));
    }
  }
  return out;
}

function zhComplainants(text: string, folded: string): Party[] {
  const out: Party[] = [];
  ZH_COMPLAINANT_BEFORE_RE.lastIndex = 0;
  let n = 0;
  for (let m = ZH_COMPLAINANT_BEFORE_RE.exec(folded); m && n++ < MAX_CUE_MATCHES; m = ZH_COMPLAINANT_BEFORE_RE.exec(folded)) {
    // "被申请人为…" also contains "申请人为": that is the other side.
    if (folded[m.index - 1] === "被") continue;
    const start = m.index + m[0].length;
    const rest = text.slice(start, start + 400);
    const end = /[。；;\n，,]/.exec(rest);
    out.push(...zhListItems(end ? rest.slice(0, end.index) : rest));
  }
  // "美国L&L Candle Company LLC和美国Sotera Tschetter Inc.依据…向美国国际贸易委员会提出申请"
  // Parenthesised English names break lines and hold commas; the name is read without them.
  // The anchor ("向…ITC…提出") is found first and the name read back from it, so the cost
  // is bounded by the anchors, not by every country word in the text.
  const bare = folded.replace(ZH_PAREN_RE, "").replace(ZH_PAREN_RE, "");
  let filed: string | null = null;
  ZH_FILED_ANCHOR_RE.lastIndex = 0;
  n = 0;
  for (let a = ZH_FILED_ANCHOR_RE.exec(bare); a && !filed && n++ < MAX_CUE_MATCHES; a = ZH_FILED_ANCHOR_RE.exec(bare)) {
    filed = filerBefore(bare.slice(Math.max(0, a.index - 300), a.index));
  }
  if (!out.length && filed) out.push(...zhListItems(filed));
  if (!out.length) out.push(...zhFiledBy(text, folded));
  ZH_CASE_APPLICANT_RE.lastIndex = 0;
  n = 0;
  for (let m = out.length ? null : ZH_CASE_APPLICANT_RE.exec(folded); m && n++ < MAX_CUE_MATCHES; m = ZH_CASE_APPLICANT_RE.exec(folded)) {
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const end = ZH_APPLICANT_END_RE.exec(rest);
    out.push(...zhListItems(end ? rest.slice(0, end.index) : rest));
  }
  return out;
}

// ---------------------------------------------------------------------------------------

const ZH_CAPTION_PLAINTIFF_RE = /([A-Z][A-Za-z0-9&.,'’ -]{1,80}|[\u3400-\u9fff]{2,30}(?:公司|集团))\s*$/;
const ZH_CAPTION_DEFENDANT_RE = /^\s*([^。，,；;]{1,80}?)(?:一案|案)/;

export type PartyFacts = { complainants: Party[]; respondents: Party[]; caption: Caption | null };

/** Every party the text names, by the first wording that yields any for each side. */
/** "a.k.a." and the like read as one token, so their periods do not end a sentence (same length). */
function normaliseAliasMarks(s: string): string {
  const marks = s.includes(".k.a.") || s.includes("d.b.a.") ? s.replace(/\b([adf])\.([kb])\.a\./gi, "$1/$2/a ") : s;
  // Pages that annotate characters with pinyin ("美國(guó)國(guó)際貿(mào)易"): the readings go.
  return marks.includes("(") ? marks.replace(PINYIN_NOTE_RE, "") : marks;
}
const PINYIN_NOTE_RE = /(?<=[\u3400-\u9fff])\([a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,6}\)/g;

/** A headline shortens names ("Patent suit against ZTE to continue"): the body's wording is read first. */
function bodyFirst(text: string, all: string, read: (s: string) => Party[]): Party[] {
  const fromBody = read(text);
  return fromBody.length ? fromBody : read(all);
}

export function extractParties(rawTitle: string, rawText: string): PartyFacts {
  const title = normaliseAliasMarks(rawTitle);
  const text = normaliseAliasMarks(rawText);
  const all = `${title}\n${text}`;
  let caption = captionOf(title, text);
  const labels = definedLabels(all);

  // Determinations name respondents in passing ("terminated as to respondent A", "found B
  // in default") next to a list, so those wordings add to whatever a list gave.
  let respondents = dedupe(
    [
      ...collectMatches(all, TERMINATED_AS_TO_RE),
      ...(listedParties(text, RESPONDENT_LIST_RE) ?? bodyFirst(text, all, (t) => partiesAfterCues(t, RESPONDENT_CUES, false))),
      ...collectMatches(all, AS_RESPONDENT_RE),
      ...collectMatches(all, IN_DEFAULT_RE),
      ...collectAnchored(all, PROSE_RESPONDENT_ANCHOR_RE, PROSE_RESPONDENT_RE),
      ...collectAnchored(all, ORDER_AGAINST_ANCHOR_RE, ORDER_AGAINST_RE),
      ...namedBefore(all),
    ].filter((p) => !isDefinedLabel(p.name, labels)),
  );
  let complainants = listedParties(text, COMPLAINANT_LIST_RE) ?? bodyFirst(text, all, (t) => partiesAfterCues(t, COMPLAINANT_CUES, true, labels));

  if (!complainants.length) {
    complainants = dedupe(bodyFirst(text, all, (t) => namedBefore(t, FILED_A_COMPLAINT_RE)).filter((p) => !isDefinedLabel(p.name, labels)));
  }
  if (CJK_RE.test(all)) {
    const folded = foldChineseOnce(all);
    if (!respondents.length) respondents = dedupe(zhRespondents(all, folded));
    if (!complainants.length) complainants = dedupe(zhComplainants(all, folded));
  }
  if (!caption && CJK_RE.test(all)) {
    // "Eicher Motors Ltd.诉Schedule A所列被告一案", "A公司诉B公司案": found from each 诉,
    // reading a bounded stretch on either side.
    let at = all.indexOf("诉");
    for (let n = 0; at >= 0 && !caption && n < MAX_CUE_MATCHES; n++, at = all.indexOf("诉", at + 1)) {
      const before = ZH_CAPTION_PLAINTIFF_RE.exec(all.slice(Math.max(0, at - 100), at));
      const after = ZH_CAPTION_DEFENDANT_RE.exec(all.slice(at + 1, at + 100));
      if (!before || !after) continue;
      const scheduleA = /Schedule\s*A|附表\s*A/i.test(after[1]);
      const plaintiff = cleanName(before[1]);
      const defendant = cleanName(after[1]);
      if (isPlausibleName(plaintiff)) {
        caption = { plaintiff, defendant: scheduleA || !isPlausibleName(defendant) ? null : defendant, scheduleA };
      }
    }
  }
  if (caption) {
    if (!complainants.length) complainants = [{ name: caption.plaintiff, location: null }];
    if (!respondents.length && caption.defendant) respondents = [{ name: caption.defendant, location: null }];
  }
  // A complainant listed again on the other side is the wording's echo, not a respondent.
  const complainantKeys = new Set(complainants.map((p) => partyKey(p.name)));
  respondents = respondents.filter((p) => !complainantKeys.has(partyKey(p.name)));
  return { complainants, respondents, caption };
}
