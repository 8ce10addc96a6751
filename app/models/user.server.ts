// Users: creation, profile, role, disabling, passwords and one-time reset links. Every change
// is audited.
import crypto from "node:crypto";
import { z } from "zod";
import { Prisma } from "~/generated/prisma/client.ts";
import { isLocale, translator } from "~/i18n/i18n.ts";
import { containsText, type Db } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";
import { createLogger } from "~/utils/logger.server.ts";
import { sendMail } from "~/utils/mail.server.ts";
import { hashPassword, verifyPassword } from "~/utils/password.server.ts";
import { passwordProblem } from "~/utils/password-strength.server.ts";
import { ROLES, type Role } from "~/utils/permissions.server.ts";
import { changedFields, recordAudit } from "./audit.server.ts";

const log = createLogger("users");

export const PASSWORD_MIN_LENGTH = 10;
/** How long an admin's reset link works. */
export const PASSWORD_RESET_TTL_HOURS = 48;

const passwordField = z.string().min(PASSWORD_MIN_LENGTH, `form.tooShort|min=${PASSWORD_MIN_LENGTH}`).max(200, "form.tooLong|max=200");

/** Adds the strength rule (zxcvbn, and not the user's own email or name) to a schema. */
function strongPassword<T>(field: string, password: (v: T) => string, personal: (v: T) => (string | null | undefined)[]) {
  return (value: T, ctx: z.RefinementCtx) => {
    const pw = password(value);
    if (pw.length < PASSWORD_MIN_LENGTH) return; // the length message is clearer first
    const problem = passwordProblem(pw, personal(value));
    if (problem) ctx.addIssue({ code: "custom", path: [field], message: problem });
  };
}

const emailField = z.string().trim().toLowerCase().min(1, "form.required").max(254, "form.tooLong|max=254").pipe(z.email("form.invalidEmail"));
const nameField = z.string().trim().min(1, "form.required").max(100, "form.tooLong|max=100");
const localeField = z.enum(["zh", "en"], { message: "form.required" });
const companyField = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined);

export const UserCreateSchema = z
  .object({
    email: emailField,
    name: nameField,
    role: z.enum(ROLES, { message: "form.required" }),
    password: passwordField,
    companyId: companyField,
    locale: localeField.default("zh"),
  })
  .refine((u) => u.role !== "exporter" || !!u.companyId, { path: ["companyId"], message: "users.companyRequired" })
  .superRefine(
    strongPassword(
      "password",
      (u) => u.password,
      (u) => [u.email, u.name],
    ),
  );

export type UserCreateInput = z.input<typeof UserCreateSchema> & { isDemo?: boolean };

export class EmailTakenError extends Error {}
/** A company id that does not exist (a stale form, or a forged one). */
export class UnknownCompanyError extends Error {}
/** An admin may not disable or demote their own account: nobody would be left to undo it. */
export class SelfChangeError extends Error {}

function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

async function requireCompany(db: Db, companyId: string | undefined) {
  if (!companyId) return;
  if (!(await db.company.findUnique({ where: { id: companyId }, select: { id: true } }))) throw new UnknownCompanyError(companyId);
}

export async function createUser(db: Db, input: UserCreateInput, actorId: string | null) {
  const data = UserCreateSchema.parse(input);
  if (data.role === "exporter") await requireCompany(db, data.companyId);
  try {
    const passwordHash = await hashPassword(data.password);
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: data.email,
          name: data.name,
          role: data.role,
          passwordHash,
          companyId: data.role === "exporter" ? data.companyId : null,
          locale: data.locale,
          isDemo: input.isDemo ?? false,
        },
      });
      await recordAudit(tx, {
        actorId,
        action: "user.create",
        entity: "user",
        entityId: user.id,
        after: { email: user.email, role: user.role, companyId: user.companyId },
      });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new EmailTakenError(data.email);
    throw error;
  }
}

export const PasswordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, "form.required"),
    newPassword: passwordField,
    confirmPassword: z.string().min(1, "form.required"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "password.mismatch" });

/** The change form of one user: the new password must be strong and not their email or name. */
export function passwordChangeSchemaFor(user: { email: string; name: string }) {
  return PasswordChangeSchema.superRefine(
    strongPassword(
      "newPassword",
      (v) => v.newPassword,
      () => [user.email, user.name],
    ),
  );
}

/** Returns false when the current password is wrong; the caller revokes other sessions. */
export async function changePassword(db: Db, userId: string, current: string, next: string): Promise<boolean> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  if (!(await verifyPassword(current, user.passwordHash))) return false;
  const passwordHash = await hashPassword(next);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await recordAudit(tx, { actorId: userId, action: "user.password.change", entity: "user", entityId: userId });
  });
  return true;
}

export async function setUserLocale(db: Db, userId: string, locale: "zh" | "en") {
  const before = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { locale: true } });
  if (before.locale === locale) return;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { locale } });
    await recordAudit(tx, { actorId: userId, action: "user.locale.change", entity: "user", entityId: userId, before, after: { locale } });
  });
}

export const UserFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
  status: z.enum(["active", "disabled"]).optional().catch(undefined),
  companyId: z.string().trim().max(100).optional().catch(undefined),
});
export type UserFilter = z.infer<typeof UserFilterSchema>;

export const USER_LIST_LIMIT = 500;

export async function listUsers(db: Db, filter: UserFilter = {}) {
  return db.user.findMany({
    where: {
      role: filter.role,
      disabled: filter.status === undefined ? undefined : filter.status === "disabled",
      companyId: filter.companyId || undefined,
      OR: filter.q ? [{ email: { contains: filter.q.toLowerCase() } }, { name: containsText(db, filter.q) }] : undefined,
    },
    orderBy: [{ role: "asc" }, { email: "asc" }],
    take: USER_LIST_LIMIT,
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      locale: true,
      disabled: true,
      isDemo: true,
      companyId: true,
      company: { select: { nameZh: true } },
    },
  });
}

export async function getUserForAdmin(db: Db, id: string) {
  return db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, locale: true, disabled: true, isDemo: true, companyId: true, createdAt: true },
  });
}

/** Whether the demo accounts are seeded (the sign-in page then lists them). */
export async function hasDemoUsers(db: Db) {
  return (await db.user.count({ where: { isDemo: true } })) > 0;
}

export async function countUsersByRole(db: Db) {
  const rows = await db.user.groupBy({ by: ["role"], _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.role, r._count._all])) as Record<string, number>;
}

export const UserProfileSchema = z.object({ email: emailField, name: nameField, locale: localeField });

/** Name, email and language of a user, as an admin edits them. */
export async function updateUserProfile(db: Db, id: string, input: z.input<typeof UserProfileSchema>, actorId: string) {
  const data = UserProfileSchema.parse(input);
  const before = await db.user.findUniqueOrThrow({ where: { id }, select: { email: true, name: true, locale: true } });
  const diff = changedFields(before, data);
  if (!diff.changed) return;
  try {
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id }, data });
      await recordAudit(tx, { actorId, action: "user.update", entity: "user", entityId: id, before: diff.before, after: diff.after });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new EmailTakenError(data.email);
    throw error;
  }
}

export const UserRoleSchema = z
  .object({ role: z.enum(ROLES, { message: "form.required" }), companyId: companyField })
  .refine((u) => u.role !== "exporter" || !!u.companyId, { path: ["companyId"], message: "users.companyRequired" });

/**
 * Role and (for exporters) company. A change of either ends the user's sessions: what they
 * may see changed, and pages already open must not keep the old view.
 */
export async function setUserRole(db: Db, id: string, input: z.input<typeof UserRoleSchema>, actorId: string) {
  const data = UserRoleSchema.parse(input);
  const next = { role: data.role as Role, companyId: data.role === "exporter" ? (data.companyId ?? null) : null };
  if (id === actorId && next.role !== "admin") throw new SelfChangeError("demote self");
  if (next.companyId) await requireCompany(db, next.companyId);
  const before = await db.user.findUniqueOrThrow({ where: { id }, select: { role: true, companyId: true } });
  const diff = changedFields(before, next);
  if (!diff.changed) return;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id }, data: next });
    await tx.session.deleteMany({ where: { userId: id } });
    await recordAudit(tx, { actorId, action: "user.role.change", entity: "user", entityId: id, before: diff.before, after: diff.after });
  });
}

/** Disabling ends every session of the user at once (the session lookup also refuses them). */
export async function setUserDisabled(db: Db, id: string, disabled: boolean, actorId: string) {
  if (id === actorId && disabled) throw new SelfChangeError("disable self");
  const before = await db.user.findUniqueOrThrow({ where: { id }, select: { disabled: true } });
  if (before.disabled === disabled) return;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id }, data: { disabled } });
    if (disabled) await tx.session.deleteMany({ where: { userId: id } });
    await recordAudit(tx, { actorId, action: disabled ? "user.disable" : "user.enable", entity: "user", entityId: id, before, after: { disabled } });
  });
}

function hashToken(token: string) {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/**
 * A one-time reset link for a user: a random token, of which only the hash is stored, valid
 * for PASSWORD_RESET_TTL_HOURS. Issuing a new link voids the user's earlier unused ones.
 * Returns the raw token; the caller builds the URL (and mails it when mail is configured).
 */
export async function issuePasswordReset(db: Db, userId: string, actorId: string, now = new Date()) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, name: true, locale: true } });
  const token = crypto.randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + PASSWORD_RESET_TTL_HOURS * 3_600_000);
  await db.$transaction(async (tx) => {
    await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
    await tx.passwordResetToken.create({ data: { userId, tokenHash: hashToken(token), expiresAt, createdById: actorId } });
    await recordAudit(tx, { actorId, action: "user.password.reset-link", entity: "user", entityId: userId, after: { expiresAt } });
  });
  return { token, expiresAt, user };
}

/** The user a reset token belongs to, when it is unused and unexpired; else null. */
export async function findPasswordReset(db: Db, token: string, now = new Date()) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const row = await db.passwordResetToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.usedAt || row.expiresAt.getTime() <= now.getTime()) return null;
  const user = await db.user.findUnique({ where: { id: row.userId }, select: { id: true, email: true, name: true, disabled: true } });
  if (!user || user.disabled) return null;
  return { tokenId: row.id, user };
}

export const PasswordResetSchema = z
  .object({ newPassword: passwordField, confirmPassword: z.string().min(1, "form.required") })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "password.mismatch" });

export function passwordResetSchemaFor(user: { email: string; name: string }) {
  return PasswordResetSchema.superRefine(
    strongPassword(
      "newPassword",
      (v) => v.newPassword,
      () => [user.email, user.name],
    ),
  );
}

/**
 * Sets the new password through a reset link. The token is claimed with a conditional update
 * (usedAt still null), so two submissions of one link cannot both succeed. Ends all sessions.
 */
export async function completePasswordReset(db: Db, token: string, newPassword: string, ip: string | null, now = new Date()) {
  const found = await findPasswordReset(db, token, now);
  if (!found) return false;
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    const claimed = await tx.passwordResetToken.updateMany({ where: { id: found.tokenId, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) return false;
    await tx.user.update({ where: { id: found.user.id }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId: found.user.id } });
    await recordAudit(tx, { actorId: found.user.id, action: "user.password.reset", entity: "user", entityId: found.user.id, ip });
    return true;
  });
}

export type ResetMailOutcome = "sent" | "no-smtp" | "failed";

/**
 * Issues a reset link and, when SMTP_URL is set, mails it to the user in their language. The
 * admin always gets the link to hand over: mail is a convenience, not the only channel.
 */
export async function issuePasswordResetLink(db: Db, userId: string, actorId: string) {
  const { token, expiresAt, user } = await issuePasswordReset(db, userId, actorId);
  const url = `${getEnv().APP_URL.replace(/\/$/, "")}/reset-password/${token}`;
  let mail: ResetMailOutcome = "no-smtp";
  const locale = isLocale(user.locale) ? user.locale : "zh";
  const t = translator(locale);
  try {
    const result = await sendMail({
      to: user.email,
      subject: t("reset.mail.subject"),
      text: t("reset.mail.body", { name: user.name, hours: PASSWORD_RESET_TTL_HOURS, url }),
    });
    mail = result.sent ? "sent" : "no-smtp";
  } catch (error) {
    log.warn("password reset mail failed", { userId, error: String(error) });
    mail = "failed";
  }
  return { url, expiresAt, mail, email: user.email };
}
