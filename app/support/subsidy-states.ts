// The subsidy-application state machine: submitted → under-review → needs-supplement (→ back to
// review) → approved (with an amount) / rejected (with a reason) → paid. Pure: the model
// (app/models/subsidy-application.server.ts) enforces it in one transition function.
export const SUBSIDY_STATES = ["submitted", "under-review", "needs-supplement", "approved", "rejected", "paid"] as const;
export type SubsidyState = (typeof SUBSIDY_STATES)[number];
export type SubsidyActor = "exporter" | "staff";

interface Edge {
  to: SubsidyState;
  by: SubsidyActor;
  /** reason: a written note is required; amount: a positive amount is required. */
  needs?: "reason" | "amount";
}

const EDGES: Record<SubsidyState, readonly Edge[]> = {
  submitted: [{ to: "under-review", by: "staff" }],
  "under-review": [
    { to: "needs-supplement", by: "staff", needs: "reason" },
    { to: "approved", by: "staff", needs: "amount" },
    { to: "rejected", by: "staff", needs: "reason" },
  ],
  "needs-supplement": [{ to: "under-review", by: "exporter" }],
  approved: [{ to: "paid", by: "staff", needs: "amount" }],
  rejected: [],
  paid: [],
};

export function isSubsidyState(value: unknown): value is SubsidyState {
  return typeof value === "string" && (SUBSIDY_STATES as readonly string[]).includes(value);
}

export function nextSubsidyStates(from: SubsidyState, actor: SubsidyActor): SubsidyState[] {
  return EDGES[from].filter((e) => e.by === actor).map((e) => e.to);
}

export type SubsidyTransitionCheck = { ok: true; needs: "reason" | "amount" | null } | { ok: false; error: "illegal-transition" | "not-allowed-for-actor" };

export function checkSubsidyTransition(from: SubsidyState, to: SubsidyState, actor: SubsidyActor): SubsidyTransitionCheck {
  const edge = EDGES[from].find((e) => e.to === to);
  if (!edge) return { ok: false, error: "illegal-transition" };
  if (edge.by !== actor) return { ok: false, error: "not-allowed-for-actor" };
  return { ok: true, needs: edge.needs ?? null };
}

/** States that still count against caps (an approved or paid subsidy uses the budget). */
export const COUNTING_STATES: readonly SubsidyState[] = ["approved", "paid"];
