// Guidance requests (应对指导申请): every state change goes through transitionRequest, which
// enforces the state machine (app/domain/request-states.ts), writes the timeline (GuidanceEvent)
// and the audit trail in one transaction, and stamps the SLA fields.
import type { GuidanceRequest, Prisma } from "~/generated/prisma/client.ts";
import { canEscalateFrom, checkTransition, type RequestState, type TransitionActor } from "~/domain/request-states.ts";
import type { Db } from "~/utils/db.server.ts";
import { recordAudit } from "./audit.server.ts";
import { issueNotice, NOTICE_FOR_STATE } from "./guidance-notice.server.ts";
import { notifyGuidanceTransition } from "./notification.server.ts";

/**
 * The request a staff page works on (advice review, expert assignment, escalation), or a 404
 * Response: the one lookup and guard those pages share. The caller checks the permission.
 */
export async function requireRequestForStaff(db: Db, id: string) {
  const request = await db.guidanceRequest.findUnique({ where: { id }, select: { id: true, state: true, disputeType: true, escalated: true } });
  if (!request) throw new Response("Not found", { status: 404 });
  return request;
}

/**
 * The id of one of the exporter company's own requests, or a 404 Response: ownership in the
 * query, so another company's request is simply not found.
 */
export async function requireOwnRequestId(db: Db, id: string, companyId: string) {
  const request = await db.guidanceRequest.findFirst({ where: { id, companyId }, select: { id: true } });
  if (!request) throw new Response("Not found", { status: 404 });
  return request.id;
}

/** A refused transition; `code` is a catalogue key suffix the route turns into a message. */
export class TransitionError extends Error {
  constructor(
    readonly code: "illegal-transition" | "not-allowed-for-actor" | "reason-required" | "not-found" | "stale-state",
    readonly from?: RequestState,
    readonly to?: RequestState,
  ) {
    super(`guidance request transition refused: ${code}${from ? ` (${from} → ${to})` : ""}`);
    this.name = "TransitionError";
  }
}

export interface TransitionInput {
  requestId: string;
  to: RequestState;
  actor: { id: string | null; kind: TransitionActor };
  /** Required where the edge demands a reason (rejection, termination, supplement, return). */
  note?: string | null;
  /** Extra columns written with the state change (e.g. rejectionReason, rating). */
  data?: Prisma.GuidanceRequestUpdateManyMutationInput;
  ip?: string | null;
  /**
   * "escalate": the branch to the provincial sub-centre beside the state (allowed from review
   * onwards, staff only); `to` is then the state the caller read, and the request keeps it.
   */
  branch?: "escalate";
  /** Extra fields of the audit entry's `after` summary. */
  auditAfter?: Record<string, unknown>;
  /**
   * The caller's own writes that belong to this change, in the same transaction (after the state
   * and timeline, before the audit entry); what it returns is added to the audit entry's `after`.
   */
  within?: (tx: TransitionTx, requestId: string) => Promise<Record<string, unknown> | void>;
}

function stamps(from: RequestState, to: RequestState, now: Date): Prisma.GuidanceRequestUpdateManyMutationInput {
  const data: Prisma.GuidanceRequestUpdateManyMutationInput = { lastUpdateAt: now };
  if (to === "submitted") data.submittedAt = now;
  if (from === "submitted" && to === "under-review") data.firstResponseAt = now;
  if (to === "accepted" && from === "under-review") data.acceptedAt = now;
  if (to === "delivered") data.deliveredAt = now;
  if (to === "closed" || to === "terminated" || to === "rejected") data.closedAt = now;
  if (to === "needs-supplement") data.slaPausedAt = now;
  if (from === "needs-supplement") data.slaPausedAt = null;
  return data;
}

/** What a transition passes to the work done with it in the same transaction. */
export type TransitionTx = Prisma.TransactionClient;

/**
 * The in-transaction part of a transition: check the edge (or the escalation branch), write the
 * state, the timeline event and the audit entry, with `within` (the caller's own rows that
 * belong to the same change: an assignment's status, an escalation) — all or nothing. Callers that
 * already hold a transaction use this and then `afterTransition` once it has committed.
 */
export async function transitionInTx(tx: TransitionTx, input: TransitionInput) {
  const current = await tx.guidanceRequest.findUnique({ where: { id: input.requestId } });
  if (!current) throw new TransitionError("not-found");
  const from = current.state as RequestState;
  const note = input.note?.trim() || null;
  if (input.branch === "escalate") {
    // A branch beside the state: the request keeps its state (from = to on the timeline).
    if (input.to !== from) throw new TransitionError("stale-state", from, input.to);
    if (!canEscalateFrom(from)) throw new TransitionError("illegal-transition", from, input.to);
    if (input.actor.kind !== "staff") throw new TransitionError("not-allowed-for-actor", from, input.to);
  } else {
    const check = checkTransition(from, input.to, input.actor.kind);
    if (!check.ok) throw new TransitionError(check.error, from, input.to);
    if (check.reasonRequired && !note) throw new TransitionError("reason-required", from, input.to);
  }
  const now = new Date();
  const stamped = input.branch === "escalate" ? { lastUpdateAt: now } : stamps(from, input.to, now);
  const { count } = await tx.guidanceRequest.updateMany({
    where: { id: current.id, state: from },
    data: { ...stamped, ...input.data, state: input.to },
  });
  if (count !== 1) throw new TransitionError("stale-state", from, input.to);
  await tx.guidanceEvent.create({
    data: { requestId: current.id, fromState: from, toState: input.to, actorId: input.actor.id, note, at: now },
  });
  const fromWithin = input.within ? await input.within(tx, current.id) : undefined;
  await recordAudit(tx, {
    actorId: input.actor.id,
    action: input.branch === "escalate" ? "guidance-request.escalate" : `guidance-request.${input.to}`,
    entity: "guidance-request",
    entityId: current.id,
    before: { state: from },
    after: { state: input.to, note, ...input.auditAfter, ...fromWithin },
    ip: input.ip ?? null,
  });
  return tx.guidanceRequest.findUniqueOrThrow({ where: { id: current.id } });
}

/** After the transaction has committed: the notice of the new state and the notifications. */
export async function afterTransition(db: Db, updated: GuidanceRequest, input: TransitionInput) {
  // Outside the transaction: mail is slow and a failed mail must not undo the step.
  if (input.branch === "escalate") return;
  const kind = NOTICE_FOR_STATE[input.to];
  if (kind) await issueNotice(db, { requestId: updated.id, kind, issuedById: input.actor.id });
  await notifyGuidanceTransition(db, updated, input.actor, input.note?.trim() || null);
}

/**
 * Moves a request along one edge of the state machine. The update is conditional on the
 * state read (a concurrent transition makes it fail with "stale-state" rather than skip a step).
 * Pausing the SLA clock: `slaPausedAt` is set on needs-supplement and cleared on leaving it;
 * adding the paused working days to `slaPausedWorkingDays` is the SLA module's job (it owns the
 * working-day calendar) via the optional `data`.
 */
export async function transitionRequest(db: Db, input: TransitionInput) {
  const updated = await db.$transaction((tx) => transitionInTx(tx, input));
  await afterTransition(db, updated, input);
  return updated;
}
