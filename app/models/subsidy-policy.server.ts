// Subsidy and aid policies (维权资助 / 保费补贴 / 援助项目) as data: staff edit them, the
// eligibility rules (app/support/eligibility.ts) read them through `policyRule`.
import { z } from "zod";
import type { PolicyConditions, PolicyRule } from "~/support/eligibility.ts";
import { AMOUNT_RULES, DOCUMENT_KINDS, INSURANCE_KINDS, SUBSIDY_KINDS } from "~/support/vocabulary.ts";
import type { Db } from "~/utils/db.server.ts";
import { splitList } from "~/utils/forms.server.ts";
import { parseList } from "~/utils/json-list.ts";
import { recordAudit } from "./audit.server.ts";

type PolicyRow = NonNullable<Awaited<ReturnType<Db["subsidyPolicy"]["findUnique"]>>>;

export function policyConditions(row: Pick<PolicyRow, "conditions">): PolicyConditions {
  try {
    const c = JSON.parse(row.conditions) as PolicyConditions;
    return c && typeof c === "object" ? c : {};
  } catch {
    return {};
  }
}

export function policyRule(row: PolicyRow): PolicyRule {
  return {
    kind: row.kind as PolicyRule["kind"],
    amountRule: row.amountRule as PolicyRule["amountRule"],
    fixedAmount: row.fixedAmount,
    share: row.share,
    capPerApplication: row.capPerApplication,
    capPerYear: row.capPerYear,
    maxYears: row.maxYears,
    conditions: policyConditions(row),
  };
}

const optionalNumber = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || (Number.isFinite(Number(v)) && Number(v) >= 0), "support.err.number")
  .transform((v) => (v ? Number(v) : null));
const optionalDay = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || /^\d{4}-\d{2}-\d{2}$/.test(v), "support.err.date")
  .transform((v) => v || null);
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "true");

export const PolicyInputSchema = z
  .object({
    nameZh: z.string().trim().min(1, "form.required").max(200, "support.err.tooLong"),
    nameEn: z.string().trim().min(1, "form.required").max(200, "support.err.tooLong"),
    issuingBody: z.string().trim().min(1, "form.required").max(200, "support.err.tooLong"),
    kind: z.enum(SUBSIDY_KINDS, { message: "support.err.choice" }),
    amountRule: z.enum(AMOUNT_RULES, { message: "support.err.choice" }),
    fixedAmount: optionalNumber,
    sharePercent: optionalNumber.refine((v) => v === null || v <= 100, "support.err.percent"),
    capPerApplication: optionalNumber,
    capPerYear: optionalNumber,
    maxYears: optionalNumber.refine((v) => v === null || Number.isInteger(v), "support.err.number"),
    registeredIn: z.string().optional(),
    caseScope: z.enum(["any", "domestic", "overseas"], { message: "support.err.choice" }),
    wonRequired: checkbox,
    decidedFrom: optionalDay,
    decidedTo: optionalDay,
    insuranceKinds: z.string().optional(),
    requiredDocuments: z.string().optional(),
    active: checkbox,
  })
  .superRefine((v, ctx) => {
    if (v.amountRule === "fixed" && !v.fixedAmount) ctx.addIssue({ code: "custom", path: ["fixedAmount"], message: "support.err.fixedAmount" });
    if (v.amountRule === "share-capped" && !v.sharePercent) ctx.addIssue({ code: "custom", path: ["sharePercent"], message: "support.err.share" });
    const kinds = splitList(v.insuranceKinds);
    if (kinds.some((k) => !(INSURANCE_KINDS as readonly string[]).includes(k))) {
      ctx.addIssue({ code: "custom", path: ["insuranceKinds"], message: "support.err.choice" });
    }
    const docs = splitList(v.requiredDocuments);
    if (docs.some((k) => !(DOCUMENT_KINDS as readonly string[]).includes(k))) {
      ctx.addIssue({ code: "custom", path: ["requiredDocuments"], message: "support.err.choice" });
    }
  });
export type PolicyInput = z.infer<typeof PolicyInputSchema>;

function toData(input: PolicyInput) {
  const conditions: PolicyConditions = {
    registeredIn: splitList(input.registeredIn),
    caseScope: input.caseScope,
    wonRequired: input.wonRequired,
    decidedFrom: input.decidedFrom,
    decidedTo: input.decidedTo,
    insuranceKinds: splitList(input.insuranceKinds),
  };
  return {
    nameZh: input.nameZh,
    nameEn: input.nameEn,
    issuingBody: input.issuingBody,
    kind: input.kind,
    amountRule: input.amountRule,
    fixedAmount: input.amountRule === "fixed" ? input.fixedAmount : null,
    share: input.amountRule === "share-capped" && input.sharePercent !== null ? input.sharePercent / 100 : null,
    capPerApplication: input.capPerApplication,
    capPerYear: input.capPerYear,
    maxYears: input.maxYears,
    conditions: JSON.stringify(conditions),
    requiredDocuments: JSON.stringify(splitList(input.requiredDocuments)),
    active: input.active,
  };
}

/** The form's values for a policy (the inverse of toData). */
export function policyToValues(row: PolicyRow): Record<string, string> {
  const c = policyConditions(row);
  const n = (v: number | null) => (v === null ? "" : String(v));
  return {
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    issuingBody: row.issuingBody,
    kind: row.kind,
    amountRule: row.amountRule,
    fixedAmount: n(row.fixedAmount),
    sharePercent: row.share === null ? "" : String(Math.round(row.share * 1000) / 10),
    capPerApplication: n(row.capPerApplication),
    capPerYear: n(row.capPerYear),
    maxYears: n(row.maxYears),
    registeredIn: (c.registeredIn ?? []).join(", "),
    caseScope: c.caseScope ?? "any",
    wonRequired: c.wonRequired ? "on" : "",
    decidedFrom: c.decidedFrom ?? "",
    decidedTo: c.decidedTo ?? "",
    insuranceKinds: (c.insuranceKinds ?? []).join(", "),
    requiredDocuments: parseList(row.requiredDocuments).join(", "),
    active: row.active ? "on" : "",
  };
}

export function listPolicies(db: Db, opts: { activeOnly?: boolean } = {}) {
  return db.subsidyPolicy.findMany({ where: opts.activeOnly ? { active: true } : {}, orderBy: [{ kind: "asc" }, { createdAt: "asc" }] });
}

export function getPolicy(db: Db, id: string) {
  return db.subsidyPolicy.findUnique({ where: { id } });
}

export async function createPolicy(db: Db, input: PolicyInput, actorId: string | null, opts: { id?: string; isExample?: boolean } = {}) {
  return db.$transaction(async (tx) => {
    const row = await tx.subsidyPolicy.create({ data: { ...toData(input), ...(opts.id ? { id: opts.id } : {}), isExample: opts.isExample ?? false } });
    await recordAudit(tx, { actorId, action: "subsidy-policy.create", entity: "subsidy-policy", entityId: row.id, after: toData(input) });
    return row;
  });
}

export async function updatePolicy(db: Db, id: string, input: PolicyInput, actorId: string) {
  const before = await db.subsidyPolicy.findUnique({ where: { id } });
  if (!before) return null;
  const data = toData(input);
  return db.$transaction(async (tx) => {
    const row = await tx.subsidyPolicy.update({ where: { id }, data });
    await recordAudit(tx, { actorId, action: "subsidy-policy.update", entity: "subsidy-policy", entityId: id, before: policyToValues(before), after: data });
    return row;
  });
}
