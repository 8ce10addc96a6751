// The guidance-request state machine (应对指导), following the published local service
// standards: receive → review → supplement / reject / accept → guide → terminate → archive.
// Pure data and functions: the model (app/models/guidance-request.server.ts) enforces it.
export const REQUEST_STATES = [
  "draft",
  "submitted",
  "under-review",
  "needs-supplement",
  "rejected",
  "accepted",
  "expert-assigned",
  "advice-drafted",
  "advice-reviewed",
  "delivered",
  "closed",
  "archived",
  "terminated",
] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

/** Who may move a request along an edge. "system" = jobs and model code acting on an event. */
export type TransitionActor = "exporter" | "staff" | "expert" | "system";

interface Edge {
  to: RequestState;
  by: readonly TransitionActor[];
  /** The transition needs a written reason (rejection, termination, supplement request). */
  reasonRequired?: boolean;
}

const OPEN_STATES: readonly RequestState[] = [
  "submitted",
  "under-review",
  "needs-supplement",
  "accepted",
  "expert-assigned",
  "advice-drafted",
  "advice-reviewed",
  "delivered",
];

const TERMINATE: Edge = { to: "terminated", by: ["staff"], reasonRequired: true };

const EDGES: Record<RequestState, readonly Edge[]> = {
  draft: [{ to: "submitted", by: ["exporter"] }],
  submitted: [{ to: "under-review", by: ["staff"] }, TERMINATE],
  "under-review": [
    { to: "needs-supplement", by: ["staff"], reasonRequired: true },
    { to: "rejected", by: ["staff"], reasonRequired: true },
    { to: "accepted", by: ["staff"] },
    TERMINATE,
  ],
  // The exporter answers the supplement notice; the request goes back to review.
  "needs-supplement": [{ to: "under-review", by: ["exporter", "staff"] }, TERMINATE],
  rejected: [{ to: "archived", by: ["staff", "system"] }],
  accepted: [{ to: "expert-assigned", by: ["staff", "system"] }, TERMINATE],
  // An expert declining (or an assignment expiring) sends the request back to matching.
  "expert-assigned": [{ to: "accepted", by: ["staff", "expert", "system"] }, { to: "advice-drafted", by: ["expert", "system"] }, TERMINATE],
  // Staff review: approve, or return to the expert.
  "advice-drafted": [{ to: "advice-reviewed", by: ["staff"] }, { to: "expert-assigned", by: ["staff"], reasonRequired: true }, TERMINATE],
  "advice-reviewed": [{ to: "delivered", by: ["staff"] }, TERMINATE],
  delivered: [{ to: "closed", by: ["exporter", "staff", "system"] }, TERMINATE],
  closed: [{ to: "archived", by: ["staff", "system"] }],
  archived: [],
  terminated: [{ to: "archived", by: ["staff", "system"] }],
};

export function isRequestState(value: unknown): value is RequestState {
  return typeof value === "string" && (REQUEST_STATES as readonly string[]).includes(value);
}

export function isOpenState(state: RequestState): boolean {
  return OPEN_STATES.includes(state);
}

/** Escalation to the provincial sub-centre is a branch open from review onwards. */
export function canEscalateFrom(state: RequestState): boolean {
  return isOpenState(state) && state !== "submitted";
}

export function nextStates(from: RequestState, actor: TransitionActor): RequestState[] {
  return EDGES[from].filter((e) => e.by.includes(actor)).map((e) => e.to);
}

export type TransitionCheck = { ok: true; reasonRequired: boolean } | { ok: false; error: "illegal-transition" | "not-allowed-for-actor" };

export function checkTransition(from: RequestState, to: RequestState, actor: TransitionActor): TransitionCheck {
  const edge = EDGES[from].find((e) => e.to === to);
  if (!edge) return { ok: false, error: "illegal-transition" };
  if (!edge.by.includes(actor)) return { ok: false, error: "not-allowed-for-actor" };
  return { ok: true, reasonRequired: edge.reasonRequired ?? false };
}
