// Expert matching and assignments: gathers the inputs of the pure scorer
// (app/matching/expert-scoring.ts), records staff's picks, and the expert's accept/decline.
// Request state changes go through the one transition function (transitionInTx inside the
// assignment's own transaction, so the assignment, the step and their audit entries land together).
import { z } from "zod";
import type { Prisma } from "~/generated/prisma/client.ts";
import { DISPUTE_IP_TYPES, languagesForJurisdiction, rankExperts, type MatchExpert, type MatchRequest, type MatchResult } from "~/matching/expert-scoring.ts";
import type { Db } from "~/utils/db.server.ts";
import { parseList } from "~/utils/json-list.ts";
import { recordAudit } from "./audit.server.ts";
import { notifyUsers, staffUserIds } from "./notification.server.ts";
import { afterTransition, transitionInTx, type TransitionInput } from "./guidance-request.server.ts";

/** Assignment statuses that occupy an expert's capacity. */
export const OPEN_ASSIGNMENT_STATUSES = ["proposed", "accepted"] as const;
/** How long an expert has to answer a proposal, and when the reminder goes out (hours). */
export const RESPOND_WITHIN_HOURS = 72;
export const REMIND_AFTER_HOURS = 48;

export class AssignmentError extends Error {
  constructor(
    readonly code: "not-found" | "not-matchable" | "excluded" | "already-assigned" | "not-open" | "reason-required" | "conflict-declaration-required",
  ) {
    super(`assignment refused: ${code}`);
    this.name = "AssignmentError";
  }
}

const WindowSchema = z.object({ from: z.string(), to: z.string() });
export function parseWindows(text: string): { from: string; to: string }[] {
  try {
    const parsed = z.array(WindowSchema).safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

async function matchRequestFor(db: Db, requestId: string): Promise<MatchRequest | null> {
  const r = await db.guidanceRequest.findUnique({
    where: { id: requestId },
    include: { company: true, case: true },
  });
  if (!r) return null;
  const requesterNames = [r.company.nameZh, r.company.nameEn, ...parseList(r.company.aliases)].filter((n): n is string => !!n);
  const jurisdiction = r.country?.toUpperCase() ?? r.case?.jurisdiction?.toUpperCase() ?? null;
  return {
    ipTypes: DISPUTE_IP_TYPES[r.disputeType] ?? [],
    jurisdiction,
    industries: parseList(r.company.industries),
    languages: ["zh", ...languagesForJurisdiction(jurisdiction)],
    opposingParty: r.opposingParty,
    opposingCounsel: r.opposingCounsel,
    coRespondents: r.case ? parseList(r.case.respondents) : [],
    requesterNames,
  };
}

async function matchExperts(db: Db): Promise<MatchExpert[]> {
  const profiles = await db.expertProfile.findMany({
    include: {
      assignments: {
        select: {
          status: true,
          createdAt: true,
          request: { select: { rating: true, state: true } },
        },
      },
    },
  });
  return profiles.map((p) => {
    const open = p.assignments.filter((a) => (OPEN_ASSIGNMENT_STATUSES as readonly string[]).includes(a.status));
    const worked = p.assignments.filter((a) => a.status === "accepted" || a.status === "completed");
    const last = p.assignments.reduce<Date | null>((d, a) => (a.status !== "declined" && (!d || a.createdAt > d) ? a.createdAt : d), null);
    return {
      id: p.id,
      name: p.displayNameZh,
      organisation: p.organisation,
      active: p.active,
      ipTypes: parseList(p.ipTypes),
      jurisdictions: parseList(p.jurisdictions),
      industries: parseList(p.industries),
      languages: parseList(p.languages),
      capacity: p.capacity,
      openAssignments: open.length,
      unavailable: parseWindows(p.unavailable),
      conflictCompanies: parseList(p.conflictCompanies),
      conflictFirms: parseList(p.conflictFirms),
      ratings: worked.map((a) => a.request.rating).filter((r): r is number => r !== null),
      lastAssignedAt: last,
    };
  });
}

export type Shortlist = {
  requestId: string;
  state: string;
  ranked: MatchResult[];
  excluded: MatchResult[];
};

/** The ranked shortlist for a request (the same for the staff page and the CLI). */
export async function shortlistForRequest(db: Db, requestId: string, now = new Date()): Promise<Shortlist | null> {
  const request = await db.guidanceRequest.findUnique({
    where: { id: requestId },
    select: { state: true },
  });
  const input = await matchRequestFor(db, requestId);
  if (!request || !input) return null;
  const already = new Set(
    (
      await db.expertAssignment.findMany({
        where: { requestId, status: { in: [...OPEN_ASSIGNMENT_STATUSES] } },
        select: { expertId: true },
      })
    ).map((a) => a.expertId),
  );
  const { ranked, excluded } = rankExperts(input, await matchExperts(db), now);
  return {
    requestId,
    state: request.state,
    ranked: ranked.filter((r) => !already.has(r.expertId)),
    excluded,
  };
}

/**
 * Staff propose one expert, or several for a panel. Each must be on the current shortlist
 * (not excluded). The request stays "accepted" until an expert accepts.
 */
export async function proposeExperts(db: Db, input: { requestId: string; expertIds: string[]; staffId: string; now?: Date }) {
  const now = input.now ?? new Date();
  const list = await shortlistForRequest(db, input.requestId, now);
  if (!list) throw new AssignmentError("not-found");
  if (list.state !== "accepted" && list.state !== "expert-assigned") throw new AssignmentError("not-matchable");
  const eligible = new Map(list.ranked.map((r) => [r.expertId, r]));
  for (const id of input.expertIds) if (!eligible.has(id)) throw new AssignmentError("excluded");
  const respondBy = new Date(now.getTime() + RESPOND_WITHIN_HOURS * 3_600_000);
  // All proposals and their audit entries in one transaction; notifications once committed.
  const created = await db.$transaction(async (tx) => {
    const rows = [];
    for (const expertId of input.expertIds) {
      const match = eligible.get(expertId)!;
      const row = await tx.expertAssignment.create({
        data: {
          requestId: input.requestId,
          expertId,
          assignedById: input.staffId,
          respondBy,
          createdAt: now,
          matchExplanation: JSON.stringify(match),
        },
        include: { expert: { select: { userId: true } } },
      });
      await recordAudit(tx, {
        actorId: input.staffId,
        action: "expert-assignment.propose",
        entity: "guidance-request",
        entityId: input.requestId,
        after: { expertId, score: match.score },
      });
      rows.push(row);
    }
    return rows;
  });
  for (const row of created)
    await notifyUsers(db, [row.expert.userId], {
      kind: "assignment.proposed",
      messageKey: "experts.notify.proposed",
      link: `/expert/assignments/${row.id}`,
    });
  return created;
}

/**
 * Staff take back a proposal the expert has not answered yet (picked the wrong person, the
 * request changed). Only a proposed assignment can be withdrawn; the expert is told, so a stale
 * item does not linger in their list.
 */
export async function withdrawAssignment(db: Db, input: { assignmentId: string; requestId: string; staffId: string }) {
  const a = await db.expertAssignment.findFirst({
    where: { id: input.assignmentId, requestId: input.requestId },
    include: { expert: { select: { userId: true } } },
  });
  if (!a) throw new AssignmentError("not-found");
  await db.$transaction(async (tx) => {
    const { count } = await tx.expertAssignment.updateMany({
      where: { id: a.id, status: "proposed" },
      data: { status: "withdrawn", respondedAt: new Date() },
    });
    if (count !== 1) throw new AssignmentError("not-open");
    await recordAudit(tx, {
      actorId: input.staffId,
      action: "expert-assignment.withdraw",
      entity: "guidance-request",
      entityId: a.requestId,
      before: { assignmentId: a.id, status: "proposed" },
      after: { assignmentId: a.id, status: "withdrawn" },
    });
  });
  await notifyUsers(db, [a.expert.userId], {
    kind: "assignment.withdrawn",
    messageKey: "guide2.notify.withdrawn",
    link: "/expert/assignments",
  });
}

/** The expert's answer. Accepting declares no conflict of interest and assigns the request. */
export async function respondToAssignment(
  db: Db,
  input: {
    assignmentId: string;
    expertUserId: string;
    accept: boolean;
    noConflict?: boolean;
    reason?: string | null;
  },
) {
  const a = await db.expertAssignment.findFirst({
    where: { id: input.assignmentId, expert: { userId: input.expertUserId } },
  });
  if (!a) throw new AssignmentError("not-found");
  if (a.status !== "proposed") throw new AssignmentError("not-open");
  const now = new Date();
  if (input.accept) {
    if (!input.noConflict) throw new AssignmentError("conflict-declaration-required");
    // The assignment, the request's step (the first acceptance assigns the request; a panel's
    // later acceptances join it) and both audit entries: one transaction.
    const step = await db.$transaction(async (tx) => {
      const { count } = await tx.expertAssignment.updateMany({
        where: { id: a.id, status: "proposed" },
        data: { status: "accepted", noConflictDeclared: true, respondedAt: now },
      });
      if (count !== 1) throw new AssignmentError("not-open");
      await recordAudit(tx, {
        actorId: input.expertUserId,
        action: "expert-assignment.accept",
        entity: "guidance-request",
        entityId: a.requestId,
        after: { assignmentId: a.id },
      });
      const request = await tx.guidanceRequest.findUniqueOrThrow({ where: { id: a.requestId } });
      if (request.state !== "accepted") return null;
      const transition: TransitionInput = {
        requestId: a.requestId,
        to: "expert-assigned",
        actor: { id: input.expertUserId, kind: "system" },
        // No note: the timeline's state name (专家已接受/expert assigned) says it in the reader's language.
        note: null,
      };
      return { transition, updated: await transitionInTx(tx, transition) };
    });
    if (step) await afterTransition(db, step.updated, step.transition);
    await notifyUsers(db, await staffUserIds(db), {
      kind: "assignment.accepted",
      messageKey: "experts.notify.accepted",
      link: `/staff/requests/${a.requestId}/assign`,
    });
    return db.expertAssignment.findUniqueOrThrow({ where: { id: a.id } });
  }
  const reason = input.reason?.trim();
  if (!reason) throw new AssignmentError("reason-required");
  const closed = await closeAssignment(db, {
    assignmentId: a.id,
    requestId: a.requestId,
    actorId: input.expertUserId,
    data: { status: "declined", declineReason: reason, respondedAt: now },
    audit: { action: "expert-assignment.decline", after: { assignmentId: a.id, reason } },
    note: `expert declined: ${reason}`,
  });
  if (!closed) throw new AssignmentError("not-open");
  await notifyUsers(db, await staffUserIds(db), {
    kind: "assignment.declined",
    messageKey: "experts.notify.declined",
    params: { reason },
    link: `/staff/requests/${a.requestId}/assign`,
  });
  return db.expertAssignment.findUniqueOrThrow({ where: { id: a.id } });
}

/**
 * Ends a proposal (declined or expired) with its audit entry, and sends the request back to
 * matching ("accepted") when no accepted and no pending expert is left — all in one transaction.
 * While other proposals are pending it is still "accepted" and nothing else changes.
 * Returns false when the proposal was no longer open.
 */
async function closeAssignment(
  db: Db,
  input: {
    assignmentId: string;
    requestId: string;
    actorId: string | null;
    data: Prisma.ExpertAssignmentUpdateManyMutationInput;
    audit: { action: string; after: Record<string, unknown> };
    note: string;
  },
) {
  const step = await db.$transaction(async (tx) => {
    const { count } = await tx.expertAssignment.updateMany({ where: { id: input.assignmentId, status: "proposed" }, data: input.data });
    if (count !== 1) return false;
    await recordAudit(tx, {
      actorId: input.actorId,
      action: input.audit.action,
      entity: "guidance-request",
      entityId: input.requestId,
      after: input.audit.after,
    });
    const request = await tx.guidanceRequest.findUniqueOrThrow({ where: { id: input.requestId } });
    const accepted = await tx.expertAssignment.count({ where: { requestId: input.requestId, status: "accepted" } });
    if (request.state !== "expert-assigned" || accepted > 0) return null;
    const transition: TransitionInput = { requestId: input.requestId, to: "accepted", actor: { id: input.actorId, kind: "system" }, note: input.note };
    return { transition, updated: await transitionInTx(tx, transition) };
  });
  if (step) await afterTransition(db, step.updated, step.transition);
  return step !== false;
}

/** Reminds experts of proposals near their deadline, and expires the unanswered ones. */
export async function sweepAssignments(db: Db, now = new Date()) {
  const remindBefore = new Date(now.getTime() - REMIND_AFTER_HOURS * 3_600_000);
  const toRemind = await db.expertAssignment.findMany({
    where: {
      status: "proposed",
      remindedAt: null,
      createdAt: { lte: remindBefore },
      respondBy: { gt: now },
    },
    include: { expert: { select: { userId: true } } },
    take: 200,
  });
  let reminded = 0;
  for (const a of toRemind) {
    const { count } = await db.expertAssignment.updateMany({
      where: { id: a.id, remindedAt: null, status: "proposed" },
      data: { remindedAt: now },
    });
    if (count !== 1) continue;
    reminded++;
    await notifyUsers(db, [a.expert.userId], {
      kind: "assignment.reminder",
      messageKey: "experts.notify.reminder",
      link: `/expert/assignments/${a.id}`,
    });
  }
  const due = await db.expertAssignment.findMany({
    where: { status: "proposed", respondBy: { lte: now } },
    take: 200,
  });
  let expired = 0;
  for (const a of due) {
    const closed = await closeAssignment(db, {
      assignmentId: a.id,
      requestId: a.requestId,
      actorId: null,
      data: { status: "expired", respondedAt: now },
      audit: { action: "expert-assignment.expire", after: { assignmentId: a.id } },
      note: "assignment expired",
    });
    if (!closed) continue;
    expired++;
    await notifyUsers(db, await staffUserIds(db), {
      kind: "assignment.expired",
      messageKey: "experts.notify.expired",
      link: `/staff/requests/${a.requestId}/assign`,
    });
  }
  return { reminded, expired };
}

export async function listAssignmentsForRequest(db: Db, requestId: string) {
  return db.expertAssignment.findMany({
    where: { requestId },
    orderBy: { createdAt: "asc" },
    include: {
      expert: { select: { id: true, displayNameZh: true, organisation: true } },
    },
  });
}
