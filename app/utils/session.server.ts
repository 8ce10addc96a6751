// Database-backed sessions: the cookie carries only a random, signed session id; the row
// holds the user and expiry, so logout and password changes can revoke sessions.
import crypto from "node:crypto";
import { createCookie } from "@remix-run/node";
import { getDb } from "./db.server.ts";
import { getEnv } from "./env.server.ts";
import { memoInRequest } from "./request-scope.server.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

function sessionCookie() {
  const env = getEnv();
  return createCookie("__radar_session", {
    httpOnly: true,
    sameSite: "lax",
    secure: env.APP_URL.startsWith("https:"),
    path: "/",
    secrets: [env.SESSION_SECRET],
    maxAge: env.SESSION_TTL_DAYS * 24 * 60 * 60,
  });
}

/**
 * Set by our own web server (app/cli/web-server.ts) from the socket address, or from the
 * proxy headers only when TRUST_PROXY says a proxy stands in front; any value a client sends
 * under this name is overwritten there. X-Forwarded-For and X-Real-IP are never read here:
 * anyone can write them.
 */
export const CLIENT_ADDRESS_HEADER = "x-radar-client-address";

/** The client's address, or null when the request did not come through our web server. */
export function clientIp(request: Request): string | null {
  return request.headers.get(CLIENT_ADDRESS_HEADER)?.slice(0, 64) || null;
}

export async function getSessionId(request: Request): Promise<string | null> {
  const value = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 0 ? value : null;
}

/** Creates a session row and returns the Set-Cookie header value. */
export async function createSession(userId: string, request: Request): Promise<{ id: string; setCookie: string }> {
  const db = await getDb();
  const env = getEnv();
  const id = crypto.randomBytes(32).toString("base64url");
  await db.session.create({
    data: {
      id,
      userId,
      expiresAt: new Date(Date.now() + env.SESSION_TTL_DAYS * DAY_MS),
      ipAddress: clientIp(request),
      userAgent: request.headers.get("user-agent")?.slice(0, 300) ?? null,
    },
  });
  return { id, setCookie: await sessionCookie().serialize(id) };
}

// Remix runs the root, layout and page loaders of one request in parallel and each checks
// the session itself; they share one lookup per request (see request-scope.server.ts: each
// loader gets its own copy of the Request, so the memo is keyed by the request scope). Only
// reads are shared: an action may create or end the session it was called with.
/** The signed-in user of a request, or null (expired and disabled sessions count as none). */
export function getSessionUser(request: Request) {
  if (request.method !== "GET" && request.method !== "HEAD") return lookupSessionUser(request);
  return memoInRequest(`session-user:${request.headers.get("Cookie") ?? ""}`, () => lookupSessionUser(request));
}

async function lookupSessionUser(request: Request) {
  const id = await getSessionId(request);
  if (!id) return null;
  const db = await getDb();
  const session = await db.session.findUnique({ where: { id }, include: { user: true } });
  if (!session || session.expiresAt.getTime() < Date.now() || session.user.disabled) return null;
  return { sessionId: session.id, user: session.user };
}

export async function destroySession(request: Request): Promise<string> {
  const id = await getSessionId(request);
  if (id) {
    const db = await getDb();
    await db.session.deleteMany({ where: { id } });
  }
  return sessionCookie().serialize("", { maxAge: 0 });
}

/** Revokes every session of a user except the given one (after a password change). */
export async function revokeOtherSessions(userId: string, keepSessionId: string | null) {
  const db = await getDb();
  await db.session.deleteMany({ where: { userId, id: keepSessionId ? { not: keepSessionId } : undefined } });
}

const localeCookie = createCookie("__radar_locale", { path: "/", sameSite: "lax", maxAge: 365 * 24 * 60 * 60 });
export { localeCookie };
