// Expert matching (专家匹配): pure scoring of expert profiles against a guidance request.
// No database here; app/models/expert-assignment.server.ts gathers the inputs and stores choices.
// Every point of the score is explained so staff can see why an expert ranks where it does,
// and every hard exclusion carries its reason.

/** Points per criterion; the sum of the maxima is 100. */
export const MATCH_WEIGHTS = {
  ipType: 25,
  jurisdiction: 25,
  industry: 15,
  language: 10,
  capacity: 10,
  rating: 10,
  recency: 5,
} as const;
export type MatchCriterion = keyof typeof MATCH_WEIGHTS;

/** After this many days without an assignment an expert gets the full recency points. */
export const RECENCY_FULL_DAYS = 60;

export interface MatchRequest {
  ipTypes: string[];
  jurisdiction: string | null;
  industries: string[];
  languages: string[];
  opposingParty: string | null;
  opposingCounsel: string | null;
  /** Other companies named in the same case (Case.respondents) who compete with the requester. */
  coRespondents: string[];
  /** The requester itself (never a conflict against itself). */
  requesterNames: string[];
}

export interface MatchExpert {
  id: string;
  name: string;
  organisation: string | null;
  active: boolean;
  ipTypes: string[];
  jurisdictions: string[];
  industries: string[];
  languages: string[];
  capacity: number;
  openAssignments: number;
  unavailable: { from: string; to: string }[];
  conflictCompanies: string[];
  conflictFirms: string[];
  ratings: number[];
  lastAssignedAt: Date | null;
}

export type ExclusionReason =
  | { kind: "inactive" }
  | { kind: "unavailable"; from: string; to: string }
  | { kind: "no-capacity"; open: number; capacity: number }
  | {
      kind: "conflict";
      role: "opposing-party" | "opposing-counsel" | "co-respondent" | "organisation";
      name: string;
      declared: string;
    };

export interface ScorePart {
  criterion: MatchCriterion;
  points: number;
  max: number;
  /** What matched (ids, or a number as text) */
  detail: string[];
}

export interface MatchResult {
  expertId: string;
  name: string;
  organisation: string | null;
  score: number;
  breakdown: ScorePart[];
  excluded: ExclusionReason[];
}

// Compared after dots and commas became spaces, so "Co., Ltd." and "co ltd" are one suffix.
const LATIN_SUFFIXES = [
  "co ltd",
  "company limited",
  "corporation",
  "incorporated",
  "limited",
  "l l p",
  "l l c",
  "llp",
  "llc",
  "ltd",
  "inc",
  "corp",
  "company",
  "co",
  "gmbh",
  "s a",
  "s r l",
  "b v",
  "sa",
  "srl",
  "bv",
  "plc",
  "ag",
];
const CJK_SUFFIXES = ["股份有限公司", "有限责任公司", "有限公司", "律师事务所", "公司"];

/**
 * A comparable form of a company or firm name: NFKC folds full-width letters and punctuation,
 * case is folded, trailing legal suffixes (Co., Ltd. / LLP / 有限公司) are stripped repeatedly,
 * and punctuation and spaces are dropped.
 */
export function normaliseName(name: string): string {
  let s = name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[.,;:()（）]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  s = s.replace(/^the /, "");
  let changed = true;
  while (changed) {
    changed = false;
    for (const suffix of LATIN_SUFFIXES) {
      // A word of its own: "Bancorp" keeps its "corp".
      if (s.endsWith(` ${suffix}`)) {
        s = s.slice(0, s.length - suffix.length).trim();
        changed = true;
        break;
      }
    }
    for (const suffix of CJK_SUFFIXES) {
      if (s.endsWith(suffix) && s.length > suffix.length) {
        s = s.slice(0, s.length - suffix.length).trim();
        changed = true;
        break;
      }
    }
  }
  return s.replace(/[\s\p{P}\p{S}]+/gu, "");
}

export function sameName(a: string, b: string): boolean {
  const na = normaliseName(a);
  return na.length > 0 && na === normaliseName(b);
}

function overlap(wanted: string[], offered: string[]): string[] {
  const have = new Set(offered.map((v) => v.toLowerCase()));
  return wanted.filter((w) => have.has(w.toLowerCase()));
}

function part(criterion: MatchCriterion, fraction: number, detail: string[]): ScorePart {
  const max = MATCH_WEIGHTS[criterion];
  return {
    criterion,
    max,
    points: Math.round(max * Math.max(0, Math.min(1, fraction)) * 10) / 10,
    detail,
  };
}

/** YYYY-MM-DD of `now` in Asia/Shanghai: windows are calendar dates in the centre's time zone. */
export function shanghaiDate(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

export function conflictsOf(request: MatchRequest, expert: MatchExpert): ExclusionReason[] {
  const out: ExclusionReason[] = [];
  const declared = [...expert.conflictCompanies, ...expert.conflictFirms];
  const parties: {
    role: "opposing-party" | "opposing-counsel" | "co-respondent";
    name: string;
  }[] = [];
  if (request.opposingParty) parties.push({ role: "opposing-party", name: request.opposingParty });
  if (request.opposingCounsel) parties.push({ role: "opposing-counsel", name: request.opposingCounsel });
  for (const name of request.coRespondents) {
    if (!request.requesterNames.some((r) => sameName(r, name))) parties.push({ role: "co-respondent", name });
  }
  for (const p of parties) {
    const hit = declared.find((d) => sameName(d, p.name));
    if (hit) out.push({ kind: "conflict", role: p.role, name: p.name, declared: hit });
    // The expert's own organisation acting for the other side (e.g. the opposing counsel's firm).
    else if (expert.organisation && sameName(expert.organisation, p.name)) {
      out.push({
        kind: "conflict",
        role: "organisation",
        name: p.name,
        declared: expert.organisation,
      });
    }
  }
  return out;
}

export function scoreExpert(request: MatchRequest, expert: MatchExpert, now: Date): MatchResult {
  const excluded: ExclusionReason[] = [];
  if (!expert.active) excluded.push({ kind: "inactive" });
  const today = shanghaiDate(now);
  const window = expert.unavailable.find((w) => w.from <= today && today <= w.to);
  if (window) excluded.push({ kind: "unavailable", from: window.from, to: window.to });
  const spare = expert.capacity - expert.openAssignments;
  if (spare <= 0)
    excluded.push({
      kind: "no-capacity",
      open: expert.openAssignments,
      capacity: expert.capacity,
    });
  excluded.push(...conflictsOf(request, expert));

  const ip = overlap(request.ipTypes, expert.ipTypes);
  const jur = request.jurisdiction ? overlap([request.jurisdiction], expert.jurisdictions) : [];
  const ind = overlap(request.industries, expert.industries);
  const lang = overlap(request.languages, expert.languages);
  const avgRating = expert.ratings.length ? expert.ratings.reduce((a, b) => a + b, 0) / expert.ratings.length : null;
  const daysIdle = expert.lastAssignedAt ? (now.getTime() - expert.lastAssignedAt.getTime()) / 86_400_000 : null;

  const breakdown: ScorePart[] = [
    // The dispute's main IP type (listed first) earns full points; only a secondary one, half.
    part("ipType", ip.length === 0 ? 0 : ip.includes(request.ipTypes[0]) ? 1 : 0.5, ip),
    part("jurisdiction", jur.length ? 1 : 0, jur),
    part("industry", request.industries.length ? ind.length / request.industries.length : 0, ind),
    part("language", request.languages.length ? lang.length / request.languages.length : 0, lang),
    part("capacity", expert.capacity > 0 ? Math.max(0, spare) / expert.capacity : 0, [`${Math.max(0, spare)}/${expert.capacity}`]),
    // No rating yet counts as average (3 of 5) so new experts are not buried.
    part("rating", ((avgRating ?? 3) - 1) / 4, avgRating === null ? [] : [avgRating.toFixed(1), String(expert.ratings.length)]),
    part("recency", daysIdle === null ? 1 : daysIdle / RECENCY_FULL_DAYS, daysIdle === null ? [] : [String(Math.floor(daysIdle))]),
  ];
  const score = Math.round(breakdown.reduce((a, p) => a + p.points, 0) * 10) / 10;
  return {
    expertId: expert.id,
    name: expert.name,
    organisation: expert.organisation,
    score,
    breakdown,
    excluded,
  };
}

/** Eligible experts by score (ties by name), then the excluded ones with their reasons. */
export function rankExperts(request: MatchRequest, experts: MatchExpert[], now: Date) {
  const all = experts.map((e) => scoreExpert(request, e, now));
  const byScore = (a: MatchResult, b: MatchResult) => b.score - a.score || a.name.localeCompare(b.name);
  return {
    ranked: all.filter((r) => r.excluded.length === 0).sort(byScore),
    excluded: all.filter((r) => r.excluded.length > 0).sort(byScore),
  };
}

/** What a dispute type is about: the IP types an expert should know. */
export const DISPUTE_IP_TYPES: Record<string, string[]> = {
  "us-itc-337": ["patent", "trade-secret", "trademark"],
  "us-district-court": ["patent"],
  "schedule-a-tro": ["trademark", "copyright", "design"],
  "eu-customs": ["trademark", "design", "patent"],
  "trademark-opposition": ["trademark"],
  "trade-fair-injunction": ["patent", "design"],
  "platform-takedown": ["trademark", "copyright", "design"],
  other: [],
};

/** The working language(s) a forum's papers come in; Chinese always helps with the client. */
export function languagesForJurisdiction(jurisdiction: string | null): string[] {
  const j = (jurisdiction ?? "").toUpperCase();
  const map: Record<string, string[]> = {
    US: ["en"],
    GB: ["en"],
    UK: ["en"],
    AU: ["en"],
    CA: ["en"],
    IN: ["en"],
    EU: ["en"],
    DE: ["de"],
    FR: ["fr"],
    ES: ["es"],
    IT: ["it"],
    JP: ["ja"],
    KR: ["ko"],
    BR: ["pt"],
    RU: ["ru"],
  };
  return map[j] ?? ["en"];
}
