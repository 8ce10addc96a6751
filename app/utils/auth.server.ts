// Authentication and the request guards every loader and action calls itself.
import { redirect } from "@remix-run/node";
import type { User } from "~/generated/prisma/client.ts";
import { recordAudit } from "~/models/audit.server.ts";
import { getDb } from "./db.server.ts";
import { getEnv } from "./env.server.ts";
import { burnPasswordCheck, verifyPassword } from "./password.server.ts";
import { type Permission, type Role, roleHasPermission } from "./permissions.server.ts";
import { clientIp, createSession, destroySession, getSessionUser } from "./session.server.ts";

export type AuthedUser = User;
export interface Authed {
  user: AuthedUser;
  sessionId: string;
}

export const LOGIN_FAILED_ACTION = "auth.login.failed";

export function normaliseEmail(email: string) {
  return email.trim().toLowerCase();
}

export type LoginResult =
  | { ok: true; user: User; setCookie: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate-limited"; retryAfterMinutes: number };

/**
 * Failed attempts are counted per email and per client address inside a sliding window,
 * from the audit log, so the limit holds across several web processes and restarts.
 * Unknown emails count too: the limiter must not reveal which accounts exist.
 */
async function isRateLimited(email: string, ip: string | null): Promise<boolean> {
  const db = await getDb();
  const env = getEnv();
  const since = new Date(Date.now() - env.LOGIN_WINDOW_MINUTES * 60_000);
  const byEmail = await db.auditEvent.count({
    where: { action: LOGIN_FAILED_ACTION, entityId: email, at: { gte: since } },
  });
  if (byEmail >= env.LOGIN_MAX_FAILURES) return true;
  if (!ip) return false;
  const byIp = await db.auditEvent.count({ where: { action: LOGIN_FAILED_ACTION, ip, at: { gte: since } } });
  return byIp >= env.LOGIN_MAX_FAILURES * 4;
}

export async function login(request: Request, emailInput: string, password: string): Promise<LoginResult> {
  const db = await getDb();
  const email = normaliseEmail(emailInput);
  const ip = clientIp(request);
  if (await isRateLimited(email, ip)) {
    return { ok: false, reason: "rate-limited", retryAfterMinutes: getEnv().LOGIN_WINDOW_MINUTES };
  }
  const user = await db.user.findUnique({ where: { email } });
  const valid = user && !user.disabled ? await verifyPassword(password, user.passwordHash) : (await burnPasswordCheck(password), false);
  if (!user || !valid) {
    await recordAudit(db, { actorId: null, action: LOGIN_FAILED_ACTION, entity: "session", entityId: email, ip });
    return { ok: false, reason: "invalid" };
  }
  const session = await createSession(user.id, request);
  await recordAudit(db, { actorId: user.id, action: "auth.login", entity: "user", entityId: user.id, ip });
  return { ok: true, user, setCookie: session.setCookie };
}

export async function logout(request: Request): Promise<string> {
  const current = await getSessionUser(request);
  const setCookie = await destroySession(request);
  if (current) {
    const db = await getDb();
    await recordAudit(db, {
      actorId: current.user.id,
      action: "auth.logout",
      entity: "user",
      entityId: current.user.id,
      ip: clientIp(request),
    });
  }
  return setCookie;
}

export async function getUser(request: Request): Promise<Authed | null> {
  return getSessionUser(request);
}

/** Signed-in user or a redirect to the login page that comes back afterwards. */
export async function requireUser(request: Request): Promise<Authed> {
  const authed = await getSessionUser(request);
  if (!authed) {
    const url = new URL(request.url);
    const back = `${url.pathname}${url.search}`;
    throw redirect(`/login?redirectTo=${encodeURIComponent(back)}`);
  }
  return authed;
}

/**
 * A signed-in user with one of the roles. Other roles get 404, not 403: a page of another
 * audience should not reveal that it exists.
 */
export async function requireUserWithRole(request: Request, roles: Role | Role[]): Promise<Authed> {
  const authed = await requireUser(request);
  const allowed = Array.isArray(roles) ? roles : [roles];
  if (!allowed.includes(authed.user.role as Role)) throw new Response("Not Found", { status: 404 });
  return authed;
}

export async function requirePermission(request: Request, permission: Permission): Promise<Authed> {
  const authed = await requireUser(request);
  if (!roleHasPermission(authed.user.role, permission)) throw new Response("Not Found", { status: 404 });
  return authed;
}

/** An exporter's company id: the scope of every exporter query. */
export async function requireExporterCompany(request: Request): Promise<Authed & { companyId: string }> {
  const authed = await requireUserWithRole(request, "exporter");
  if (!authed.user.companyId) throw new Response("Not Found", { status: 404 });
  return { ...authed, companyId: authed.user.companyId };
}

/** Only relative, same-site paths: an open redirect would turn login into a phishing aid. */
export function safeRedirectPath(to: FormDataEntryValue | string | null | undefined, fallback: string): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return to;
}
