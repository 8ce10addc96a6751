// Subsidy eligibility as a pure function of a policy and the applicant's facts. The result
// explains itself: every condition the policy sets is listed with whether it holds, and the
// amount shows which cap bit. Staff re-run the same function when they review.
import type { AmountRule, CaseScope, SubsidyKind } from "./vocabulary.ts";

export interface PolicyConditions {
  /** Cities where the company must be registered; empty = anywhere. */
  registeredIn?: string[];
  caseScope?: CaseScope | "any";
  wonRequired?: boolean;
  /** YYYY-MM-DD window for the decision (judgment, award, administrative decision). */
  decidedFrom?: string | null;
  decidedTo?: string | null;
  /** For premium subsidies: which insurance kinds count; empty = any. */
  insuranceKinds?: string[];
}

export interface PolicyRule {
  kind: SubsidyKind;
  amountRule: AmountRule;
  fixedAmount: number | null;
  share: number | null;
  capPerApplication: number | null;
  capPerYear: number | null;
  maxYears: number | null;
  conditions: PolicyConditions;
}

export interface ApplicantFacts {
  companyCity: string | null;
  caseScope: CaseScope | null;
  won: boolean;
  /** YYYY-MM-DD */
  decidedOn: string | null;
  costs: number | null;
  premium: number | null;
  insuranceKind: string | null;
  year: number;
  /** Approved or paid amounts of this company under this policy in `year` (this application excluded). */
  usedThisYear: number;
  /** Distinct years in which this company was approved or paid under this policy (this application excluded). */
  yearsSubsidised: number[];
  /** Another application for the same case/subject under this policy already exists. */
  sameSubjectExists: boolean;
}

export type CheckId =
  "registered-in" | "case-scope" | "won" | "decided-window" | "insurance-kind" | "once-per-subject" | "years-of-eligibility" | "amount-basis" | "per-year-cap";

export interface Check {
  id: CheckId;
  holds: boolean;
  /** Values for the explanation text (catalogue `support.check.<id>.<holds|fails>`). */
  params: Record<string, string>;
}

export interface EligibilityResult {
  eligible: boolean;
  checks: Check[];
  /** Yuan; 0 when not eligible. */
  amount: number;
  /** Which limit set the amount: the fixed sum, the share, the per-application cap, or the per-year cap. */
  amountLimitedBy: "fixed" | "share" | "cap-per-application" | "cap-per-year" | null;
}

/** "深圳市" and "深圳" are the same city; case and width do not matter. */
function sameCity(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize("NFKC").trim().toLowerCase().replace(/市$/, "");
  return norm(a) === norm(b);
}

const yuan = (n: number) => String(Math.round(n * 100) / 100);

export function checkEligibility(policy: PolicyRule, facts: ApplicantFacts): EligibilityResult {
  const checks: Check[] = [];
  const c = policy.conditions;
  const add = (id: CheckId, holds: boolean, params: Record<string, string> = {}) => checks.push({ id, holds, params });

  if (c.registeredIn && c.registeredIn.length > 0) {
    const city = facts.companyCity ?? "";
    add("registered-in", !!city && c.registeredIn.some((x) => sameCity(x, city)), { required: c.registeredIn.join("、"), actual: city || "—" });
  }
  if (policy.kind !== "premium" && c.caseScope && c.caseScope !== "any") {
    add("case-scope", facts.caseScope === c.caseScope, { required: c.caseScope, actual: facts.caseScope ?? "—" });
  }
  if (c.wonRequired) add("won", facts.won);
  if (c.decidedFrom || c.decidedTo) {
    const d = facts.decidedOn;
    const inWindow = !!d && (!c.decidedFrom || d >= c.decidedFrom) && (!c.decidedTo || d <= c.decidedTo);
    add("decided-window", inWindow, { from: c.decidedFrom ?? "—", to: c.decidedTo ?? "—", actual: d ?? "—" });
  }
  if (policy.kind === "premium" && c.insuranceKinds && c.insuranceKinds.length > 0) {
    add("insurance-kind", !!facts.insuranceKind && c.insuranceKinds.includes(facts.insuranceKind), { actual: facts.insuranceKind ?? "—" });
  }
  add("once-per-subject", !facts.sameSubjectExists);
  if (policy.maxYears !== null) {
    const years = new Set(facts.yearsSubsidised);
    const holds = years.has(facts.year) || years.size < policy.maxYears;
    add("years-of-eligibility", holds, { max: String(policy.maxYears), used: String(years.size) });
  }

  // The amount: the fixed sum, or the share of the basis (costs, or the premium) under the caps.
  let amount = 0;
  let limitedBy: EligibilityResult["amountLimitedBy"] = null;
  if (policy.amountRule === "fixed") {
    amount = policy.fixedAmount ?? 0;
    limitedBy = "fixed";
    add("amount-basis", amount > 0, { amount: yuan(amount) });
  } else {
    const basis = policy.kind === "premium" ? facts.premium : facts.costs;
    const share = policy.share ?? 0;
    const holds = basis !== null && basis > 0 && share > 0;
    amount = holds ? basis * share : 0;
    limitedBy = "share";
    if (policy.capPerApplication !== null && amount > policy.capPerApplication) {
      amount = policy.capPerApplication;
      limitedBy = "cap-per-application";
    }
    add("amount-basis", holds, { basis: basis === null ? "—" : yuan(basis), share: `${Math.round(share * 1000) / 10}%`, amount: yuan(amount) });
  }
  if (policy.capPerYear !== null) {
    const left = Math.max(0, policy.capPerYear - facts.usedThisYear);
    add("per-year-cap", left > 0, { cap: yuan(policy.capPerYear), used: yuan(facts.usedThisYear), left: yuan(left) });
    if (amount > left) {
      amount = left;
      limitedBy = "cap-per-year";
    }
  }

  const eligible = checks.every((ch) => ch.holds);
  return { eligible, checks, amount: eligible ? Math.round(amount * 100) / 100 : 0, amountLimitedBy: eligible ? limitedBy : null };
}
