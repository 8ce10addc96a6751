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
import { getEnv } from "./env.server.ts";
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

// Reading an upload form for subsidy and observation uploads: origin and CSRF checks (readForm
// cannot bound a multipart body), the body bounded per part and in total.
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
    form = await parseMultipartFormData(request, boundedHandler(env.UPLOAD_MAX_FILE_BYTES, maxBody));
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
