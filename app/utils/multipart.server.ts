// Multipart form parsing with busboy, a drop-in for Remix's unstable_parseMultipartFormData.
// Remix's parser (@web3-storage/multipart-parser) splits the Content-Disposition header on every
// ";" and "=", so a file name browsers send as is — `filename="report=v2.txt"` — threw and
// answered 500 (issue 19). Busboy parses quoted parameters and UTF-8 names properly; a truncated
// or malformed body answers 400.
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { json, type UploadHandler } from "@remix-run/node";
import Busboy from "busboy";

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
