import { describe, expect, it } from "vitest";
import { canEscalateFrom, checkTransition, nextStates, REQUEST_STATES } from "./request-states.ts";

describe("guidance request state machine", () => {
  it("lets staff accept, reject or ask for a supplement only from review", () => {
    expect(nextStates("under-review", "staff").sort()).toEqual(["accepted", "needs-supplement", "rejected", "terminated"]);
    expect(checkTransition("submitted", "accepted", "staff")).toEqual({ ok: false, error: "illegal-transition" });
  });

  it("requires a reason for rejection, supplement and termination but not for acceptance", () => {
    expect(checkTransition("under-review", "rejected", "staff")).toEqual({ ok: true, reasonRequired: true });
    expect(checkTransition("under-review", "needs-supplement", "staff")).toEqual({ ok: true, reasonRequired: true });
    expect(checkTransition("accepted", "terminated", "staff")).toEqual({ ok: true, reasonRequired: true });
    expect(checkTransition("under-review", "accepted", "staff")).toEqual({ ok: true, reasonRequired: false });
  });

  it("refuses an exporter doing staff work and anyone leaving an end state", () => {
    expect(checkTransition("under-review", "accepted", "exporter")).toEqual({ ok: false, error: "not-allowed-for-actor" });
    for (const to of REQUEST_STATES) expect(checkTransition("archived", to, "staff").ok).toBe(false);
    expect(checkTransition("rejected", "terminated", "staff").ok).toBe(false);
  });

  it("allows termination from every open state and escalation only after review started", () => {
    for (const from of [
      "submitted",
      "under-review",
      "needs-supplement",
      "accepted",
      "expert-assigned",
      "advice-drafted",
      "advice-reviewed",
      "delivered",
    ] as const) {
      expect(checkTransition(from, "terminated", "staff").ok).toBe(true);
    }
    expect(canEscalateFrom("submitted")).toBe(false);
    expect(canEscalateFrom("under-review")).toBe(true);
    expect(canEscalateFrom("closed")).toBe(false);
  });

  it("sends a declined assignment back to matching", () => {
    expect(checkTransition("expert-assigned", "accepted", "expert").ok).toBe(true);
  });
});
