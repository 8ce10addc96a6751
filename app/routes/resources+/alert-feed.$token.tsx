// Resource route: a company's private Atom feed of alerts. The token is the credential
// (feed readers cannot sign in); an unknown or revoked token answers 404.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { isLocale } from "~/i18n/i18n.ts";
import { alertFeedXml } from "~/models/alert-feed.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = new URL(request.url).searchParams.get("lang");
  const xml = await alertFeedXml(await getDb(), params.token ?? "", { appUrl: getEnv().APP_URL, locale: isLocale(lang) ? lang : "zh" });
  if (xml === null) throw new Response("Not Found", { status: 404 });
  return new Response(xml, {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}
