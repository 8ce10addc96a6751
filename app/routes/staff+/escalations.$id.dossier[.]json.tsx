// The escalation dossier as a JSON download for the provincial sub-centre.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireEscalationDossier } from "~/models/escalation.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { IdParamsSchema, parseParams } from "~/utils/forms.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "update:guidance-request:any");
  const { escalationId, dossier } = await requireEscalationDossier(await getDb(), parseParams(params, IdParamsSchema).id);
  return new Response(JSON.stringify({ escalationId, ...dossier }, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="dossier-${escalationId}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
