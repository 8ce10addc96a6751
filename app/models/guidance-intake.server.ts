// Intake and review of guidance requests (应对指导申请): the exporter's draft form, the
// company-scoped list and detail, the staff triage queue ordered by legal deadline, staff
// actions (each one a transitionRequest call), deadline rules and the working-day calendar.
import { z } from "zod";
import { CALENDAR_2026 } from "~/guidance/calendar-data.ts";
import { computeDeadline, DEADLINE_FINISHED_STATES, DEFAULT_DEADLINE_RULES, effectiveDeadline, pickRule } from "~/guidance/deadlines.ts";
import { pausedDaysOnResume, slaStatus, type SlaStatus, type SlaTargets } from "~/guidance/sla-clock.ts";
import { checkTransition, type RequestState } from "~/domain/request-states.ts";
import { calendarFrom, daysUntil, shanghaiDate, type WorkCalendar } from "~/guidance/working-days.ts";
import type { Db } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";
import { checkboxField, splitList } from "~/utils/forms.server.ts";
import { parseList, toListText } from "~/utils/json-list.ts";
import { DEFAULT_LOCALE, translator } from "~/i18n/i18n.ts";
import type { Locale } from "~/domain/locale.ts";
import { recordAudit } from "./audit.server.ts";
import { ownersOf, type RequestOwner } from "./request-owner.server.ts";
import { companyAlertOnCase } from "./case.server.ts";
import { TransitionError, transitionRequest } from "./guidance-request.server.ts";
import { DISPUTE_TYPES, type DisputeType } from "~/domain/dispute-types.ts";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "guidance.err.tooLong")
    .optional()
    .transform((v) => v || null);
const optionalDate = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))), "guidance.err.date")
  .transform((v) => (v ? new Date(`${v}T00:00:00+08:00`) : null));
const checkbox = checkboxField;

/** The draft form: lenient (a draft may be incomplete); submitting checks `SubmitSchema`. */
export const RequestInputSchema = z.object({
  disputeType: z.enum(DISPUTE_TYPES, { message: "guidance.err.disputeType" }),
  country: optionalText(80),
  forum: optionalText(200),
  opposingParty: optionalText(300),
  opposingCounsel: optionalText(300),
  caseNumber: optionalText(100),
  servedAt: optionalDate,
  tempReliefMotion: checkbox,
  statedDeadline: optionalDate,
  products: z
    .string()
    .optional()
    .transform((v) => splitList(v).slice(0, 50)),
  hsCodes: z
    .string()
    .optional()
    .transform((v) => splitList(v))
    .refine((codes) => codes.every((c) => /^\d{4,10}$/.test(c.replace(/\./g, ""))), "guidance.err.hsCode")
    .transform((codes) => codes.map((c) => c.replace(/\./g, ""))),
  amountAtStake: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || (/^\d+(\.\d+)?$/.test(v) && Number(v) < 1e13), "guidance.err.amount")
    .transform((v) => (v ? Number(v) : null)),
  currency: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || /^[A-Za-z]{3}$/.test(v), "guidance.err.currency")
    .transform((v) => (v ? v.toUpperCase() : null)),
  whatHappened: z.string().trim().max(10_000, "guidance.err.tooLong").default(""),
  helpWanted: z.string().trim().max(5_000, "guidance.err.tooLong").default(""),
  contactName: optionalText(100),
  contactPhone: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || /^[+\d][\d\s-]{5,24}$/.test(v), "guidance.err.phone")
    .transform((v) => v || null),
  contactEmail: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || z.email().safeParse(v).success, "form.invalidEmail")
    .transform((v) => v || null),
  consentToShare: checkbox,
});
export type RequestInput = z.infer<typeof RequestInputSchema>;

/** What must be filled before a draft can be submitted (field → message key). */
export function missingForSubmit(r: {
  whatHappened: string;
  helpWanted: string;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  country: string | null;
}): Record<string, string> {
  const errors: Record<string, string> = {};
  if (r.whatHappened.trim().length < 10) errors.whatHappened = "guidance.err.whatHappened";
  if (!r.helpWanted.trim()) errors.helpWanted = "form.required";
  if (!r.country) errors.country = "form.required";
  if (!r.contactName) errors.contactName = "form.required";
  if (!r.contactEmail && !r.contactPhone) errors.contactEmail = "guidance.err.contact";
  return errors;
}

function columns(input: RequestInput) {
  return { ...input, products: toListText(input.products), hsCodes: toListText(input.hsCodes) };
}

export async function loadCalendar(db: Db): Promise<WorkCalendar> {
  return calendarFrom(await db.calendarDay.findMany());
}

/** The computed deadline for a request's facts (rule id and date), from the DeadlineRule rows. */
export async function deadlineFor(db: Db, facts: { disputeType: string; servedAt: Date | null; tempReliefMotion: boolean }) {
  const rules = await db.deadlineRule.findMany({ where: { disputeType: facts.disputeType } });
  const rule = pickRule(rules, facts);
  const date = computeDeadline(rule, facts.servedAt);
  return { deadlineRuleId: rule?.id ?? null, computedDeadline: date ? new Date(`${date}T23:59:59+08:00`) : null };
}

export async function createDraft(
  db: Db,
  companyId: string,
  userId: string,
  input: RequestInput,
  links: { caseId?: string | null; alertId?: string | null } = {},
) {
  const deadline = await deadlineFor(db, input);
  return db.$transaction(async (tx) => {
    const request = await tx.guidanceRequest.create({
      data: { ...columns(input), ...deadline, companyId, createdById: userId, caseId: links.caseId ?? null, alertId: links.alertId ?? null },
    });
    await recordAudit(tx, {
      actorId: userId,
      action: "guidance-request.draft",
      entity: "guidance-request",
      entityId: request.id,
      before: null,
      after: { disputeType: input.disputeType },
    });
    return request;
  });
}

/** Updates a draft (only drafts and requests awaiting a supplement are editable by the exporter). */
export async function updateOwnRequest(db: Db, id: string, companyId: string, input: RequestInput) {
  const deadline = await deadlineFor(db, input);
  const { count } = await db.guidanceRequest.updateMany({
    where: { id, companyId, state: { in: ["draft", "needs-supplement"] } },
    data: { ...columns(input), ...deadline },
  });
  return count === 1;
}

export function getOwnRequest(db: Db, id: string, companyId: string) {
  return db.guidanceRequest.findFirst({
    where: { id, companyId },
    include: { events: { orderBy: { at: "asc" } }, attachments: { orderBy: { createdAt: "asc" } } },
  });
}

export function getRequestForStaff(db: Db, id: string) {
  return db.guidanceRequest.findUnique({
    where: { id },
    include: {
      company: { select: { id: true, nameZh: true, nameEn: true } },
      events: { orderBy: { at: "asc" } },
      attachments: { orderBy: { createdAt: "asc" } },
    },
  });
}

export function listOwnRequests(db: Db, companyId: string) {
  return db.guidanceRequest.findMany({ where: { companyId }, orderBy: { createdAt: "desc" } });
}

export function slaTargets(): SlaTargets {
  const env = getEnv();
  return {
    firstResponseDays: env.SLA_FIRST_RESPONSE_DAYS,
    updateDays: env.SLA_UPDATE_DAYS,
    resolutionDays: env.SLA_RESOLUTION_DAYS,
    reminderDays: env.SLA_REMINDER_DAYS,
  };
}

export interface TriageRow {
  id: string;
  state: string;
  disputeType: string;
  companyName: string;
  caseNumber: string | null;
  opposingParty: string | null;
  deadline: string | null;
  daysLeft: number | null;
  sla: SlaStatus;
  submittedAt: string | null;
  /** The latest escalation to the sub-centre, if any. */
  escalation: { status: string; subCentreRef: string | null } | null;
  /** Which date the deadline is: the staff override, the company's stated one or the rule's. */
  deadlineSource: "override" | "stated" | "computed" | null;
  /** The deadline rule that computed the deadline, named in both languages. */
  rule: { zh: string; en: string } | null;
  owner: RequestOwner | null;
}

function deadlineSource(
  r: { deadlineOverride: Date | null; computedDeadline: Date | null; statedDeadline: Date | null },
  at: Date | null,
): TriageRow["deadlineSource"] {
  if (!at) return null;
  if (r.deadlineOverride) return "override";
  return r.computedDeadline && at.getTime() === r.computedDeadline.getTime() ? "computed" : "stated";
}

/** Requests with their effective deadline and SLA status, most urgent first (no deadline last). */
export async function listTriage(db: Db, opts: { state?: RequestState; includeDrafts?: boolean; now?: Date } = {}): Promise<TriageRow[]> {
  const now = opts.now ?? new Date();
  const [rows, calendar] = await Promise.all([
    db.guidanceRequest.findMany({
      where: opts.state ? { state: opts.state } : opts.includeDrafts ? {} : { state: { not: "draft" } },
      include: {
        company: { select: { nameZh: true } },
        escalations: { orderBy: { sentAt: "desc" }, take: 1, select: { status: true, subCentreRef: true } },
      },
      orderBy: { createdAt: "asc" },
    }),
    loadCalendar(db),
  ]);
  const [owners, rules] = await Promise.all([
    ownersOf(
      db,
      rows.map((r) => r.id),
    ),
    db.deadlineRule.findMany({ select: { id: true, labelZh: true, labelEn: true } }),
  ]);
  const ruleById = new Map(rules.map((x) => [x.id, { zh: x.labelZh, en: x.labelEn }]));
  const targets = slaTargets();
  const out = rows.map((r): TriageRow => {
    // A finished request has no running deadline: it never shows (or sorts) as overdue.
    const deadline = DEADLINE_FINISHED_STATES.includes(r.state) ? null : effectiveDeadline(r);
    const date = deadline ? shanghaiDate(deadline) : null;
    return {
      id: r.id,
      state: r.state,
      disputeType: r.disputeType,
      companyName: r.company.nameZh,
      caseNumber: r.caseNumber,
      opposingParty: r.opposingParty,
      deadline: date,
      daysLeft: date ? daysUntil(date, now) : null,
      sla: slaStatus(r, targets, now, calendar),
      submittedAt: r.submittedAt?.toISOString() ?? null,
      escalation: r.escalations[0] ?? null,
      deadlineSource: deadlineSource(r, deadline),
      rule: r.deadlineRuleId ? (ruleById.get(r.deadlineRuleId) ?? null) : null,
      owner: owners.get(r.id) ?? null,
    };
  });
  return out.sort((a, b) => (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity));
}

/** Staff actions on the request page → target states. */
export const STAFF_ACTIONS = {
  "start-review": "under-review",
  "request-supplement": "needs-supplement",
  reject: "rejected",
  accept: "accepted",
  terminate: "terminated",
  archive: "archived",
  close: "closed",
} as const satisfies Record<string, RequestState>;
export type StaffAction = keyof typeof STAFF_ACTIONS;

/**
 * A staff action: the note becomes the reason column the notices print; leaving
 * needs-supplement adds the paused working days to the SLA clock.
 */
/**
 * The staff actions open from `state`, each with whether it needs a reason: both come from the
 * state machine (app/domain/request-states.ts), so the page shows a reason field exactly where
 * transitionRequest will demand one.
 */
export function staffActionsFrom(state: RequestState): { action: StaffAction; reasonRequired: boolean }[] {
  return (Object.entries(STAFF_ACTIONS) as [StaffAction, RequestState][]).flatMap(([action, to]) => {
    const check = checkTransition(state, to, "staff");
    return check.ok ? [{ action, reasonRequired: check.reasonRequired }] : [];
  });
}

export async function staffTransition(db: Db, input: { requestId: string; action: StaffAction; note: string | null; staffId: string; ip?: string | null }) {
  const to = STAFF_ACTIONS[input.action];
  return transitionRequest(db, {
    requestId: input.requestId,
    to,
    actor: { id: input.staffId, kind: "staff" },
    note: input.note,
    ip: input.ip,
    data: await extraColumns(db, input.requestId, to, input.note),
  });
}

async function extraColumns(db: Db, requestId: string, to: RequestState, note: string | null) {
  const current = await db.guidanceRequest.findUnique({ where: { id: requestId }, select: { state: true, slaPausedAt: true, slaPausedWorkingDays: true } });
  const data: Record<string, unknown> = {};
  if (!current) return data;
  const reason = note?.trim() || null;
  if (to === "needs-supplement") data.supplementNote = reason;
  if (to === "rejected") data.rejectionReason = reason;
  if (to === "terminated") data.terminationReason = reason;
  if (current.state === "needs-supplement" && current.slaPausedAt) {
    data.slaPausedWorkingDays = current.slaPausedWorkingDays + pausedDaysOnResume(current.slaPausedAt, new Date(), await loadCalendar(db));
  }
  return data;
}

/** The exporter submits a draft, or answers a supplement notice (back to review). */
export async function exporterSubmit(db: Db, input: { requestId: string; companyId: string; userId: string; note?: string | null; ip?: string | null }) {
  const request = await db.guidanceRequest.findFirst({ where: { id: input.requestId, companyId: input.companyId } });
  if (!request) return { ok: false as const, fieldErrors: {} as Record<string, string>, notFound: true };
  const missing = missingForSubmit(request);
  if (Object.keys(missing).length > 0) return { ok: false as const, fieldErrors: missing, notFound: false };
  const to: RequestState = request.state === "needs-supplement" ? "under-review" : "submitted";
  const updated = await transitionRequest(db, {
    requestId: request.id,
    to,
    actor: { id: input.userId, kind: "exporter" },
    note: input.note ?? null,
    ip: input.ip,
    data: await extraColumns(db, request.id, to, null),
  });
  return { ok: true as const, request: updated };
}

export const RatingSchema = z.object({
  rating: z.coerce.number({ message: "guidance.err.rating" }).int("guidance.err.rating").min(1, "guidance.err.rating").max(5, "guidance.err.rating"),
  feedback: z
    .string()
    .trim()
    .max(2_000, "guidance.err.tooLong")
    .optional()
    .transform((v) => v || null),
});

/**
 * The exporter rates the delivered advice: on a delivered request this closes it; when staff
 * closed it first, the rating is still taken once (the request stays closed). Advice is read
 * before it is rated, so a close by staff must not take the rating away.
 */
export async function exporterRate(db: Db, input: { requestId: string; companyId: string; userId: string; rating: number; feedback: string | null }) {
  const request = await db.guidanceRequest.findFirst({
    where: { id: input.requestId, companyId: input.companyId },
    select: { id: true, state: true, rating: true },
  });
  if (!request) return null;
  if (request.state === "closed") {
    if (request.rating !== null) throw new TransitionError("illegal-transition", "closed", "closed");
    return db.$transaction(async (tx) => {
      const { count } = await tx.guidanceRequest.updateMany({
        where: { id: request.id, state: "closed", rating: null },
        data: { rating: input.rating, feedback: input.feedback, lastUpdateAt: new Date() },
      });
      if (count !== 1) throw new TransitionError("stale-state", "closed", "closed");
      await recordAudit(tx, {
        actorId: input.userId,
        action: "guidance-request.rated",
        entity: "guidance-request",
        entityId: request.id,
        before: { rating: null },
        after: { rating: input.rating, feedback: input.feedback },
      });
      return tx.guidanceRequest.findUniqueOrThrow({ where: { id: request.id } });
    });
  }
  return transitionRequest(db, {
    requestId: request.id,
    to: "closed",
    actor: { id: input.userId, kind: "exporter" },
    note: input.feedback,
    data: { rating: input.rating, feedback: input.feedback },
  });
}

export const OverrideSchema = z.object({
  deadline: z
    .string()
    .trim()
    .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)), "guidance.err.date"),
  reason: z.string().trim().min(3, "guidance.err.reasonRequired").max(1_000, "guidance.err.tooLong"),
});

/**
 * Why an override is refused, as a field error key: the request is finished (a past date on an
 * open request stays allowed: staff record a deadline that has already run out).
 */
export type OverrideRefusal = { refused: "journeys.deadline.overrideFinished" };

export async function overrideDeadline(
  db: Db,
  input: { requestId: string; deadline: string; reason: string; staffId: string },
): Promise<OverrideRefusal | Awaited<ReturnType<typeof db.guidanceRequest.update>> | null> {
  const before = await db.guidanceRequest.findUnique({ where: { id: input.requestId }, select: { deadlineOverride: true, state: true } });
  if (!before) return null;
  if (DEADLINE_FINISHED_STATES.includes(before.state)) return { refused: "journeys.deadline.overrideFinished" };
  const date = new Date(`${input.deadline}T23:59:59+08:00`);
  return db.$transaction(async (tx) => {
    const updated = await tx.guidanceRequest.update({ where: { id: input.requestId }, data: { deadlineOverride: date, deadlineOverrideReason: input.reason } });
    await recordAudit(tx, {
      actorId: input.staffId,
      action: "guidance-request.deadline-override",
      entity: "guidance-request",
      entityId: input.requestId,
      before: { deadlineOverride: before.deadlineOverride?.toISOString() ?? null },
      after: { deadlineOverride: date.toISOString(), reason: input.reason },
    });
    return updated;
  });
}

/**
 * Seeds the deadline rules and the published working-day calendar; idempotent (upserts by
 * id/date without overwriting staff edits to existing rows).
 */
export async function ensureGuidanceReferenceData(db: Db) {
  for (const rule of DEFAULT_DEADLINE_RULES) {
    await db.deadlineRule.upsert({ where: { id: rule.id }, create: { ...rule }, update: {} });
  }
  for (const day of CALENDAR_2026) {
    await db.calendarDay.upsert({ where: { date: day.date }, create: day, update: {} });
  }
}

export function requestSummary(r: { products: string; hsCodes: string }) {
  return { products: parseList(r.products), hsCodes: parseList(r.hsCodes) };
}

/** The dispute type of a case, from its case type (the taxonomy's ids; see taxonomy.ts). */
export function disputeTypeOfCase(c: { caseType: string; jurisdiction: string } | null): DisputeType {
  if (!c) return "other";
  switch (c.caseType) {
    case "us-itc-337":
    case "us-district-court":
    case "schedule-a-tro":
    case "trademark-opposition":
    case "trade-fair-injunction":
      return c.caseType;
    case "eu-customs-detention":
      return "eu-customs";
    default:
      return "other";
  }
}

/** Dispute types whose forum is known from the type alone. */
export const FORUM_OF_DISPUTE = ["us-itc-337", "us-district-court", "schedule-a-tro", "eu-customs"] as const satisfies readonly DisputeType[];

/**
 * When the time to respond starts, as far as the case tells: a 337 respondent is served the
 * complaint with the notice of institution (19 C.F.R. §210.11), so the institution notice's
 * date; an EU customs detention runs from its notice, so the item's date. Otherwise unknown.
 */
function servedAtOf(disputeType: DisputeType, items: { stage: string | null; publishedAt: Date }[], alertItem: { publishedAt: Date } | null): Date | null {
  if (disputeType === "us-itc-337") return items.find((i) => i.stage === "instituted")?.publishedAt ?? null;
  if (disputeType === "eu-customs") return alertItem?.publishedAt ?? items[0]?.publishedAt ?? null;
  return null;
}

/**
 * Prefill from an alert the company owns, or from a case: parties, case number, dispute
 * type, forum, the date of service when the case shows it, and the response deadline that
 * the deadline rules compute from it (shown for checking; the draft computes it again).
 */
export async function prefillFromAlertOrCase(db: Db, companyId: string, opts: { alertId?: string | null; caseId?: string | null; locale?: Locale }) {
  let caseId = opts.caseId ?? null;
  let alertId: string | null = null;
  let alertItem: { publishedAt: Date } | null = null;
  if (opts.alertId) {
    const alert = await db.alert.findFirst({
      where: { id: opts.alertId, companyId },
      select: { id: true, caseId: true, riskItem: { select: { caseId: true, publishedAt: true } } },
    });
    if (!alert) return null;
    alertId = alert.id;
    alertItem = alert.riskItem;
    caseId = alert.caseId ?? alert.riskItem.caseId ?? null;
  } else if (caseId && !(await companyAlertOnCase(db, companyId, caseId))) {
    return null;
  }
  const c = caseId
    ? await db.case.findUnique({
        where: { id: caseId },
        include: { items: { select: { stage: true, publishedAt: true }, orderBy: { publishedAt: "asc" }, take: 500 } },
      })
    : null;
  if (opts.caseId && !c) return null;
  const disputeType = disputeTypeOfCase(c);
  const servedAt = c ? servedAtOf(disputeType, c.items, alertItem) : null;
  const deadline = servedAt ? await deadlineFor(db, { disputeType, servedAt, tempReliefMotion: false }) : null;
  const rule = deadline?.deadlineRuleId ? await db.deadlineRule.findUnique({ where: { id: deadline.deadlineRuleId } }) : null;
  return {
    alertId,
    caseId: c?.id ?? null,
    /** YYYY-MM-DD (Asia/Shanghai) or null. */
    deadline: deadline?.computedDeadline ? shanghaiDate(deadline.computedDeadline) : null,
    deadlineRule: rule ? { labelZh: rule.labelZh, labelEn: rule.labelEn } : null,
    values: {
      disputeType,
      // The forum in the reader's language; the user may edit it.
      forum: (FORUM_OF_DISPUTE as readonly string[]).includes(disputeType)
        ? translator(opts.locale ?? DEFAULT_LOCALE)(`guidance.forum.${disputeType as (typeof FORUM_OF_DISPUTE)[number]}`)
        : "",
      country: c?.jurisdiction ?? "",
      caseNumber: c?.investigationNumber ?? c?.docketNumber ?? c?.otherNumber ?? "",
      opposingParty: parseList(c?.complainants).join(", "),
      products: parseList(c?.products).join(", "),
      hsCodes: parseList(c?.htsCodes).join(", "),
      servedAt: servedAt ? shanghaiDate(servedAt) : "",
      whatHappened: c?.title ?? "",
    } as Record<string, string>,
  };
}
