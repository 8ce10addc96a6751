// IP insurance policies (知识产权保险) a company records, expiry reminders (one per policy and
// threshold, by a unique key), and what staff see of a disputing company's cover.
import { z } from "zod";
import { Prisma } from "~/generated/prisma/client.ts";
import { shanghaiDate } from "~/guidance/working-days.ts";
import { INSURANCE_KINDS, INSURANCE_REMINDER_DAYS } from "~/support/vocabulary.ts";
import type { Db } from "~/utils/db.server.ts";
import { splitList } from "~/utils/forms.server.ts";
import { recordAudit } from "./audit.server.ts";
import { notifyUsers } from "./notification.server.ts";

const day = z
  .string()
  .trim()
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)), "support.err.date")
  .transform((v) => new Date(`${v}T00:00:00+08:00`));
const amount = z
  .string()
  .trim()
  .refine((v) => v !== "" && Number.isFinite(Number(v)) && Number(v) > 0 && Number(v) < 1e12, "support.err.number")
  .transform(Number);

export const InsuranceInputSchema = z
  .object({
    kind: z.enum(INSURANCE_KINDS, { message: "support.err.choice" }),
    insurer: z.string().trim().min(1, "form.required").max(200, "support.err.tooLong"),
    policyNumber: z
      .string()
      .trim()
      .max(100, "support.err.tooLong")
      .optional()
      .transform((v) => v || null),
    cover: amount,
    premium: amount,
    startsOn: day,
    endsOn: day,
    territories: z
      .string()
      .optional()
      .transform((v) => splitList(v)),
  })
  .refine((v) => v.endsOn > v.startsOn, { path: ["endsOn"], message: "support.err.endBeforeStart" });
export type InsuranceInput = z.infer<typeof InsuranceInputSchema>;

export async function createInsurancePolicy(db: Db, companyId: string, userId: string, input: InsuranceInput) {
  return db.$transaction(async (tx) => {
    const row = await tx.insurancePolicy.create({
      data: { ...input, territories: JSON.stringify(input.territories), companyId, createdById: userId },
    });
    await recordAudit(tx, {
      actorId: userId,
      action: "insurance-policy.create",
      entity: "insurance-policy",
      entityId: row.id,
      after: { kind: row.kind, insurer: row.insurer, cover: row.cover, premium: row.premium, endsOn: shanghaiDate(row.endsOn) },
    });
    return row;
  });
}

export function listOwnInsurance(db: Db, companyId: string) {
  return db.insurancePolicy.findMany({ where: { companyId }, orderBy: { endsOn: "desc" } });
}

export async function deleteOwnInsurance(db: Db, companyId: string, id: string, userId: string) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.insurancePolicy.deleteMany({ where: { id, companyId } });
    if (count === 1) await recordAudit(tx, { actorId: userId, action: "insurance-policy.delete", entity: "insurance-policy", entityId: id });
    return count === 1;
  });
}

/** Policies in force on `at` (for the staff view of a dispute). */
export function activeInsuranceFor(db: Db, companyId: string, at = new Date()) {
  return db.insurancePolicy.findMany({ where: { companyId, startsOn: { lte: at }, endsOn: { gte: at } }, orderBy: { endsOn: "asc" } });
}

/**
 * Reminds the company's exporters of each policy that expires within a threshold (30 and 7
 * days): the reminder row is written first under its unique key, so a re-run or a second
 * process never reminds twice; only the smallest threshold reached is sent.
 */
export async function remindExpiringPolicies(db: Db, now: Date) {
  const horizon = new Date(now.getTime() + Math.max(...INSURANCE_REMINDER_DAYS) * 86_400_000);
  const policies = await db.insurancePolicy.findMany({ where: { endsOn: { gte: now, lte: horizon } }, include: { reminders: true } });
  let sent = 0;
  for (const p of policies) {
    const daysLeft = Math.ceil((p.endsOn.getTime() - now.getTime()) / 86_400_000);
    const reached = [...INSURANCE_REMINDER_DAYS].filter((d) => daysLeft <= d).sort((a, b) => a - b);
    const threshold = reached[0];
    if (threshold === undefined || p.reminders.some((r) => r.daysBefore <= threshold)) continue;
    try {
      await db.insuranceReminder.create({ data: { policyId: p.id, daysBefore: threshold } });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") continue;
      throw error;
    }
    const users = await db.user.findMany({ where: { companyId: p.companyId, role: "exporter" }, select: { id: true } });
    await notifyUsers(
      db,
      users.map((u) => u.id),
      {
        kind: "insurance-expiry",
        messageKey: "support.notify.insuranceExpiry",
        params: { insurer: p.insurer, kind: `@support.insurance.kind.${p.kind}`, date: shanghaiDate(p.endsOn), days: String(daysLeft) },
        link: "/exporter/insurance",
      },
    );
    sent += 1;
  }
  return { checked: policies.length, sent };
}

/** Premiums and cover per kind for policies starting in [from, to) (for the statistics). */
export async function insuranceTotals(db: Db, period: { from: Date; to: Date }) {
  const rows = await db.insurancePolicy.groupBy({
    by: ["kind"],
    where: { startsOn: { gte: period.from, lt: period.to } },
    _count: { _all: true },
    _sum: { premium: true, cover: true },
  });
  return rows.map((r) => ({ kind: r.kind, count: r._count._all, premium: r._sum.premium ?? 0, cover: r._sum.cover ?? 0 }));
}
