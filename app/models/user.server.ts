// Users: creation, password and locale changes. Every change is audited.
import { z } from "zod";
import { Prisma } from "~/generated/prisma/client.ts";
import type { Db } from "~/utils/db.server.ts";
import { hashPassword, verifyPassword } from "~/utils/password.server.ts";
import { ROLES } from "~/utils/permissions.server.ts";
import { recordAudit } from "./audit.server.ts";

export const PASSWORD_MIN_LENGTH = 10;

export const UserCreateSchema = z
  .object({
    email: z.string().trim().toLowerCase().min(1, "form.required").pipe(z.email("form.invalidEmail")),
    name: z.string().trim().min(1, "form.required").max(100, "form.tooLong|max=100"),
    role: z.enum(ROLES, { message: "form.required" }),
    password: z.string().min(PASSWORD_MIN_LENGTH, `form.tooShort|min=${PASSWORD_MIN_LENGTH}`).max(200, "form.tooLong|max=200"),
    companyId: z.string().trim().optional().transform((v) => v || undefined),
    locale: z.enum(["zh", "en"]).default("zh"),
  })
  .refine((u) => u.role !== "exporter" || !!u.companyId, { path: ["companyId"], message: "users.companyRequired" });

export type UserCreateInput = z.input<typeof UserCreateSchema> & { isDemo?: boolean };

export class EmailTakenError extends Error {}

export async function createUser(db: Db, input: UserCreateInput, actorId: string | null) {
  const data = UserCreateSchema.parse(input);
  try {
    const user = await db.user.create({
      data: {
        email: data.email,
        name: data.name,
        role: data.role,
        passwordHash: await hashPassword(data.password),
        companyId: data.role === "exporter" ? data.companyId : null,
        locale: data.locale,
        isDemo: input.isDemo ?? false,
      },
    });
    await recordAudit(db, {
      actorId,
      action: "user.create",
      entity: "user",
      entityId: user.id,
      after: { email: user.email, role: user.role, companyId: user.companyId },
    });
    return user;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new EmailTakenError(data.email);
    throw error;
  }
}

export const PasswordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, "form.required"),
    newPassword: z.string().min(PASSWORD_MIN_LENGTH, `form.tooShort|min=${PASSWORD_MIN_LENGTH}`).max(200, "form.tooLong|max=200"),
    confirmPassword: z.string().min(1, "form.required"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "password.mismatch" });

/** Returns false when the current password is wrong; the caller revokes other sessions. */
export async function changePassword(db: Db, userId: string, current: string, next: string): Promise<boolean> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  if (!(await verifyPassword(current, user.passwordHash))) return false;
  await db.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(next) } });
  await recordAudit(db, { actorId: userId, action: "user.password.change", entity: "user", entityId: userId });
  return true;
}

export async function setUserLocale(db: Db, userId: string, locale: "zh" | "en") {
  const before = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { locale: true } });
  if (before.locale === locale) return;
  await db.user.update({ where: { id: userId }, data: { locale } });
  await recordAudit(db, {
    actorId: userId,
    action: "user.locale.change",
    entity: "user",
    entityId: userId,
    before,
    after: { locale },
  });
}

export async function listUsers(db: Db) {
  return db.user.findMany({
    orderBy: [{ role: "asc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, disabled: true, isDemo: true, company: { select: { nameZh: true } } },
  });
}

export async function countUsersByRole(db: Db) {
  const rows = await db.user.groupBy({ by: ["role"], _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.role, r._count._all])) as Record<string, number>;
}
