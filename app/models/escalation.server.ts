// Escalation to the provincial sub-centre (报送省分中心): a branch beside the request's state.
// Staff record the criteria that hold and a note; the dossier is the request as the sub-centre
// needs it (JSON download and a printable page); the escalation's own status is tracked here.
import { z } from "zod";
import type { Escalation } from "~/generated/prisma/client.ts";
import { canEscalateFrom, type RequestState } from "~/domain/request-states.ts";
import type { Db } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";
import { parseList } from "~/utils/json-list.ts";
import { presentAdvice } from "./advice.server.ts";
import { recordAudit } from "./audit.server.ts";
import { TransitionError, transitionRequest } from "./guidance-request.server.ts";
import { notifyUsers } from "./notification.server.ts";

import { ESCALATION_CRITERIA, ESCALATION_STATUSES, type EscalationCriterion, type EscalationStatus } from "~/guidance/advice-escalation.ts";
export { ESCALATION_CRITERIA, ESCALATION_STATUSES, type EscalationCriterion, type EscalationStatus } from "~/guidance/advice-escalation.ts";

const NEXT_STATUS: Record<EscalationStatus, EscalationStatus | null> = {
  sent: "acknowledged",
  acknowledged: "guidance-received",
  "guidance-received": "closed",
  closed: null,
};

export class EscalationError extends Error {
  constructor(readonly code: "not-found" | "wrong-state" | "already-escalated" | "illegal-status") {
    super(`escalation refused: ${code}`);
    this.name = "EscalationError";
  }
}

export const EscalateSchema = z.object({
  criteria: z.array(z.enum(ESCALATION_CRITERIA)).min(1, "experts.criteriaRequired"),
  note: z.string().trim().min(1, "form.required").max(4000, "form.tooLong|max=4000"),
});

export const EscalationStatusSchema = z.object({
  status: z.enum(ESCALATION_STATUSES, { message: "experts.invalidStatus" }),
  subCentreRef: z.string().trim().max(100, "form.tooLong|max=100").optional().default(""),
});

/** Criteria the data already supports, offered as suggestions on the escalation form. */
export async function suggestedCriteria(db: Db, requestId: string): Promise<EscalationCriterion[]> {
  const env = getEnv();
  const r = await db.guidanceRequest.findUnique({
    where: { id: requestId },
    include: { case: true },
  });
  if (!r) return [];
  const out: EscalationCriterion[] = [];
  // Amounts are compared only when stated in US dollars; other currencies are staff's call.
  if (r.amountAtStake !== null && (r.currency ?? "USD").toUpperCase() === "USD" && r.amountAtStake > env.ESCALATION_AMOUNT_THRESHOLD_USD)
    out.push("major-amount");
  if (r.case && parseList(r.case.respondents).length >= env.ESCALATION_CO_RESPONDENTS) out.push("many-co-respondents");
  return out;
}

export async function escalateRequest(
  db: Db,
  input: {
    requestId: string;
    staffId: string;
    criteria: EscalationCriterion[];
    note: string;
  },
) {
  const parsed = EscalateSchema.parse({
    criteria: input.criteria,
    note: input.note,
  });
  const r = await db.guidanceRequest.findUnique({
    where: { id: input.requestId },
  });
  if (!r) throw new EscalationError("not-found");
  if (!canEscalateFrom(r.state as RequestState)) throw new EscalationError("wrong-state");
  // The one state machine writes the branch (flag, timeline, audit); the escalation row is
  // written in the same transaction, and the "one open escalation" check with it.
  let row: Escalation | undefined;
  try {
    await transitionRequest(db, {
      requestId: r.id,
      to: r.state as RequestState,
      branch: "escalate",
      actor: { id: input.staffId, kind: "staff" },
      note: `escalated: ${parsed.criteria.join(", ")} — ${parsed.note}`,
      data: { escalated: true },
      auditAfter: { ...parsed },
      within: async (tx, requestId) => {
        const open = await tx.escalation.count({ where: { requestId, status: { not: "closed" } } });
        if (open > 0) throw new EscalationError("already-escalated");
        row = await tx.escalation.create({
          data: { requestId, criteria: JSON.stringify(parsed.criteria), note: parsed.note, createdById: input.staffId },
        });
        return { escalationId: row.id };
      },
    });
  } catch (error) {
    if (error instanceof TransitionError) throw new EscalationError(error.code === "not-found" ? "not-found" : "wrong-state");
    throw error;
  }
  return row!;
}

/** Moves an escalation one step on (sent → acknowledged → guidance received → closed). */
export async function updateEscalationStatus(
  db: Db,
  input: {
    escalationId: string;
    staffId: string;
    status: EscalationStatus;
    subCentreRef?: string;
  },
) {
  const e = await db.escalation.findUnique({
    where: { id: input.escalationId },
  });
  if (!e) throw new EscalationError("not-found");
  if (NEXT_STATUS[e.status as EscalationStatus] !== input.status) throw new EscalationError("illegal-status");
  const now = new Date();
  const stamp = input.status === "acknowledged" ? { acknowledgedAt: now } : input.status === "guidance-received" ? { guidanceAt: now } : { closedAt: now };
  await db.$transaction(async (tx) => {
    const { count } = await tx.escalation.updateMany({
      where: { id: e.id, status: e.status },
      data: { status: input.status, ...stamp, ...(input.subCentreRef ? { subCentreRef: input.subCentreRef } : {}) },
    });
    if (count !== 1) throw new EscalationError("illegal-status");
    await recordAudit(tx, {
      actorId: input.staffId,
      action: `escalation.${input.status}`,
      entity: "guidance-request",
      entityId: e.requestId,
      before: { status: e.status },
      after: { status: input.status, subCentreRef: input.subCentreRef ?? null },
    });
  });
  // The staff member who escalated follows the matter; whoever moved it on already knows.
  if (e.createdById && e.createdById !== input.staffId)
    await notifyUsers(db, [e.createdById], {
      kind: "escalation.status",
      messageKey: "guide2.notify.escalationStatus",
      params: { status: `@experts.escStatus.${input.status}` },
      link: `/staff/escalations`,
    });
  return db.escalation.findUniqueOrThrow({ where: { id: e.id } });
}

export async function listEscalations(db: Db, status?: EscalationStatus) {
  const rows = await db.escalation.findMany({
    where: status ? { status } : {},
    orderBy: { sentAt: "desc" },
    include: {
      request: {
        select: {
          id: true,
          disputeType: true,
          caseNumber: true,
          state: true,
          company: { select: { nameZh: true } },
        },
      },
    },
  });
  return rows.map((r) => ({ ...r, criteria: parseList(r.criteria) }));
}

export function nextEscalationStatus(status: string): EscalationStatus | null {
  return NEXT_STATUS[status as EscalationStatus] ?? null;
}

/** The dossier for the sub-centre: everything staff know, as plain data. */
export async function buildDossier(db: Db, requestId: string) {
  const r = await db.guidanceRequest.findUnique({
    where: { id: requestId },
    include: {
      company: true,
      case: true,
      events: { orderBy: { at: "asc" } },
      attachments: { orderBy: { createdAt: "asc" } },
      advice: {
        orderBy: { createdAt: "asc" },
        include: {
          expert: { select: { displayNameZh: true, organisation: true } },
        },
      },
      escalations: { orderBy: { sentAt: "asc" } },
      assignments: {
        orderBy: { createdAt: "asc" },
        include: {
          expert: { select: { displayNameZh: true, organisation: true } },
        },
      },
    },
  });
  if (!r) return null;
  const actorIds = [...new Set(r.events.map((e) => e.actorId).filter((id): id is string => !!id))];
  const actors = new Map(
    (
      await db.user.findMany({
        where: { id: { in: actorIds } },
        select: { id: true, name: true },
      })
    ).map((u) => [u.id, u.name]),
  );
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    generatedAt: new Date().toISOString(),
    request: {
      id: r.id,
      state: r.state,
      disputeType: r.disputeType,
      country: r.country,
      forum: r.forum,
      caseNumber: r.caseNumber,
      products: parseList(r.products),
      hsCodes: parseList(r.hsCodes),
      amountAtStake: r.amountAtStake,
      currency: r.currency,
      whatHappened: r.whatHappened,
      helpWanted: r.helpWanted,
      submittedAt: iso(r.submittedAt),
      acceptedAt: iso(r.acceptedAt),
    },
    parties: {
      requester: {
        nameZh: r.company.nameZh,
        nameEn: r.company.nameEn,
        city: r.company.city,
        creditCode: r.company.creditCode,
        contactName: r.contactName,
        contactPhone: r.contactPhone,
        contactEmail: r.contactEmail,
      },
      opposingParty: r.opposingParty,
      opposingCounsel: r.opposingCounsel,
      case: r.case
        ? {
            title: r.case.title,
            investigationNumber: r.case.investigationNumber,
            complainants: parseList(r.case.complainants),
            respondents: parseList(r.case.respondents),
          }
        : null,
    },
    deadlines: {
      servedAt: iso(r.servedAt),
      statedDeadline: iso(r.statedDeadline),
      computedDeadline: iso(r.computedDeadline),
      deadlineOverride: iso(r.deadlineOverride),
      deadlineOverrideReason: r.deadlineOverrideReason,
      tempReliefMotion: r.tempReliefMotion,
    },
    timeline: r.events.map((e) => ({
      at: e.at.toISOString(),
      from: e.fromState,
      to: e.toState,
      actor: e.actorId ? (actors.get(e.actorId) ?? null) : null,
      note: e.note,
    })),
    experts: r.assignments.map((a) => ({
      name: a.expert.displayNameZh,
      organisation: a.expert.organisation,
      status: a.status,
      declineReason: a.declineReason,
    })),
    advice: r.advice.map((a) => {
      const p = presentAdvice(a);
      return {
        expert: a.expert.displayNameZh,
        status: a.status,
        assessment: a.assessment,
        options: p.options,
        steps: p.steps,
        costMin: a.costMin,
        costMax: a.costMax,
        currency: a.currency,
        references: a.references,
        submittedAt: iso(a.submittedAt),
        deliveredAt: iso(a.deliveredAt),
      };
    }),
    attachments: r.attachments.map((a) => ({
      name: a.originalName,
      mimeType: a.mimeType,
      size: a.size,
      sha256: a.sha256,
      uploadedAt: a.createdAt.toISOString(),
    })),
    escalations: r.escalations.map((e) => ({
      id: e.id,
      criteria: parseList(e.criteria),
      note: e.note,
      status: e.status,
      subCentreRef: e.subCentreRef,
      sentAt: iso(e.sentAt),
      acknowledgedAt: iso(e.acknowledgedAt),
      guidanceAt: iso(e.guidanceAt),
      closedAt: iso(e.closedAt),
    })),
  };
}
export type Dossier = NonNullable<Awaited<ReturnType<typeof buildDossier>>>;

/** The dossier of the request an escalation belongs to, for its print and JSON pages, or a 404 Response. */
export async function requireEscalationDossier(db: Db, escalationId: string): Promise<{ escalationId: string; dossier: Dossier }> {
  const e = await db.escalation.findUnique({ where: { id: escalationId }, select: { requestId: true, id: true } });
  if (!e) throw new Response("Not found", { status: 404 });
  return { escalationId: e.id, dossier: (await buildDossier(db, e.requestId))! };
}
