// The escalation dossier as a JSON download for the provincial sub-centre.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { buildDossier } from "~/models/escalation.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "update:guidance-request:any");
  const db = await getDb();
  const e = await db.escalation.findUnique({
    where: { id: params.id ?? "" },
    select: { requestId: true, id: true },
  });
  if (!e) throw new Response("Not found", { status: 404 });
  const dossier = await buildDossier(db, e.requestId);
  return new Response(JSON.stringify({ escalationId: e.id, ...dossier }, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="dossier-${e.id}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
