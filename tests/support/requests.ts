// Builds real Requests for calling loaders and actions directly, as a browser would send them.
import { csrfTokenForSession } from "~/utils/csrf.server.ts";
import { createSession } from "~/utils/session.server.ts";

export const BASE = "http://localhost:3000";

export async function sessionFor(userId: string) {
  const { id, setCookie } = await createSession(userId, new Request(BASE));
  return { sessionId: id, cookie: setCookie.split(";")[0], csrf: csrfTokenForSession(id) };
}

export function getRequest(pathname: string, cookie?: string) {
  return new Request(`${BASE}${pathname}`, { headers: cookie ? { Cookie: cookie } : {} });
}

export function postForm(pathname: string, fields: Record<string, string>, opts: { cookie?: string; origin?: string | null } = {}) {
  const headers: Record<string, string> = { "Content-Type": "application/x-www-form-urlencoded" };
  if (opts.cookie) headers.Cookie = opts.cookie;
  if (opts.origin !== null) headers.Origin = opts.origin ?? BASE;
  return new Request(`${BASE}${pathname}`, { method: "POST", headers, body: new URLSearchParams(fields).toString() });
}

/** Runs a loader/action and returns the Response whether it was returned or thrown. */
export async function settle(fn: () => Promise<unknown>): Promise<Response> {
  try {
    const result = await fn();
    if (result instanceof Response) return result;
    return new Response(JSON.stringify(result), { status: 200 });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}
