import type { ActionFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { z } from "zod";
import { LOCALES } from "~/domain/locale.ts";
import { setUserLocale } from "~/models/user.server.ts";
import { getUser, safeRedirectPath } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { parseFormWith, readForm } from "~/utils/forms.server.ts";
import { homePathForRole } from "~/utils/permissions.server.ts";
import { localeCookie } from "~/utils/session.server.ts";

const LocaleFormSchema = z.object({ locale: z.enum(LOCALES, { message: "form.required" }), redirectTo: z.string().optional() });

/** Switches the interface language: remembered on the user when signed in, else in a cookie. */
export async function action({ request }: ActionFunctionArgs) {
  const authed = await getUser(request);
  const form = await readForm(request, authed);
  const parsed = parseFormWith(form, LocaleFormSchema);
  if (!parsed.ok) throw json({ ok: false as const, fieldErrors: parsed.fieldErrors }, { status: 400 });
  const { locale, redirectTo } = parsed.data;
  if (authed) await setUserLocale(await getDb(), authed.user.id, locale);
  // A bad redirectTo falls back to the role's home, never a 500.
  const home = authed ? homePathForRole(authed.user.role) : "/login";
  throw redirect(safeRedirectPath(redirectTo ?? null, home), {
    headers: { "Set-Cookie": await localeCookie.serialize(locale) },
  });
}

export async function loader() {
  throw new Response("Not Found", { status: 404 });
}
