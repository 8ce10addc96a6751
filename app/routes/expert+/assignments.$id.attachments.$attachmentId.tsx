import type { LoaderFunctionArgs } from "@remix-run/node";
import { findAttachmentForExpert } from "~/models/advice.server.ts";
import { attachmentResponse } from "~/models/guidance-attachment.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { IdParamsSchema, parseParams } from "~/utils/forms.server.ts";

// The expert's own check, not the layout's: an accepted assignment and the exporter's consent.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requirePermission(request, "read:guidance-request:assigned");
  const row = await findAttachmentForExpert(await getDb(), parseParams(params, IdParamsSchema).id, params.attachmentId ?? "", user.id);
  if (!row) throw new Response("Not found", { status: 404 });
  return attachmentResponse(row);
}
