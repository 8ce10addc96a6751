// Resource route: a company's private Atom feed of alerts. The token is the credential
// (feed readers cannot sign in); an unknown or revoked token answers 404.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { LOCALES } from "~/domain/locale.ts";
import { alertFeedXml } from "~/models/alert-feed.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";
import { parseSearchParams } from "~/utils/forms.server.ts";

// A feed reader may add anything to the URL: an unknown language falls back to Chinese.
const FeedQuerySchema = z.object({ lang: z.enum(LOCALES).catch("zh") });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const query = parseSearchParams(request, FeedQuerySchema);
  const locale = query.ok ? query.data.lang : "zh";
  const xml = await alertFeedXml(await getDb(), params.token ?? "", { appUrl: getEnv().APP_URL, locale });
  if (xml === null) throw new Response("Not Found", { status: 404 });
  return new Response(xml, {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}
