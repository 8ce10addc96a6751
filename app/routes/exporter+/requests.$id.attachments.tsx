// Upload an attachment to one of the company's requests (POST only; the form is on the request page).
import type { ActionFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { addAttachment } from "~/models/guidance-attachment.server.ts";
import { requireOwnRequestId } from "~/models/guidance-request.server.ts";
import { requireExporterCompany } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";
import { checkboxField, formToObject, IdParamsSchema, parseParams } from "~/utils/forms.server.ts";
import { fileOf, readMultipartForm } from "~/utils/multipart.server.ts";

function fail(error: string, status = 400) {
  return json({ ok: false as const, fieldErrors: { file: error } }, { status });
}

export async function loader() {
  throw new Response("Not found", { status: 404 });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const authed = await requireExporterCompany(request);
  const db = await getDb();
  const id = await requireOwnRequestId(db, parseParams(params, IdParamsSchema).id, authed.companyId);
  const read = await readMultipartForm(request, authed, getEnv().UPLOAD_MAX_FILE_BYTES);
  if (!read.ok) return fail(read.error, read.status);
  const file = fileOf(read.form, "file");
  if (!file) return fail("guidance.upload.required");
  const result = await addAttachment(db, {
    requestId: id,
    companyId: authed.companyId,
    userId: authed.user.id,
    name: file.name || "file",
    bytes: new Uint8Array(await file.arrayBuffer()),
    shareWithExperts: checkboxField.parse(formToObject(read.form).shareWithExperts),
  });
  if (!result) throw new Response("Not found", { status: 404 });
  if (!result.ok) return fail(result.error);
  return redirect(`/exporter/requests/${id}?uploaded=1`);
}
