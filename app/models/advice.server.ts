// The expert portal's view of a request, and the advice (指导意见书) workflow:
// draft → submitted (request: advice-drafted) → returned (request: expert-assigned) or
// approved (advice-reviewed) → delivered (delivered). Only the expert of an accepted
// assignment writes advice; only staff review; the exporter reads delivered advice only.
import { z } from "zod";
import type { Db } from "~/utils/db.server.ts";
import { parseList } from "~/utils/json-list.ts";
import { recordAudit } from "./audit.server.ts";
import { notifyUsers, staffUserIds } from "./notification.server.ts";
import { transitionRequest, type TransitionTx } from "./guidance-request.server.ts";

import { ADVICE_OPTIONS } from "~/guidance/advice-escalation.ts";
export { ADVICE_OPTIONS, type AdviceOption } from "~/guidance/advice-escalation.ts";

export class AdviceError extends Error {
  constructor(readonly code: "not-found" | "not-editable" | "incomplete" | "wrong-state" | "reason-required") {
    super(`advice refused: ${code}`);
    this.name = "AdviceError";
  }
}

const dateText = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "experts.invalidDate");
const money = z.preprocess(
  (v) => (v === "" || v === null || v === undefined ? null : Number(v)),
  z.number({ message: "experts.invalidAmount" }).min(0, "experts.invalidAmount").nullable(),
);

export const AdviceInputSchema = z
  .object({
    assessment: z.string().trim().max(20_000, "form.tooLong|max=20000").default(""),
    options: z
      .array(
        z.object({
          option: z.enum(ADVICE_OPTIONS),
          pros: z.string().trim().max(4000).default(""),
          cons: z.string().trim().max(4000).default(""),
          recommended: z.boolean().default(false),
        }),
      )
      .default([]),
    steps: z
      .array(
        z.object({
          step: z.string().trim().min(1, "form.required").max(1000),
          due: dateText.or(z.literal("")).default(""),
        }),
      )
      .default([]),
    costMin: money.default(null),
    costMax: money.default(null),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, "experts.invalidCurrency")
      .or(z.literal(""))
      .default(""),
    references: z.string().trim().max(8000).default(""),
  })
  .refine((v) => v.costMin === null || v.costMax === null || v.costMin <= v.costMax, { message: "experts.costRange", path: ["costMax"] })
  .refine((v) => (v.costMin === null && v.costMax === null) || v.currency !== "", { message: "experts.currencyRequired", path: ["currency"] });
export type AdviceInput = z.infer<typeof AdviceInputSchema>;

/** Reads the advice form: option rows `opt.<id>.pros/cons/recommended/include`, step rows `step.N.text/due`. */
export function adviceFormToInput(form: Record<string, string>) {
  const options = ADVICE_OPTIONS.filter((o) => form[`opt.${o}.include`] === "on" || form[`opt.${o}.pros`] || form[`opt.${o}.cons`]).map((o) => ({
    option: o,
    pros: form[`opt.${o}.pros`] ?? "",
    cons: form[`opt.${o}.cons`] ?? "",
    recommended: form[`opt.${o}.recommended`] === "on",
  }));
  const steps: { step: string; due: string }[] = [];
  for (let i = 0; i < 20; i++) {
    const step = form[`step.${i}.text`]?.trim();
    if (step) steps.push({ step, due: form[`step.${i}.due`] ?? "" });
  }
  return {
    assessment: form.assessment,
    options,
    steps,
    costMin: form.costMin,
    costMax: form.costMax,
    currency: form.currency,
    references: form.references,
  };
}

/** Before submission the advice must say something: an assessment and at least one option. */
export function submissionProblems(a: AdviceInput): Record<string, string> {
  const out: Record<string, string> = {};
  if (!a.assessment) out.assessment = "form.required";
  if (a.options.length === 0) out.options = "experts.optionRequired";
  return out;
}

export function presentAdvice<T extends { options: string; steps: string }>(row: T) {
  const options = z
    .array(
      z.object({
        option: z.enum(ADVICE_OPTIONS),
        pros: z.string(),
        cons: z.string(),
        recommended: z.boolean(),
      }),
    )
    .catch([])
    .parse(safeJson(row.options));
  const steps = z
    .array(z.object({ step: z.string(), due: z.string() }))
    .catch([])
    .parse(safeJson(row.steps));
  return { ...row, options, steps };
}
function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

// ---- what an expert may see ----

/**
 * The assignments an expert can open: proposed (to accept or decline) and accepted ones.
 * Declined, expired and withdrawn assignments give no access any more.
 */
export async function getExpertAssignment(db: Db, assignmentId: string, expertUserId: string) {
  return db.expertAssignment.findFirst({
    where: {
      id: assignmentId,
      expert: { userId: expertUserId },
      status: { in: ["proposed", "accepted", "completed"] },
    },
    include: { expert: true },
  });
}

export async function listExpertAssignments(db: Db, expertUserId: string) {
  return db.expertAssignment.findMany({
    where: {
      expert: { userId: expertUserId },
      status: { in: ["proposed", "accepted", "completed"] },
    },
    orderBy: { createdAt: "desc" },
    include: {
      request: {
        select: {
          id: true,
          disputeType: true,
          country: true,
          forum: true,
          state: true,
          computedDeadline: true,
          deadlineOverride: true,
          statedDeadline: true,
          caseNumber: true,
          consentToShare: true,
          // The company's name only reaches the expert with the exporter's consent (see expertRequestView).
          company: { select: { nameZh: true } },
          advice: { where: { expert: { userId: expertUserId } }, select: { status: true }, orderBy: { createdAt: "desc" }, take: 1 },
        },
      },
    },
  });
}

/**
 * The facts of a request an expert sees. Always: dispute type, country/forum, case number,
 * opposing party and counsel (needed to check conflicts), dates and deadline, products and HS
 * codes, what happened and the help wanted. Only with the exporter's consent (consentToShare):
 * the company's name, the contacts and the amounts at stake. Attachments: only those the
 * exporter marked shareWithExperts, and none at all without consentToShare.
 */
export async function expertRequestView(db: Db, requestId: string) {
  const r = await db.guidanceRequest.findUniqueOrThrow({
    where: { id: requestId },
    include: { company: true, attachments: true },
  });
  const consent = r.consentToShare;
  return {
    id: r.id,
    state: r.state,
    consentToShare: consent,
    disputeType: r.disputeType,
    country: r.country,
    forum: r.forum,
    caseNumber: r.caseNumber,
    opposingParty: r.opposingParty,
    opposingCounsel: r.opposingCounsel,
    servedAt: r.servedAt?.toISOString() ?? null,
    deadline: (r.deadlineOverride ?? r.computedDeadline ?? r.statedDeadline)?.toISOString() ?? null,
    products: parseList(r.products),
    hsCodes: parseList(r.hsCodes),
    whatHappened: r.whatHappened,
    helpWanted: r.helpWanted,
    companyName: consent ? r.company.nameZh : null,
    amountAtStake: consent ? r.amountAtStake : null,
    currency: consent ? r.currency : null,
    contactName: consent ? r.contactName : null,
    contactPhone: consent ? r.contactPhone : null,
    contactEmail: consent ? r.contactEmail : null,
    attachments: consent
      ? r.attachments
          .filter((a) => a.shareWithExperts)
          .map((a) => ({
            id: a.id,
            originalName: a.originalName,
            mimeType: a.mimeType,
            size: a.size,
          }))
      : [],
  };
}

/** For the attachment download route: may this expert user see this attachment? */
export async function canExpertSeeAttachment(db: Db, expertUserId: string, attachmentId: string): Promise<boolean> {
  const att = await db.guidanceAttachment.findUnique({
    where: { id: attachmentId },
    include: { request: { select: { consentToShare: true } } },
  });
  if (!att || !att.shareWithExperts || !att.request.consentToShare) return false;
  const assigned = await db.expertAssignment.count({
    where: {
      requestId: att.requestId,
      expert: { userId: expertUserId },
      status: { in: ["proposed", "accepted", "completed"] },
    },
  });
  return assigned > 0;
}

/**
 * The attachment an expert may download through one of their assignments: the assignment must
 * be accepted (or completed) — a mere proposal shows the list, not the files — and the
 * attachment must belong to its request and pass the consent check. Anything else is null (404).
 */
export async function findAttachmentForExpert(db: Db, assignmentId: string, attachmentId: string, expertUserId: string) {
  const assignment = await db.expertAssignment.findFirst({
    where: {
      id: assignmentId,
      expert: { userId: expertUserId },
      status: { in: ["accepted", "completed"] },
    },
    select: { requestId: true },
  });
  if (!assignment) return null;
  const att = await db.guidanceAttachment.findFirst({
    where: { id: attachmentId, requestId: assignment.requestId },
  });
  if (!att || !(await canExpertSeeAttachment(db, expertUserId, att.id))) return null;
  return att;
}

// ---- writing and reviewing advice ----

async function acceptedAssignment(db: Db, requestId: string, expertUserId: string) {
  return db.expertAssignment.findFirst({
    where: { requestId, expert: { userId: expertUserId }, status: "accepted" },
  });
}

/**
 * The advice page's guard: the expert's assignment on the request, accepted (or completed, to
 * read what was written), else a 404 Response. `editable`: advice can still be saved.
 */
export async function requireAdviceWorkspace(db: Db, requestId: string, expertUserId: string) {
  const assignment = await db.expertAssignment.findFirst({
    where: { requestId, expert: { userId: expertUserId }, status: { in: ["accepted", "completed"] } },
    select: { id: true, request: { select: { id: true, state: true, disputeType: true } } },
  });
  if (!assignment) throw new Response("Not found", { status: 404 });
  return { assignmentId: assignment.id, request: assignment.request, editable: assignment.request.state === "expert-assigned" };
}

export async function getAdviceForExpert(db: Db, requestId: string, expertUserId: string) {
  return db.advice.findFirst({
    where: { requestId, expert: { userId: expertUserId } },
    orderBy: { createdAt: "desc" },
  });
}

function adviceData(a: AdviceInput) {
  return {
    assessment: a.assessment,
    options: JSON.stringify(a.options),
    steps: JSON.stringify(a.steps),
    costMin: a.costMin,
    costMax: a.costMax,
    currency: a.currency || null,
    references: a.references,
  };
}

export type AdvicePresence = Partial<Record<keyof ReturnType<typeof adviceData>, boolean>>;

/** The fields of an advice form post that were sent at all (issue 19: absent means unchanged). */
export function advicePresence(form: Record<string, string>): AdvicePresence {
  const keys = Object.keys(form);
  const has = (k: string) => k in form;
  return {
    assessment: has("assessment"),
    options: keys.some((k) => k.startsWith("opt.")),
    steps: keys.some((k) => k.startsWith("step.")),
    costMin: has("costMin"),
    costMax: has("costMax"),
    currency: has("currency"),
    references: has("references"),
  };
}

function onlyPresent<T extends Record<string, unknown>>(data: T, present?: AdvicePresence): Partial<T> {
  if (!present) return data;
  return Object.fromEntries(Object.entries(data).filter(([key]) => present[key as keyof AdvicePresence] !== false)) as Partial<T>;
}

/** Saves the expert's draft; with `submit` it also goes to staff for review. */
export async function saveAdvice(
  db: Db,
  input: {
    requestId: string;
    expertUserId: string;
    advice: AdviceInput;
    submit: boolean;
    /** Which fields the form carried; a field left out keeps the draft's value (default: all). */
    present?: AdvicePresence;
  },
) {
  const assignment = await acceptedAssignment(db, input.requestId, input.expertUserId);
  if (!assignment) throw new AdviceError("not-found");
  const request = await db.guidanceRequest.findUniqueOrThrow({
    where: { id: input.requestId },
  });
  if (request.state !== "expert-assigned") throw new AdviceError("not-editable");
  if (input.submit && Object.keys(submissionProblems(input.advice)).length > 0) throw new AdviceError("incomplete");
  const existing = await db.advice.findFirst({
    where: {
      requestId: input.requestId,
      expertId: assignment.expertId,
      status: { in: ["draft", "returned"] },
    },
  });
  const data = adviceData(input.advice);
  const row = existing
    ? await db.advice.update({ where: { id: existing.id }, data: onlyPresent(data, input.present) })
    : await db.advice.create({
        data: {
          ...data,
          requestId: input.requestId,
          expertId: assignment.expertId,
        },
      });
  if (!input.submit) return row;
  await db.advice.update({
    where: { id: row.id },
    data: { status: "submitted", submittedAt: new Date() },
  });
  await transitionRequest(db, {
    requestId: input.requestId,
    to: "advice-drafted",
    actor: { id: input.expertUserId, kind: "expert" },
  });
  await notifyUsers(db, await staffUserIds(db), {
    kind: "advice.submitted",
    messageKey: "experts.notify.adviceSubmitted",
    link: `/staff/requests/${input.requestId}/advice`,
  });
  return db.advice.findUniqueOrThrow({ where: { id: row.id } });
}

export async function listAdviceForStaff(db: Db, requestId: string) {
  return db.advice.findMany({
    where: { requestId },
    orderBy: { createdAt: "desc" },
    include: {
      expert: {
        select: { displayNameZh: true, organisation: true, userId: true },
      },
    },
  });
}

/** Staff review: return (comment required), approve, or deliver an approved advice. */
export async function reviewAdvice(
  db: Db,
  input: {
    adviceId: string;
    requestId: string;
    staffId: string;
    decision: "return" | "approve" | "deliver";
    comment?: string | null;
  },
) {
  const advice = await db.advice.findFirst({
    where: { id: input.adviceId, requestId: input.requestId },
    include: { expert: true, request: { select: { companyId: true } } },
  });
  if (!advice) throw new AdviceError("not-found");
  const comment = input.comment?.trim() || null;
  // The advice's own rows and its audit entry are written in the transition's transaction (all
  // or nothing); the notifications (mail) follow once it has committed.
  const audited = (tx: TransitionTx) =>
    recordAudit(tx, {
      actorId: input.staffId,
      action: `advice.${input.decision}`,
      entity: "guidance-request",
      entityId: input.requestId,
      after: { adviceId: advice.id, comment },
    });
  const reviewed = (status: "returned" | "approved", data: { approvedAt?: Date } = {}) =>
    async function (tx: TransitionTx) {
      await tx.advice.update({ where: { id: advice.id }, data: { status, reviewComment: comment, reviewedById: input.staffId, ...data } });
      await audited(tx);
    };
  if (input.decision === "return") {
    if (advice.status !== "submitted") throw new AdviceError("wrong-state");
    if (!comment) throw new AdviceError("reason-required");
    await transitionRequest(db, {
      requestId: input.requestId,
      to: "expert-assigned",
      actor: { id: input.staffId, kind: "staff" },
      note: comment,
      within: reviewed("returned"),
    });
    await notifyUsers(db, [advice.expert.userId], {
      kind: "advice.returned",
      messageKey: "experts.notify.adviceReturned",
      link: `/expert/requests/${input.requestId}/advice`,
    });
  } else if (input.decision === "approve") {
    if (advice.status !== "submitted") throw new AdviceError("wrong-state");
    await transitionRequest(db, {
      requestId: input.requestId,
      to: "advice-reviewed",
      actor: { id: input.staffId, kind: "staff" },
      note: comment,
      within: reviewed("approved", { approvedAt: new Date() }),
    });
    await notifyUsers(db, [advice.expert.userId], {
      kind: "advice.approved",
      messageKey: "guide2.notify.adviceApproved",
      link: `/expert/requests/${input.requestId}/advice`,
    });
  } else {
    if (advice.status !== "approved") throw new AdviceError("wrong-state");
    await transitionRequest(db, {
      requestId: input.requestId,
      to: "delivered",
      actor: { id: input.staffId, kind: "staff" },
      within: async (tx) => {
        await tx.advice.update({
          where: { id: advice.id },
          data: { status: "delivered", deliveredAt: new Date() },
        });
        await tx.expertAssignment.updateMany({
          where: { requestId: input.requestId, status: "accepted" },
          data: { status: "completed" },
        });
        await audited(tx);
      },
    });
    const exporters = await db.user.findMany({
      where: { companyId: advice.request.companyId, role: "exporter" },
      select: { id: true },
    });
    const delivered = { kind: "advice.delivered", messageKey: "experts.notify.adviceDelivered" } as const;
    await notifyUsers(
      db,
      exporters.map((u) => u.id),
      { ...delivered, link: `/exporter/requests/${input.requestId}/advice` },
    );
    // The expert reads the delivered advice in the workspace (an exporter page would be a 404).
    await notifyUsers(db, [advice.expert.userId], { ...delivered, link: `/expert/requests/${input.requestId}/advice` });
  }
  return db.advice.findUniqueOrThrow({ where: { id: advice.id } });
}

/** The exporter's reading: delivered advice of its own company's request only. */
export async function deliveredAdviceForExporter(db: Db, requestId: string, companyId: string) {
  const request = await db.guidanceRequest.findFirst({
    where: { id: requestId, companyId },
    select: { id: true, disputeType: true, caseNumber: true },
  });
  if (!request) return null;
  const advice = await db.advice.findMany({
    where: { requestId, status: "delivered" },
    orderBy: { deliveredAt: "asc" },
    include: {
      expert: {
        select: { displayNameZh: true, organisation: true, title: true },
      },
    },
  });
  return { request, advice: advice.map(presentAdvice) };
}
