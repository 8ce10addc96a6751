import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { logout } from "~/models/login.server.ts";
import { getUser } from "~/utils/auth.server.ts";
import { readForm } from "~/utils/forms.server.ts";

// Logout is a POST (a GET link could be triggered by any page embedding an image).
export async function loader() {
  throw redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  await readForm(request, await getUser(request));
  const setCookie = await logout(request);
  throw redirect("/login", { headers: { "Set-Cookie": setCookie } });
}
