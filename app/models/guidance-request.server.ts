// Guidance requests (应对指导申请): every state change goes through transitionRequest, which
// enforces the state machine (app/guidance/states.ts), writes the timeline (GuidanceEvent)
// and the audit trail in one transaction, and stamps the SLA fields.
import type { Prisma } from "~/generated/prisma/client.ts";
import { checkTransition, type RequestState, type TransitionActor } from "~/domain/request-states.ts";
import type { Db } from "~/utils/db.server.ts";
import { recordAudit } from "./audit.server.ts";
import { issueNotice, NOTICE_FOR_STATE } from "./guidance-notice.server.ts";
import { notifyGuidanceTransition } from "./notification.server.ts";

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

/**
 * Moves a request along one edge of the state machine. The update is conditional on the
 * state read (a concurrent transition makes it fail with "stale-state" rather than skip a step).
 * Pausing the SLA clock: `slaPausedAt` is set on needs-supplement and cleared on leaving it;
 * adding the paused working days to `slaPausedWorkingDays` is the SLA module's job (it owns the
 * working-day calendar) via the optional `data`.
 */
export async function transitionRequest(db: Db, input: TransitionInput) {
  const updated = await db.$transaction(async (tx) => {
    const current = await tx.guidanceRequest.findUnique({ where: { id: input.requestId } });
    if (!current) throw new TransitionError("not-found");
    const from = current.state as RequestState;
    const check = checkTransition(from, input.to, input.actor.kind);
    if (!check.ok) throw new TransitionError(check.error, from, input.to);
    const note = input.note?.trim() || null;
    if (check.reasonRequired && !note) throw new TransitionError("reason-required", from, input.to);
    const now = new Date();
    const { count } = await tx.guidanceRequest.updateMany({
      where: { id: current.id, state: from },
      data: { ...stamps(from, input.to, now), ...input.data, state: input.to },
    });
    if (count !== 1) throw new TransitionError("stale-state", from, input.to);
    await tx.guidanceEvent.create({
      data: { requestId: current.id, fromState: from, toState: input.to, actorId: input.actor.id, note, at: now },
    });
    await recordAudit(tx, {
      actorId: input.actor.id,
      action: `guidance-request.${input.to}`,
      entity: "guidance-request",
      entityId: current.id,
      before: { state: from },
      after: { state: input.to, note },
      ip: input.ip ?? null,
    });
    return tx.guidanceRequest.findUniqueOrThrow({ where: { id: current.id } });
  });
  // Outside the transaction: mail is slow and a failed mail must not undo the step.
  const kind = NOTICE_FOR_STATE[input.to];
  if (kind) await issueNotice(db, { requestId: updated.id, kind, issuedById: input.actor.id });
  await notifyGuidanceTransition(db, updated, input.actor, input.note?.trim() || null);
  return updated;
}
