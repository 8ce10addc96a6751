// Multipart form parsing with busboy, a drop-in for Remix's unstable_parseMultipartFormData.
// Remix's parser (@web3-storage/multipart-parser) splits the Content-Disposition header on every
// ";" and "=", so a file name browsers send as is — `filename="report=v2.txt"` — threw and
// answered 500 (issue 19). Busboy parses quoted parameters and UTF-8 names properly; a truncated
// or malformed body answers 400.
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { json, MaxPartSizeExceededError, unstable_createMemoryUploadHandler, type UploadHandler } from "@remix-run/node";
import Busboy from "busboy";
import type { Authed } from "./auth.server.ts";
import { isSameOrigin, isValidCsrfToken } from "./csrf.server.ts";
import { CSRF_FIELD } from "./forms.server.ts";
import { formatLimit } from "./upload.server.ts";

function malformed() {
  return json({ ok: false as const, formError: "form.malformedBody" as const, fieldErrors: {} }, { status: 400 });
}

/** The form of a multipart request; files go through `uploadHandler` (its errors are passed on). */
export function parseMultipartFormData(request: Request, uploadHandler: UploadHandler): Promise<FormData> {
  const contentType = request.headers.get("Content-Type") ?? "";
  let parser: Busboy.Busboy;
  try {
    parser = Busboy({ headers: { "content-type": contentType }, defParamCharset: "utf8" });
  } catch {
    return Promise.reject(malformed());
  }
  if (!request.body) return Promise.reject(malformed());
  const source = Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>);
  const form = new FormData();
  const files: Promise<void>[] = [];
  return new Promise<FormData>((resolve, reject) => {
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      source.destroy();
      reject(error);
    };
    parser.on("field", (name, value) => form.append(name, value));
    parser.on("file", (name, stream, info) => {
      const data = (async function* () {
        for await (const chunk of stream) yield new Uint8Array(chunk as Buffer);
      })();
      const handled = Promise.resolve(uploadHandler({ name, filename: info.filename, contentType: info.mimeType, data }))
        .then((value) => {
          if (value !== undefined && value !== null) form.append(name, value);
        })
        .catch((error: unknown) => {
          stream.resume();
          fail(error);
        });
      files.push(handled);
    });
    parser.on("error", () => fail(malformed()));
    parser.on("close", () => {
      void Promise.all(files).then(() => failed || resolve(form));
    });
    source.on("error", () => fail(malformed()));
    source.pipe(parser);
  });
}

// Reading a multipart form (one file field and text fields) with the same origin and CSRF
// checks as readForm, bounded per file and for the whole body (a missing or lying
// Content-Length is not trusted). Used by every form that carries a file.

/** Room for the text fields around the file, in bytes. */
const FORM_OVERHEAD_BYTES = 256 * 1024;

/**
 * Keeps each file part in memory up to `maxFile` bytes and the whole body up to `maxBody`
 * (a missing or lying Content-Length is not trusted); beyond either it throws
 * MaxPartSizeExceededError, which callers answer as "too large".
 */
export function boundedMemoryUploadHandler(maxFile: number, maxBody: number): UploadHandler {
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
    form = await parseMultipartFormData(request, boundedMemoryUploadHandler(maxFileBytes, maxBody));
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
