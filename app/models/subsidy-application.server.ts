// Subsidy applications (资助申请): an exporter applies from a closed guidance request, a
// followed case or one of its insurance policies; staff review, ask for supplements, approve
// with an amount or reject with a reason, then record the payment. Every state change goes
// through transitionApplication (state machine in app/support/subsidy-states.ts) and writes the
// timeline and the audit entry in the same transaction. One application per policy and subject
// (a unique key), so a case is paid at most once under a policy.
import { z } from "zod";
import { Prisma } from "~/generated/prisma/client.ts";
import { shanghaiDate } from "~/guidance/working-days.ts";
import { checkEligibility, type EligibilityResult } from "~/support/eligibility.ts";
import { checkSubsidyTransition, COUNTING_STATES, type SubsidyActor, type SubsidyState } from "~/support/subsidy-states.ts";
import { CASE_SCOPES } from "~/support/vocabulary.ts";
import type { Db } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";
import { recordAudit } from "./audit.server.ts";
import { notifyUsers, staffUserIds } from "./notification.server.ts";
import { policyRule } from "./subsidy-policy.server.ts";

/** Requests a subsidy can be claimed for: the guidance is over. */
const CLOSED_REQUEST_STATES = ["closed", "archived"];

export class SubsidyTransitionError extends Error {
  constructor(readonly code: "illegal-transition" | "not-allowed-for-actor" | "reason-required" | "amount-required" | "not-found" | "stale-state") {
    super(`subsidy application transition refused: ${code}`);
    this.name = "SubsidyTransitionError";
  }
}

export type Subject = { kind: "request" | "case" | "insurance"; id: string };

/** "kind:id" as the form's select and the `?subject=` link send it. */
export const SubjectSchema = z
  .string()
  .regex(/^(request|case|insurance):[A-Za-z0-9_-]{1,64}$/, "support.err.subject")
  .transform((v): Subject => {
    const [kind, id] = v.split(":") as [Subject["kind"], string];
    return { kind, id };
  });

export function parseSubject(value: string | null | undefined): Subject | null {
  const parsed = SubjectSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** What an exporter may claim for: its closed requests, the cases it follows, its insurance policies. */
export async function subjectsForCompany(db: Db, companyId: string) {
  const [requests, alerts, policies] = await Promise.all([
    db.guidanceRequest.findMany({
      where: { companyId, state: { in: CLOSED_REQUEST_STATES } },
      orderBy: { closedAt: "desc" },
      select: { id: true, disputeType: true, caseNumber: true, opposingParty: true, country: true },
    }),
    db.alert.findMany({ where: { companyId, caseId: { not: null } }, select: { caseId: true }, distinct: ["caseId"] }),
    db.insurancePolicy.findMany({ where: { companyId }, orderBy: { startsOn: "desc" } }),
  ]);
  const cases = await db.case.findMany({
    where: { id: { in: alerts.map((a) => a.caseId!).filter(Boolean) } },
    select: { id: true, title: true, investigationNumber: true, docketNumber: true, otherNumber: true },
  });
  return { requests, cases, policies };
}

export interface Prefill {
  subject: string;
  caseRef: string;
  caseScope: string;
  premium: string;
  insuranceKind: string | null;
}

/** Facts carried over from the subject (the exporter confirms or corrects them). */
export async function prefillFor(db: Db, companyId: string, subject: Subject): Promise<Prefill | null> {
  const key = `${subject.kind}:${subject.id}`;
  if (subject.kind === "request") {
    const r = await db.guidanceRequest.findFirst({ where: { id: subject.id, companyId, state: { in: CLOSED_REQUEST_STATES } } });
    if (!r) return null;
    const ref = [r.caseNumber, r.opposingParty, r.forum].filter(Boolean).join(" · ") || r.disputeType;
    const scope = r.country && /^(CN|中国)$/i.test(r.country) ? "domestic" : "overseas";
    return { subject: key, caseRef: ref, caseScope: scope, premium: "", insuranceKind: null };
  }
  if (subject.kind === "case") {
    if (!(await db.alert.findFirst({ where: { companyId, caseId: subject.id }, select: { id: true } }))) return null;
    const c = await db.case.findUnique({ where: { id: subject.id } });
    if (!c) return null;
    const ref = [c.investigationNumber ?? c.docketNumber ?? c.otherNumber, c.title].filter(Boolean).join(" · ");
    return { subject: key, caseRef: ref, caseScope: "overseas", premium: "", insuranceKind: null };
  }
  const p = await db.insurancePolicy.findFirst({ where: { id: subject.id, companyId } });
  if (!p) return null;
  return { subject: key, caseRef: `${p.insurer} ${p.policyNumber ?? ""}`.trim(), caseScope: "", premium: String(p.premium), insuranceKind: p.kind };
}

const optionalAmount = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || (Number.isFinite(Number(v)) && Number(v) >= 0 && Number(v) < 1e12), "support.err.number")
  .transform((v) => (v ? Number(v) : null));

export const ApplicationInputSchema = z.object({
  policyId: z.string().trim().min(1, "support.err.choice"),
  subject: z
    .string()
    .trim()
    .refine((v) => parseSubject(v) !== null, "support.err.subject"),
  caseScope: z
    .enum(["", ...CASE_SCOPES], { message: "support.err.choice" })
    .optional()
    .transform((v) => v || null),
  won: z
    .string()
    .optional()
    .transform((v) => v === "on" || v === "true"),
  decidedOn: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))), "support.err.date")
    .transform((v) => v || null),
  costs: optionalAmount,
  premium: optionalAmount,
  statement: z.string().trim().max(4000, "support.err.tooLong").optional().default(""),
});
export type ApplicationInput = z.infer<typeof ApplicationInputSchema>;

type ApplicationRow = NonNullable<Awaited<ReturnType<Db["subsidyApplication"]["findUnique"]>>>;

/** Runs the policy's rules on an application's facts (this application excluded from the counts). */
export async function evaluateApplication(db: Db | Prisma.TransactionClient, app: ApplicationRow): Promise<EligibilityResult> {
  const policy = await db.subsidyPolicy.findUniqueOrThrow({ where: { id: app.policyId } });
  const company = await db.company.findUnique({ where: { id: app.companyId }, select: { city: true } });
  const others = await db.subsidyApplication.findMany({
    where: { policyId: app.policyId, companyId: app.companyId, state: { in: [...COUNTING_STATES] }, id: { not: app.id } },
    select: { year: true, approvedAmount: true, paidAmount: true },
  });
  const insurance = app.insurancePolicyId ? await db.insurancePolicy.findUnique({ where: { id: app.insurancePolicyId }, select: { kind: true } }) : null;
  return checkEligibility(policyRule(policy), {
    companyCity: company?.city ?? null,
    caseScope: (app.caseScope as "domestic" | "overseas" | null) ?? null,
    won: app.won,
    decidedOn: app.decidedOn ? shanghaiDate(app.decidedOn) : null,
    costs: app.costs,
    premium: app.premium,
    insuranceKind: insurance?.kind ?? null,
    year: app.year,
    usedThisYear: others.filter((o) => o.year === app.year).reduce((sum, o) => sum + (o.paidAmount ?? o.approvedAmount ?? 0), 0),
    yearsSubsidised: [...new Set(others.map((o) => o.year))],
    // The unique key (policy, subject) already refuses a second application for the subject.
    sameSubjectExists: false,
  });
}

export type CreateResult = { ok: true; id: string } | { ok: false; fieldErrors: Record<string, string> };

export async function createApplication(db: Db, input: { companyId: string; userId: string; data: ApplicationInput }): Promise<CreateResult> {
  const { data } = input;
  const policy = await db.subsidyPolicy.findFirst({ where: { id: data.policyId, active: true } });
  if (!policy) return { ok: false, fieldErrors: { policyId: "support.err.choice" } };
  const subject = parseSubject(data.subject)!;
  const prefill = await prefillFor(db, input.companyId, subject);
  if (!prefill) return { ok: false, fieldErrors: { subject: "support.err.subject" } };
  if (policy.kind === "premium" && subject.kind !== "insurance") return { ok: false, fieldErrors: { subject: "support.err.premiumNeedsPolicy" } };
  if (policy.kind !== "premium" && subject.kind === "insurance") return { ok: false, fieldErrors: { subject: "support.err.caseNeeded" } };
  const insurance = subject.kind === "insurance" ? await db.insurancePolicy.findFirstOrThrow({ where: { id: subject.id, companyId: input.companyId } }) : null;
  // A premium subsidy counts against the policy's first year; a case subsidy against the decision's year.
  const year = insurance ? Number(shanghaiDate(insurance.startsOn).slice(0, 4)) : Number((data.decidedOn ?? shanghaiDate(new Date())).slice(0, 4));
  const subjectKey = insurance ? `insurance:${insurance.id}:${year}` : `${subject.kind}:${subject.id}`;
  try {
    const id = await db.$transaction(async (tx) => {
      const row = await tx.subsidyApplication.create({
        data: {
          policyId: policy.id,
          companyId: input.companyId,
          createdById: input.userId,
          subjectKey,
          guidanceRequestId: subject.kind === "request" ? subject.id : null,
          caseId: subject.kind === "case" ? subject.id : null,
          insurancePolicyId: insurance?.id ?? null,
          caseRef: prefill.caseRef,
          caseScope: insurance ? null : (data.caseScope ?? prefill.caseScope),
          won: data.won,
          decidedOn: data.decidedOn ? new Date(`${data.decidedOn}T00:00:00+08:00`) : null,
          costs: data.costs,
          premium: insurance ? (data.premium ?? insurance.premium) : null,
          year,
          statement: data.statement,
        },
      });
      const result = await evaluateApplication(tx, row);
      await tx.subsidyApplication.update({ where: { id: row.id }, data: { eligibility: JSON.stringify(result), proposedAmount: result.amount } });
      await tx.subsidyEvent.create({ data: { applicationId: row.id, fromState: null, toState: "submitted", actorId: input.userId } });
      await recordAudit(tx, {
        actorId: input.userId,
        action: "subsidy-application.submitted",
        entity: "subsidy-application",
        entityId: row.id,
        after: { policyId: policy.id, subjectKey, eligible: result.eligible, amount: result.amount },
      });
      return row.id;
    });
    await notifyUsers(db, await staffUserIds(db), {
      kind: "subsidy-transition",
      messageKey: "support.notify.submitted",
      params: { ref: id.slice(-8) },
      link: `/staff/subsidies/${id}`,
    });
    return { ok: true, id };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return { ok: false, fieldErrors: { subject: "support.err.alreadyApplied" } };
    throw error;
  }
}

export interface SubsidyTransitionInput {
  applicationId: string;
  to: SubsidyState;
  actor: { id: string; kind: SubsidyActor };
  /** Exporters act only on their own company's applications. */
  companyId?: string;
  note?: string | null;
  amount?: number | null;
  ip?: string | null;
}

async function nextNoticeNumber(tx: Prisma.TransactionClient, year: number): Promise<string> {
  const prefix = `〔${year}〕${getEnv().CENTRE_DOC_PREFIX.replace(/指字$/, "")}助字第 `;
  const count = await tx.subsidyApplication.count({ where: { noticeNumber: { startsWith: prefix } } });
  return `${prefix}${count + 1} 号`;
}

/** The one way an application changes state: checked, conditional on the state read, audited in the same transaction. */
export async function transitionApplication(db: Db, input: SubsidyTransitionInput) {
  const updated = await db.$transaction(async (tx) => {
    const current = await tx.subsidyApplication.findFirst({
      where: { id: input.applicationId, ...(input.actor.kind === "exporter" ? { companyId: input.companyId ?? "-" } : {}) },
    });
    if (!current) throw new SubsidyTransitionError("not-found");
    const from = current.state as SubsidyState;
    const check = checkSubsidyTransition(from, input.to, input.actor.kind);
    if (!check.ok) throw new SubsidyTransitionError(check.error);
    const note = input.note?.trim() || null;
    const amount = input.amount ?? null;
    if (check.needs === "reason" && !note) throw new SubsidyTransitionError("reason-required");
    if (check.needs === "amount" && !(amount !== null && amount > 0)) throw new SubsidyTransitionError("amount-required");
    const now = new Date();
    const data: Prisma.SubsidyApplicationUpdateManyMutationInput = { state: input.to };
    if (input.to === "under-review") {
      // Staff re-check eligibility on every review with the current counts and policy.
      const result = await evaluateApplication(tx, current);
      data.eligibility = JSON.stringify(result);
      data.proposedAmount = result.amount;
    }
    if (input.to === "needs-supplement") data.supplementNote = note;
    if (input.to === "approved" || input.to === "rejected") {
      data.decidedAt = now;
      data.noticeNumber = await nextNoticeNumber(tx, Number(shanghaiDate(now).slice(0, 4)));
    }
    if (input.to === "approved") data.approvedAmount = amount;
    if (input.to === "rejected") data.rejectionReason = note;
    if (input.to === "paid") {
      data.paidAmount = amount;
      data.paidAt = now;
    }
    const { count } = await tx.subsidyApplication.updateMany({ where: { id: current.id, state: from }, data });
    if (count !== 1) throw new SubsidyTransitionError("stale-state");
    await tx.subsidyEvent.create({ data: { applicationId: current.id, fromState: from, toState: input.to, actorId: input.actor.id, note, amount, at: now } });
    await recordAudit(tx, {
      actorId: input.actor.id,
      action: `subsidy-application.${input.to}`,
      entity: "subsidy-application",
      entityId: current.id,
      before: { state: from },
      after: { state: input.to, note, amount },
      ip: input.ip ?? null,
    });
    return tx.subsidyApplication.findUniqueOrThrow({ where: { id: current.id } });
  });
  // Outside the transaction: a failed mail must not undo the step.
  const exporters = await db.user.findMany({ where: { companyId: updated.companyId, role: "exporter" }, select: { id: true } });
  const ref = updated.id.slice(-8);
  const params = { ref, state: `@support.state.${updated.state}` };
  if (input.actor.kind === "staff") {
    await notifyUsers(
      db,
      exporters.map((u) => u.id),
      {
        kind: "subsidy-transition",
        messageKey: "support.notify.transition",
        params,
        link: `/exporter/subsidies/${updated.id}`,
        note: input.note?.trim() || null,
      },
    );
  } else {
    await notifyUsers(db, await staffUserIds(db), {
      kind: "subsidy-transition",
      messageKey: "support.notify.transition",
      params,
      link: `/staff/subsidies/${updated.id}`,
    });
  }
  return updated;
}

const withPolicy = { policy: { select: { id: true, nameZh: true, nameEn: true, kind: true, requiredDocuments: true, isExample: true } } } as const;

/** Ownership in the query: another company's application is simply not found. */
export function listOwnApplications(db: Db, companyId: string) {
  return db.subsidyApplication.findMany({ where: { companyId }, orderBy: { submittedAt: "desc" }, include: withPolicy });
}

export function getOwnApplication(db: Db, id: string, companyId: string) {
  return db.subsidyApplication.findFirst({ where: { id, companyId }, include: { ...withPolicy, events: { orderBy: { at: "asc" } } } });
}

/** Id and state of the company's own application (for uploads), or a 404 Response. */
export async function requireOwnApplicationState(db: Db, id: string, companyId: string) {
  const app = await db.subsidyApplication.findFirst({ where: { id, companyId }, select: { id: true, state: true } });
  if (!app) throw new Response("Not found", { status: 404 });
  return app;
}

export function listApplicationsForStaff(db: Db, filter: { state?: string } = {}) {
  return db.subsidyApplication.findMany({
    where: filter.state ? { state: filter.state } : {},
    orderBy: { submittedAt: "desc" },
    include: withPolicy,
    take: 200,
  });
}

export function getApplicationForStaff(db: Db, id: string) {
  return db.subsidyApplication.findUnique({ where: { id }, include: { ...withPolicy, events: { orderBy: { at: "asc" } } } });
}

export function parseEligibility(text: string): EligibilityResult | null {
  try {
    const v = JSON.parse(text) as EligibilityResult;
    return Array.isArray(v?.checks) ? v : null;
  } catch {
    return null;
  }
}

export interface SubsidyTotalsRow {
  policyId: string;
  nameZh: string;
  nameEn: string;
  applied: { count: number; amount: number };
  approved: { count: number; amount: number };
  paid: { count: number; amount: number };
}

/**
 * Amounts applied (proposed when submitted), approved and paid per policy in [from, to): each by
 * the date of its own event (submitted, decided, paid). For the statistics pages.
 */
export async function subsidyTotals(db: Db, period: { from: Date; to: Date }): Promise<SubsidyTotalsRow[]> {
  const [policies, apps] = await Promise.all([
    db.subsidyPolicy.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, nameZh: true, nameEn: true } }),
    db.subsidyApplication.findMany({
      where: {
        OR: [
          { submittedAt: { gte: period.from, lt: period.to } },
          { decidedAt: { gte: period.from, lt: period.to } },
          { paidAt: { gte: period.from, lt: period.to } },
        ],
      },
      select: { policyId: true, state: true, submittedAt: true, decidedAt: true, paidAt: true, proposedAmount: true, approvedAmount: true, paidAmount: true },
    }),
  ]);
  const within = (d: Date | null) => !!d && d >= period.from && d < period.to;
  return policies.map((p) => {
    const mine = apps.filter((a) => a.policyId === p.id);
    const sum = (rows: typeof mine, pick: (a: (typeof mine)[number]) => number | null) => ({
      count: rows.length,
      amount: rows.reduce((s, a) => s + (pick(a) ?? 0), 0),
    });
    return {
      policyId: p.id,
      nameZh: p.nameZh,
      nameEn: p.nameEn,
      applied: sum(
        mine.filter((a) => within(a.submittedAt)),
        (a) => a.proposedAmount,
      ),
      approved: sum(
        mine.filter((a) => a.approvedAmount !== null && within(a.decidedAt)),
        (a) => a.approvedAmount,
      ),
      paid: sum(
        mine.filter((a) => a.paidAmount !== null && within(a.paidAt)),
        (a) => a.paidAmount,
      ),
    };
  });
}

/** The printable decision notice of an approved, paid or rejected application (null before a decision). */
export async function subsidyNotice(
  db: Db,
  app: {
    noticeNumber: string | null;
    state: string;
    companyId: string;
    caseRef: string;
    approvedAmount: number | null;
    rejectionReason: string | null;
    decidedAt: Date | null;
    policy: { nameZh: string };
  },
) {
  if (!app.noticeNumber || !app.decidedAt || !["approved", "rejected", "paid"].includes(app.state)) return null;
  const company = await db.company.findUnique({ where: { id: app.companyId }, select: { nameZh: true } });
  return {
    centre: getEnv().CENTRE_NAME,
    number: app.noticeNumber,
    date: shanghaiDate(app.decidedAt),
    state: app.state as "approved" | "rejected" | "paid",
    company: company?.nameZh ?? "",
    policy: app.policy.nameZh,
    caseRef: app.caseRef,
    amount: app.approvedAmount,
    reason: app.rejectionReason,
  };
}

/** The page data of one application, for its owner or staff (the caller found it with ownership in the query). */
export function presentApplication(a: NonNullable<Awaited<ReturnType<typeof getApplicationForStaff>>>) {
  return {
    id: a.id,
    state: a.state as SubsidyState,
    companyId: a.companyId,
    caseRef: a.caseRef,
    caseScope: a.caseScope,
    won: a.won,
    decidedOn: a.decidedOn ? shanghaiDate(a.decidedOn) : null,
    costs: a.costs,
    premium: a.premium,
    year: a.year,
    statement: a.statement,
    guidanceRequestId: a.guidanceRequestId,
    caseId: a.caseId,
    policy: { id: a.policy.id, nameZh: a.policy.nameZh, nameEn: a.policy.nameEn, kind: a.policy.kind, isExample: a.policy.isExample },
    requiredDocuments: JSON.parse(a.policy.requiredDocuments) as string[],
    eligibility: parseEligibility(a.eligibility),
    proposedAmount: a.proposedAmount,
    approvedAmount: a.approvedAmount,
    paidAmount: a.paidAmount,
    supplementNote: a.supplementNote,
    rejectionReason: a.rejectionReason,
    hasNotice: !!a.noticeNumber,
    events: a.events.map((e) => ({ id: e.id, toState: e.toState, note: e.note, amount: e.amount, at: e.at.toISOString() })),
  };
}
