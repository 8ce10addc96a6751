// Upload a document to one of the company's subsidy applications (POST only).
import type { ActionFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { requireOwnApplicationState } from "~/models/subsidy-application.server.ts";
import { addSupportAttachment } from "~/models/support-attachment.server.ts";
import { DOCUMENT_KINDS, type DocumentKind } from "~/support/vocabulary.ts";
import { requireExporterCompany } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";
import { fileOf, readMultipartForm } from "~/utils/multipart.server.ts";

const UPLOADABLE = ["submitted", "under-review", "needs-supplement"];

export async function loader() {
  throw new Response("Not found", { status: 404 });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const authed = await requireExporterCompany(request);
  const db = await getDb();
  const app = await requireOwnApplicationState(db, params.id ?? "", authed.companyId);
  const upload = await readMultipartForm(request, authed, getEnv().UPLOAD_MAX_FILE_BYTES);
  if (!upload.ok) return json({ ok: false as const, fieldErrors: { file: upload.error } }, { status: upload.status });
  const file = fileOf(upload.form, "file");
  if (!file || file.size === 0) return json({ ok: false as const, fieldErrors: { file: "guidance.upload.required" } }, { status: 400 });
  if (!UPLOADABLE.includes(app.state)) return json({ ok: false as const, fieldErrors: { file: "guidance.err.notEditable" } }, { status: 409 });
  const kind = String(upload.form.get("docKind") ?? "other");
  const result = await addSupportAttachment(db, {
    ownerKind: "subsidy-application",
    ownerId: app.id,
    companyId: authed.companyId,
    userId: authed.user.id,
    docKind: (DOCUMENT_KINDS as readonly string[]).includes(kind) ? (kind as DocumentKind) : "other",
    name: file.name || "file",
    bytes: new Uint8Array(await file.arrayBuffer()),
  });
  if (!result.ok) return json({ ok: false as const, fieldErrors: { file: result.error } }, { status: 400 });
  return redirect(`/exporter/subsidies/${app.id}?uploaded=1`);
}
