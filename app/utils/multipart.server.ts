// Reading an upload form: origin and CSRF checks (readForm cannot bound a multipart body, so
// they are done here), the body bounded per part and in total (a missing or lying
// Content-Length is not trusted). Guidance, subsidy and observation uploads share it.
import type { UploadHandler } from "@remix-run/node";
import { json, MaxPartSizeExceededError, unstable_createMemoryUploadHandler, unstable_parseMultipartFormData } from "@remix-run/node";
import type { Authed } from "./auth.server.ts";
import { isSameOrigin, isValidCsrfToken } from "./csrf.server.ts";
import { getEnv } from "./env.server.ts";
import { CSRF_FIELD } from "./forms.server.ts";
import { formatLimit } from "./upload.server.ts";

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

export type UploadFormResult = { ok: true; form: FormData; file: { name: string; bytes: Uint8Array } } | { ok: false; error: string; status: number };

/** Throws 403 for a cross-origin post or a bad CSRF token; returns an error key for a missing or too large file. */
export async function readUploadForm(request: Request, authed: Authed): Promise<UploadFormResult> {
  if (!isSameOrigin(request)) throw new Response("Cross-origin form rejected", { status: 403 });
  const env = getEnv();
  const tooLarge = `guidance.upload.tooLarge|max=${formatLimit(env.UPLOAD_MAX_FILE_BYTES)}`;
  const maxBody = env.UPLOAD_MAX_FILE_BYTES + 64 * 1024;
  if (Number(request.headers.get("content-length") ?? 0) > maxBody) return { ok: false, error: tooLarge, status: 413 };
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) return { ok: false, error: "guidance.upload.required", status: 400 };
  let form: FormData;
  try {
    form = await unstable_parseMultipartFormData(request, boundedHandler(env.UPLOAD_MAX_FILE_BYTES, maxBody));
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return { ok: false, error: tooLarge, status: 413 };
    throw error;
  }
  if (!isValidCsrfToken(authed.sessionId, form.get(CSRF_FIELD))) {
    throw json({ formError: "form.csrf" as const, fieldErrors: {} }, { status: 403 });
  }
  const file = form.get("file");
  if (!(file instanceof Blob) || file.size === 0) return { ok: false, error: "guidance.upload.required", status: 400 };
  return { ok: true, form, file: { name: "name" in file ? String(file.name) : "file", bytes: new Uint8Array(await file.arrayBuffer()) } };
}
