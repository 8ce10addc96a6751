// The login flow: throttle, password check, session, audit. Domain logic, so it lives here
// and not in app/utils (infrastructure never imports models).
import type { Prisma, User } from "~/generated/prisma/client.ts";
import { dbProvider, getDb } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";
import { burnPasswordCheck, verifyPassword } from "~/utils/password.server.ts";
import { clientIp, createSession, destroySession, getSessionId, getSessionUser } from "~/utils/session.server.ts";
import { recordAudit } from "./audit.server.ts";

export const LOGIN_FAILED_ACTION = "auth.login.failed";

/** First delay once the free attempts are used up; it doubles with each further failure. */
export const THROTTLE_BASE_SECONDS = 30;
/** One address may fail this many times more than one (account, address) pair, across accounts. */
export const ADDRESS_FACTOR = 4;

export function normaliseEmail(email: string) {
  return email.trim().toLowerCase();
}

export type LoginResult =
  { ok: true; user: User; setCookie: string } | { ok: false; reason: "invalid" } | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Seconds to wait after `failures` failures, the last at `lastAt`: nothing while free attempts
 * remain, then 30 s, 60 s, 120 s … capped at the window. Slowing down instead of locking out
 * means a guesser gets a handful of tries an hour, while nobody can lock an account.
 */
export function throttleDelaySeconds(failures: number, freeAttempts: number, capSeconds: number): number {
  if (failures < freeAttempts) return 0;
  return Math.min(capSeconds, THROTTLE_BASE_SECONDS * 2 ** (failures - freeAttempts));
}

async function waitSeconds(db: Prisma.TransactionClient, where: { entityId?: string; ip: string | null }, freeAttempts: number, now: number) {
  const env = getEnv();
  const windowSeconds = env.LOGIN_WINDOW_MINUTES * 60;
  const filter = { action: LOGIN_FAILED_ACTION, ...where, at: { gte: new Date(now - windowSeconds * 1000) } };
  const [failures, last] = await Promise.all([
    db.auditEvent.count({ where: filter }),
    db.auditEvent.findFirst({ where: filter, orderBy: { at: "desc" }, select: { at: true } }),
  ]);
  if (!last) return 0;
  const delay = throttleDelaySeconds(failures, freeAttempts, windowSeconds);
  return Math.max(0, Math.ceil((last.at.getTime() + delay * 1000 - now) / 1000));
}

/**
 * Failures are counted from the audit log (so the limit holds across processes and restarts)
 * per (account, address) — the real owner at another address is never slowed by an attacker —
 * and per address across all accounts, against spraying one password over many accounts.
 * Requests without a known address share one bucket, so the address limit always applies.
 * Unknown emails count like known ones: the throttle must not reveal which accounts exist.
 */
async function throttleSeconds(db: Prisma.TransactionClient, email: string, ip: string | null): Promise<number> {
  const max = getEnv().LOGIN_MAX_FAILURES;
  const now = Date.now();
  const [pair, address] = await Promise.all([waitSeconds(db, { entityId: email, ip }, max, now), waitSeconds(db, { ip }, max * ADDRESS_FACTOR, now)]);
  return Math.max(pair, address);
}

/**
 * Check and count in one step: in one transaction the throttle is read and, when it allows a
 * guess, a failure is recorded before the password is verified (the reservation). 200 guesses
 * sent at once therefore see each other's reservations, and at most the free attempts are
 * checked; a correct password removes its reservation again. (On SQLite, transactions on one
 * connection run one after another; another process's concurrent write makes SQLite refuse the
 * later commit instead of interleaving. On PostgreSQL transactions of a pool run side by side
 * under READ COMMITTED, so the reservation first takes a transaction-scoped advisory lock:
 * reservations of every process run one after another there too.)
 */
/** pg_advisory_xact_lock key of login reservations ("LOGN" in ASCII). */
const LOGIN_RESERVATION_LOCK = 0x4c4f474e;

async function reserveAttempt(email: string, ip: string | null): Promise<{ wait: number } | { reservation: string }> {
  const db = await getDb();
  return db.$transaction(
    async (tx) => {
      if (dbProvider(db) === "postgresql") await tx.$queryRawUnsafe(`SELECT pg_advisory_xact_lock(${LOGIN_RESERVATION_LOCK})::text`);
      const wait = await throttleSeconds(tx, email, ip);
      if (wait > 0) return { wait };
      const row = await tx.auditEvent.create({
        data: { actorId: null, action: LOGIN_FAILED_ACTION, entity: "session", entityId: email, ip },
        select: { id: true },
      });
      return { reservation: row.id };
    },
    // A burst of guesses queues here; each transaction is a few small queries.
    { maxWait: 30_000, timeout: 10_000 },
  );
}

export async function login(request: Request, emailInput: string, password: string): Promise<LoginResult> {
  const db = await getDb();
  const email = normaliseEmail(emailInput);
  const ip = clientIp(request);
  const attempt = await reserveAttempt(email, ip);
  // While throttled the password is not even checked, so waiting out the delay is the only
  // way to get another guess.
  if ("wait" in attempt) return { ok: false, reason: "throttled", retryAfterSeconds: attempt.wait };
  const user = await db.user.findUnique({ where: { email } });
  const valid = user && !user.disabled ? await verifyPassword(password, user.passwordHash) : (await burnPasswordCheck(password), false);
  // The reserved failure stays: it was one.
  if (!user || !valid) return { ok: false, reason: "invalid" };
  await db.auditEvent.deleteMany({ where: { id: attempt.reservation } });
  // Signing in while signed in (another tab, another account) ends the old session: a
  // shared computer must not keep the previous person's session alive behind the new one.
  const previous = await getSessionId(request);
  if (previous) await db.session.deleteMany({ where: { id: previous } });
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
