// Reading a multipart form (one file field and text fields) with the same origin and CSRF
// checks as readForm, bounded per file and for the whole body (a missing or lying
// Content-Length is not trusted). Used by every form that carries a file.
import type { UploadHandler } from "@remix-run/node";
import { json, MaxPartSizeExceededError, unstable_createMemoryUploadHandler, unstable_parseMultipartFormData } from "@remix-run/node";
import type { Authed } from "./auth.server.ts";
import { isSameOrigin, isValidCsrfToken } from "./csrf.server.ts";
import { CSRF_FIELD } from "./forms.server.ts";
import { formatLimit } from "./upload.server.ts";

/** Room for the text fields around the file, in bytes. */
const FORM_OVERHEAD_BYTES = 256 * 1024;

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

export type MultipartResult = { ok: true; form: FormData } | { ok: false; error: string; status: 400 | 413 };

/** Parses a multipart body after the origin check; a too-large or non-multipart body is an error result. */
export async function readMultipartForm(request: Request, authed: Authed, maxFileBytes: number): Promise<MultipartResult> {
  if (!isSameOrigin(request)) throw new Response("Cross-origin form rejected", { status: 403 });
  const tooLarge = { ok: false as const, error: `guidance.upload.tooLarge|max=${formatLimit(maxFileBytes)}`, status: 413 as const };
  const maxBody = maxFileBytes + FORM_OVERHEAD_BYTES;
  if (Number(request.headers.get("content-length") ?? 0) > maxBody) return tooLarge;
  // Anything else is unbounded (a chunked urlencoded body): forms with a file field send multipart.
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    return { ok: false, error: "guidance.upload.required", status: 400 };
  }
  let form: FormData;
  try {
    form = await unstable_parseMultipartFormData(request, boundedHandler(maxFileBytes, maxBody));
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return tooLarge;
    throw error;
  }
  if (!isValidCsrfToken(authed.sessionId, form.get(CSRF_FIELD))) {
    throw json({ formError: "form.csrf" as const, fieldErrors: {} }, { status: 403 });
  }
  return { ok: true, form };
}

/** The uploaded file of a field, or null when none was chosen (an empty file counts as none). */
export function fileOf(form: FormData, name: string): File | null {
  const file = form.get(name);
  return file instanceof File && file.size > 0 ? file : null;
}
