import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { isLocale } from "~/i18n/i18n.ts";
import { setUserLocale } from "~/models/user.server.ts";
import { getUser, safeRedirectPath } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { readForm } from "~/utils/forms.server.ts";
import { homePathForRole } from "~/utils/permissions.server.ts";
import { localeCookie } from "~/utils/session.server.ts";

/** Switches the interface language: remembered on the user when signed in, else in a cookie. */
export async function action({ request }: ActionFunctionArgs) {
  const authed = await getUser(request);
  const form = await readForm(request, authed);
  const locale = form.get("locale");
  if (!isLocale(locale)) throw new Response("Unknown locale", { status: 400 });
  if (authed) await setUserLocale(await getDb(), authed.user.id, locale);
  // A bad redirectTo falls back to the role's home, never a 500.
  const home = authed ? homePathForRole(authed.user.role) : "/login";
  throw redirect(safeRedirectPath(form.get("redirectTo"), home), {
    headers: { "Set-Cookie": await localeCookie.serialize(locale) },
  });
}

export async function loader() {
  throw new Response("Not Found", { status: 404 });
}
