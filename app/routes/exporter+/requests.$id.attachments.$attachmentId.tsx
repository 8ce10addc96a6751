import type { LoaderFunctionArgs } from "@remix-run/node";
import { attachmentResponse, findAttachmentForCompany } from "~/models/guidance-attachment.server.ts";
import { requireExporterCompany } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { IdParamsSchema, parseParams } from "~/utils/forms.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const authed = await requireExporterCompany(request);
  const row = await findAttachmentForCompany(await getDb(), parseParams(params, IdParamsSchema).id, params.attachmentId ?? "", authed.companyId);
  if (!row) throw new Response("Not found", { status: 404 });
  return attachmentResponse(row);
}
