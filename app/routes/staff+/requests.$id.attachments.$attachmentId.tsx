import type { LoaderFunctionArgs } from "@remix-run/node";
import { attachmentResponse, findAttachmentForStaff } from "~/models/guidance-attachment.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { IdParamsSchema, parseParams } from "~/utils/forms.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "read:guidance-request:any");
  const row = await findAttachmentForStaff(await getDb(), parseParams(params, IdParamsSchema).id, params.attachmentId ?? "");
  if (!row) throw new Response("Not found", { status: 404 });
  return attachmentResponse(row);
}
