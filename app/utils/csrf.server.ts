// CSRF defence in two layers: (1) state-changing requests must come from our own origin
// (Origin, else Referer, checked against APP_URL and the allowed hosts — see hosts.server.ts), and (2) forms of signed-in
// users carry a token bound to their session (HMAC of the session id), so a leaked page
// from one session cannot be replayed against another.
import crypto from "node:crypto";
import { getEnv } from "./env.server.ts";
import { isAllowedHost, requestHost } from "./hosts.server.ts";

export function csrfTokenForSession(sessionId: string): string {
  return crypto.createHmac("sha256", getEnv().SESSION_SECRET).update(`csrf:${sessionId}`).digest("base64url");
}

export function isSameOrigin(request: Request): boolean {
  if (!isAllowedHost(requestHost(request))) return false;
  const source = request.headers.get("origin") ?? request.headers.get("referer");
  // Browsers send Origin on every cross-site POST, so a request with neither header is
  // not a cross-site browser form. An opaque origin ("null": sandboxed frames) is refused.
  if (!source) return true;
  if (source === "null") return false;
  let origin: string;
  try {
    origin = new URL(source).origin;
  } catch {
    return false;
  }
  if (origin === new URL(getEnv().APP_URL).origin) return true;
  // Otherwise the page must come from the very host the form was posted to, and that host
  // must be one we serve (a rebound attacker's name is not).
  const host = requestHost(request);
  return isAllowedHost(host) && (origin === `http://${host}` || origin === `https://${host}`);
}

export function isValidCsrfToken(sessionId: string, token: unknown): boolean {
  if (typeof token !== "string" || token.length === 0) return false;
  const expected = Buffer.from(csrfTokenForSession(sessionId));
  const given = Buffer.from(token);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}
