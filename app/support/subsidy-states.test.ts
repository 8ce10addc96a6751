import { describe, expect, it } from "vitest";
import { checkSubsidyTransition, nextSubsidyStates, SUBSIDY_STATES } from "./subsidy-states.ts";

describe("subsidy application states", () => {
  it("walks submitted → review → supplement → review → approved → paid with the right actor and needs", () => {
    expect(checkSubsidyTransition("submitted", "under-review", "staff")).toEqual({ ok: true, needs: null });
    expect(checkSubsidyTransition("under-review", "needs-supplement", "staff")).toEqual({ ok: true, needs: "reason" });
    expect(checkSubsidyTransition("needs-supplement", "under-review", "exporter")).toEqual({ ok: true, needs: null });
    expect(checkSubsidyTransition("under-review", "approved", "staff")).toEqual({ ok: true, needs: "amount" });
    expect(checkSubsidyTransition("approved", "paid", "staff")).toEqual({ ok: true, needs: "amount" });
    expect(checkSubsidyTransition("under-review", "rejected", "staff")).toEqual({ ok: true, needs: "reason" });
  });

  it.each([
    ["submitted", "approved"],
    ["submitted", "paid"],
    ["under-review", "paid"],
    ["rejected", "paid"],
    ["rejected", "under-review"],
    ["paid", "approved"],
    ["approved", "rejected"],
  ] as const)("refuses %s → %s", (from, to) => {
    expect(checkSubsidyTransition(from, to, "staff")).toEqual({ ok: false, error: "illegal-transition" });
  });

  it("keeps exporters to answering a supplement request", () => {
    expect(checkSubsidyTransition("under-review", "approved", "exporter")).toEqual({ ok: false, error: "not-allowed-for-actor" });
    expect(SUBSIDY_STATES.flatMap((s) => nextSubsidyStates(s, "exporter").map((to) => `${s}→${to}`))).toEqual(["needs-supplement→under-review"]);
  });

  it("ends at paid and rejected", () => {
    expect(nextSubsidyStates("paid", "staff")).toEqual([]);
    expect(nextSubsidyStates("rejected", "staff")).toEqual([]);
  });
});
