// Resource route: every source as an OPML 2.0 download (the feed readers' exchange format).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { listSources, opmlFileName, sourcesToOpml } from "~/models/source.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "manage:source:any");
  const now = new Date();
  const opml = sourcesToOpml(await listSources(await getDb(), "name"), now);
  return new Response(opml, {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="${opmlFileName(now, getEnv().DEFAULT_TIME_ZONE)}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
