import { describe, expect, it } from "vitest";
import { type ApplicantFacts, checkEligibility, type PolicyRule } from "./eligibility.ts";

const overseasWon: PolicyRule = {
  kind: "won-case",
  amountRule: "fixed",
  fixedAmount: 100_000,
  share: null,
  capPerApplication: null,
  capPerYear: null,
  maxYears: null,
  conditions: { registeredIn: ["深圳"], caseScope: "overseas", wonRequired: true, decidedFrom: "2026-01-01", decidedTo: "2026-12-31" },
};

const premium: PolicyRule = {
  kind: "premium",
  amountRule: "share-capped",
  fixedAmount: null,
  share: 0.5,
  capPerApplication: 200_000,
  capPerYear: 300_000,
  maxYears: 3,
  conditions: { registeredIn: [], insuranceKinds: ["patent-enforcement", "overseas-infringement-liability"] },
};

const facts: ApplicantFacts = {
  companyCity: "深圳市",
  caseScope: "overseas",
  won: true,
  decidedOn: "2026-06-01",
  costs: 800_000,
  premium: 100_000,
  insuranceKind: "patent-enforcement",
  year: 2026,
  usedThisYear: 0,
  yearsSubsidised: [],
  sameSubjectExists: false,
};

const failing = (r: ReturnType<typeof checkEligibility>) => r.checks.filter((c) => !c.holds).map((c) => c.id);

describe("won-case subsidy eligibility", () => {
  it("grants the fixed sum when every condition holds and lists each condition as holding", () => {
    const r = checkEligibility(overseasWon, facts);
    expect(r).toMatchObject({ eligible: true, amount: 100_000, amountLimitedBy: "fixed" });
    expect(r.checks.map((c) => c.id)).toEqual(["registered-in", "case-scope", "won", "decided-window", "once-per-subject", "amount-basis"]);
  });

  it.each<[string, Partial<ApplicantFacts>, string]>([
    ["a company registered elsewhere", { companyCity: "宁波" }, "registered-in"],
    ["a company without a city", { companyCity: null }, "registered-in"],
    ["a domestic case under the overseas policy", { caseScope: "domestic" }, "case-scope"],
    ["a case not won", { won: false }, "won"],
    ["a decision before the window", { decidedOn: "2025-12-31" }, "decided-window"],
    ["a decision after the window", { decidedOn: "2027-01-01" }, "decided-window"],
    ["no decision date", { decidedOn: null }, "decided-window"],
    ["a second application for the same case", { sameSubjectExists: true }, "once-per-subject"],
  ])("refuses %s and names the failing condition", (_name, change, failed) => {
    const r = checkEligibility(overseasWon, { ...facts, ...change });
    expect(r.eligible).toBe(false);
    expect(r.amount).toBe(0);
    expect(failing(r)).toEqual([failed]);
  });

  it("accepts the window's first and last day", () => {
    expect(checkEligibility(overseasWon, { ...facts, decidedOn: "2026-01-01" }).eligible).toBe(true);
    expect(checkEligibility(overseasWon, { ...facts, decidedOn: "2026-12-31" }).eligible).toBe(true);
  });

  it("does not ask about the case scope when the policy takes any scope", () => {
    const any = { ...overseasWon, conditions: { ...overseasWon.conditions, caseScope: "any" as const } };
    expect(checkEligibility(any, { ...facts, caseScope: "domestic" }).eligible).toBe(true);
  });
});

describe("share-with-cap subsidies", () => {
  it.each<[string, Partial<ApplicantFacts>, number, string]>([
    ["half of a small premium", { premium: 60_000 }, 30_000, "share"],
    ["the per-application cap for a large premium", { premium: 1_000_000 }, 200_000, "cap-per-application"],
    ["what is left of the per-year cap", { premium: 300_000, usedThisYear: 250_000 }, 50_000, "cap-per-year"],
  ])("pays %s", (_name, change, amount, limitedBy) => {
    const r = checkEligibility(premium, { ...facts, ...change });
    expect(r).toMatchObject({ eligible: true, amount, amountLimitedBy: limitedBy });
  });

  it("refuses once the per-year cap is used up", () => {
    const r = checkEligibility(premium, { ...facts, usedThisYear: 300_000 });
    expect(failing(r)).toEqual(["per-year-cap"]);
    expect(r.checks.find((c) => c.id === "per-year-cap")!.params).toMatchObject({ left: "0" });
  });

  it("refuses a fourth year of subsidy but not another application in a year already counted", () => {
    expect(failing(checkEligibility(premium, { ...facts, yearsSubsidised: [2023, 2024, 2025] }))).toEqual(["years-of-eligibility"]);
    expect(checkEligibility(premium, { ...facts, yearsSubsidised: [2024, 2025, 2026] }).eligible).toBe(true);
  });

  it("refuses an insurance kind the policy does not cover, and a missing premium", () => {
    expect(failing(checkEligibility(premium, { ...facts, insuranceKind: "patent-infringement-loss" }))).toEqual(["insurance-kind"]);
    expect(failing(checkEligibility(premium, { ...facts, premium: null }))).toEqual(["amount-basis"]);
  });

  it("takes the share of the costs for an aid project", () => {
    const aid: PolicyRule = { ...premium, kind: "aid-project", share: 0.3, capPerApplication: 500_000, capPerYear: null, maxYears: null, conditions: {} };
    expect(checkEligibility(aid, { ...facts, costs: 1_000_000 })).toMatchObject({ eligible: true, amount: 300_000, amountLimitedBy: "share" });
  });
});
