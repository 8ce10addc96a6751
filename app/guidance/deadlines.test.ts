import { describe, expect, it } from "vitest";
import { deadlineWarnings, effectiveDeadline } from "./deadlines.ts";

const d = (iso: string) => new Date(`${iso}T23:59:59+08:00`);
const none = { deadlineOverride: null, computedDeadline: null, statedDeadline: null };

describe("effective deadline", () => {
  it("takes the company's own deadline when it is earlier than the computed one", () => {
    expect(effectiveDeadline({ ...none, computedDeadline: d("2026-07-20"), statedDeadline: d("2026-07-10") })).toEqual(d("2026-07-10"));
  });
  it("takes the computed deadline when the stated one is later", () => {
    expect(effectiveDeadline({ ...none, computedDeadline: d("2026-07-20"), statedDeadline: d("2026-07-30") })).toEqual(d("2026-07-20"));
  });
  it("lets a staff override win over both", () => {
    expect(effectiveDeadline({ deadlineOverride: d("2026-08-01"), computedDeadline: d("2026-07-20"), statedDeadline: d("2026-07-10") })).toEqual(
      d("2026-08-01"),
    );
  });
});

describe("deadline warnings", () => {
  const now = new Date("2026-07-01T04:00:00Z");
  const base = { state: "submitted", servedAt: null, statedDeadline: null, computedDeadline: null, deadlineOverride: null };
  it("warns about a served date in the future", () => {
    expect(deadlineWarnings({ ...base, servedAt: d("2026-07-05") }, now)).toEqual(["servedInFuture"]);
  });
  it("warns about a stated deadline already past on an open request", () => {
    expect(deadlineWarnings({ ...base, statedDeadline: d("2026-06-20") }, now)).toContain("statedInPast");
  });
  it("warns when the company's deadline is earlier than the computed one", () => {
    expect(deadlineWarnings({ ...base, statedDeadline: d("2026-07-10"), computedDeadline: d("2026-07-20") }, now)).toEqual(["statedEarlier"]);
  });
  it("says nothing about deadlines of a closed request", () => {
    expect(deadlineWarnings({ ...base, state: "closed", statedDeadline: d("2026-06-20"), computedDeadline: d("2026-07-20") }, now)).toEqual([]);
  });
});
