// Authentication and the request guards every loader and action calls itself.
import { redirect } from "@remix-run/node";
import type { User } from "~/generated/prisma/client.ts";
import { type Permission, type Role, roleHasPermission } from "./permissions.server.ts";
import { getSessionUser } from "./session.server.ts";

// The login flow (throttle, audit) is domain logic and lives in app/models/login.server.ts;
// this module only answers "who is this request" and guards routes.

export type AuthedUser = User;
export interface Authed {
  user: AuthedUser;
  sessionId: string;
}

export async function getUser(request: Request): Promise<Authed | null> {
  return getSessionUser(request);
}

/** Signed-in user or a redirect to the login page that comes back afterwards. */
export async function requireUser(request: Request): Promise<Authed> {
  const authed = await getSessionUser(request);
  if (!authed) {
    const url = new URL(request.url);
    // A `?_data=` request (client navigation) must come back to the page, not to its JSON.
    url.searchParams.delete("_data");
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

export { safeRedirectPath } from "./safe-redirect.ts";
