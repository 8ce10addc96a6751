import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { getUser } from "~/utils/auth.server.ts";
import { homePathForRole } from "~/utils/permissions.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const authed = await getUser(request);
  throw redirect(authed ? homePathForRole(authed.user.role) : "/login");
}
