// Upload an attachment to one of the company's requests (POST only; the form is on the request page).
import type { ActionFunctionArgs, UploadHandler } from "@remix-run/node";
import { json, MaxPartSizeExceededError, redirect, unstable_createMemoryUploadHandler } from "@remix-run/node";
import { parseMultipartFormData } from "~/utils/multipart.server.ts";
import { addAttachment } from "~/models/guidance-attachment.server.ts";
import { requireExporterCompany } from "~/utils/auth.server.ts";
import { isSameOrigin, isValidCsrfToken } from "~/utils/csrf.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";
import { CSRF_FIELD } from "~/utils/forms.server.ts";
import { formatLimit } from "~/utils/upload.server.ts";

function fail(error: string, status = 400) {
  return json({ ok: false as const, fieldErrors: { file: error } }, { status });
}

/** Bounds each part and the whole body (a missing or lying Content-Length is not trusted). */
function boundedHandler(maxFile: number, maxBody: number): UploadHandler {
  const inner = unstable_createMemoryUploadHandler({ maxPartSize: maxFile });
  let total = 0;
  return (part) =>
    inner({
      ...part,
      data: (async function* () {
        for await (const chunk of part.data) {
          total += chunk.byteLength;
          if (total > maxBody) throw new MaxPartSizeExceededError(part.name, maxBody);
          yield chunk;
        }
      })(),
    });
}

export async function loader() {
  throw new Response("Not found", { status: 404 });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const authed = await requireExporterCompany(request);
  // readForm cannot bound a multipart body, so its origin and CSRF checks are repeated here.
  if (!isSameOrigin(request)) throw new Response("Cross-origin form rejected", { status: 403 });
  const db = await getDb();
  const id = params.id ?? "";
  if (!(await db.guidanceRequest.findFirst({ where: { id, companyId: authed.companyId }, select: { id: true } }))) {
    throw new Response("Not found", { status: 404 });
  }
  const env = getEnv();
  const tooLarge = `guidance.upload.tooLarge|max=${formatLimit(env.UPLOAD_MAX_FILE_BYTES)}`;
  const maxBody = env.UPLOAD_MAX_FILE_BYTES + 64 * 1024;
  if (Number(request.headers.get("content-length") ?? 0) > maxBody) return fail(tooLarge, 413);
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) return fail("guidance.upload.required");
  let form: FormData;
  try {
    form = await parseMultipartFormData(request, boundedHandler(env.UPLOAD_MAX_FILE_BYTES, maxBody));
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return fail(tooLarge, 413);
    throw error;
  }
  if (!isValidCsrfToken(authed.sessionId, form.get(CSRF_FIELD))) {
    throw json({ formError: "form.csrf" as const, fieldErrors: {} }, { status: 403 });
  }
  const file = form.get("file");
  if (!(file instanceof Blob) || file.size === 0) return fail("guidance.upload.required");
  const result = await addAttachment(db, {
    requestId: id,
    companyId: authed.companyId,
    userId: authed.user.id,
    name: "name" in file ? String(file.name) : "file",
    bytes: new Uint8Array(await file.arrayBuffer()),
    shareWithExperts: form.getAll("shareWithExperts").includes("true"),
  });
  if (!result) throw new Response("Not found", { status: 404 });
  if (!result.ok) return fail(result.error);
  return redirect(`/exporter/requests/${id}?uploaded=1`);
}
