// Upload a document to one of the company's subsidy applications (POST only).
import type { ActionFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { requireOwnApplicationState } from "~/models/subsidy-application.server.ts";
import { addSupportAttachment } from "~/models/support-attachment.server.ts";
import { z } from "zod";
import { DOCUMENT_KINDS } from "~/support/vocabulary.ts";
import { requireExporterCompany } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";
import { parseFormWith, IdParamsSchema, parseParams } from "~/utils/forms.server.ts";
import { fileOf, readMultipartForm } from "~/utils/multipart.server.ts";

const DocKindSchema = z.object({ docKind: z.enum(DOCUMENT_KINDS, { message: "support.err.choice" }).default("other") });
const UPLOADABLE = ["submitted", "under-review", "needs-supplement"];

export async function loader() {
  throw new Response("Not found", { status: 404 });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const authed = await requireExporterCompany(request);
  const db = await getDb();
  const app = await requireOwnApplicationState(db, parseParams(params, IdParamsSchema).id, authed.companyId);
  const upload = await readMultipartForm(request, authed, getEnv().UPLOAD_MAX_FILE_BYTES);
  if (!upload.ok) return json({ ok: false as const, fieldErrors: { file: upload.error } }, { status: upload.status });
  const file = fileOf(upload.form, "file");
  if (!file || file.size === 0) return json({ ok: false as const, fieldErrors: { file: "guidance.upload.required" } }, { status: 400 });
  if (!UPLOADABLE.includes(app.state)) return json({ ok: false as const, fieldErrors: { file: "guidance.err.notEditable" } }, { status: 409 });
  // The page's select always sends one of the kinds; a form without it files the document as "other".
  const kind = parseFormWith(upload.form, DocKindSchema);
  if (!kind.ok) return json({ ok: false as const, fieldErrors: kind.fieldErrors }, { status: 400 });
  const result = await addSupportAttachment(db, {
    ownerKind: "subsidy-application",
    ownerId: app.id,
    companyId: authed.companyId,
    userId: authed.user.id,
    docKind: kind.data.docKind,
    name: file.name || "file",
    bytes: new Uint8Array(await file.arrayBuffer()),
  });
  if (!result.ok) return json({ ok: false as const, fieldErrors: { file: result.error } }, { status: 400 });
  return redirect(`/exporter/subsidies/${app.id}?uploaded=1`);
}
