// Upload an attachment to one of the company's requests (POST only; the form is on the request page).
import type { ActionFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { addAttachment } from "~/models/guidance-attachment.server.ts";
import { requireExporterCompany } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { readUploadForm } from "~/utils/multipart.server.ts";

function fail(error: string, status = 400) {
  return json({ ok: false as const, fieldErrors: { file: error } }, { status });
}

export async function loader() {
  throw new Response("Not found", { status: 404 });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const authed = await requireExporterCompany(request);
  const db = await getDb();
  const id = params.id ?? "";
  if (!(await db.guidanceRequest.findFirst({ where: { id, companyId: authed.companyId }, select: { id: true } }))) {
    throw new Response("Not found", { status: 404 });
  }
  const upload = await readUploadForm(request, authed);
  if (!upload.ok) return fail(upload.error, upload.status);
  const result = await addAttachment(db, {
    requestId: id,
    companyId: authed.companyId,
    userId: authed.user.id,
    name: upload.file.name,
    bytes: upload.file.bytes,
    shareWithExperts: upload.form.getAll("shareWithExperts").includes("true"),
  });
  if (!result) throw new Response("Not found", { status: 404 });
  if (!result.ok) return fail(result.error);
  return redirect(`/exporter/requests/${id}?uploaded=1`);
}
