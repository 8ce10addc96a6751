// Upload checks for guidance attachments: the type is decided by the bytes (file-type's magic
// numbers; Office zip formats by their inner entries), never by the name or the browser's
// Content-Type; names are cleaned of path tricks; files are stored under DATA_DIR/uploads with
// random names, outside anything the web server serves.
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { fileTypeFromBuffer } from "file-type";
import iconv from "iconv-lite";
import { getEnv } from "./env.server.ts";

const ALLOWED = new Set([
  "application/pdf",
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
]);

/** Legacy Office files are OLE compound files: the container is sniffed, the name says which. */
const LEGACY_OFFICE: Record<string, string> = { ".doc": "application/msword", ".xls": "application/vnd.ms-excel" };

function looksLikeText(bytes: Uint8Array): boolean {
  // Control characters other than tab, CR, LF, FF mean binary.
  for (const b of bytes) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    // GBK: decodes without replacement characters (iconv maps invalid sequences to U+FFFD).
    return !iconv.decode(Buffer.from(bytes), "gbk").includes("\uFFFD");
  }
}

/** The sniffed MIME type of an allowed file, or null when the content is not an allowed type. */
export async function sniffAllowedType(bytes: Uint8Array, safeName: string): Promise<string | null> {
  if (bytes.byteLength === 0) return null;
  const ext = path.extname(safeName).toLowerCase();
  const found = await fileTypeFromBuffer(bytes);
  if (found) {
    // The name is what the downloader's system acts on: a PDF named invoice.js would run as a script.
    if (ext && !DOCUMENT_EXTENSIONS.has(ext)) return null;
    if (ALLOWED.has(found.mime)) return found.mime;
    if (found.ext === "cfb") return LEGACY_OFFICE[ext] ?? null;
    return null;
  }
  // Text is anything readable, scripts included (.js, .bat, .hta, .ps1): only text names pass.
  return looksLikeText(bytes) && (!ext || TEXT_EXTENSIONS.has(ext)) ? "text/plain" : null;
}

/** Names a document of an allowed type may carry (allow-list; a sniffed PNG named .pdf is fine). */
const DOCUMENT_EXTENSIONS = new Set([".pdf", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".docx", ".xlsx", ".pptx", ".doc", ".xls"]);
/** Names plain text may carry. */
const TEXT_EXTENSIONS = new Set([".txt", ".text", ".csv", ".md", ".log", ".ini", ".eml"]);
/** Bidirectional controls make "invoice\u202Efdp.js" display as "invoicesj.pdf". */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const MAX_NAME = 120;

/** A display name without directories, NUL/control characters or reserved characters; bounded length. */
export function cleanFileName(name: string): string {
  const base = name.replace(/\\/g, "/").split("/").pop() ?? "";
  // eslint-disable-next-line no-control-regex
  let clean = base
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, "")
    .replace(BIDI_CONTROLS, "")
    .replace(/^\.+/, "")
    .trim();
  if (!clean) clean = "file";
  if ([...clean].length > MAX_NAME) {
    const ext = path.extname(clean).slice(0, 10);
    clean = [...clean.slice(0, clean.length - ext.length)].slice(0, MAX_NAME - ext.length).join("") + ext;
  }
  return clean;
}

export function uploadDir(): string {
  return path.resolve(getEnv().DATA_DIR, "uploads");
}

/** Writes the bytes under a random name; returns that name and the content hash. */
export async function storeUpload(bytes: Uint8Array): Promise<{ storedName: string; sha256: string }> {
  const dir = uploadDir();
  await fs.mkdir(dir, { recursive: true });
  const storedName = crypto.randomBytes(24).toString("hex");
  await fs.writeFile(path.join(dir, storedName), bytes, { flag: "wx" });
  return { storedName, sha256: crypto.createHash("sha256").update(bytes).digest("hex") };
}

/** Deletes a stored file that was not kept (e.g. its request turned out to be full). */
export async function removeUpload(storedName: string): Promise<void> {
  if (!/^[0-9a-f]{48}$/.test(storedName)) throw new Error("invalid stored name");
  await fs.rm(path.join(uploadDir(), storedName), { force: true });
}

export async function readUpload(storedName: string): Promise<Buffer> {
  if (!/^[0-9a-f]{48}$/.test(storedName)) throw new Error("invalid stored name");
  return fs.readFile(path.join(uploadDir(), storedName));
}

/** RFC 6266/5987 Content-Disposition: ASCII fallback plus the UTF-8 name. */
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** "10 MB", or "4 KB" below a megabyte (limits shown in messages). */
export function formatLimit(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

export type CheckedUpload = { ok: true; name: string; mimeType: string; size: number; storedName: string; sha256: string } | { ok: false; error: string };

/**
 * The checks every upload passes, in order: the per-file limit, the owner's total (`usedBytes`
 * already stored), a clean name, the type by content; then the bytes are stored. Errors are
 * catalogue keys with parameters.
 */
export async function checkAndStoreUpload(input: { name: string; bytes: Uint8Array; usedBytes: number }): Promise<CheckedUpload> {
  const env = getEnv();
  if (input.bytes.byteLength > env.UPLOAD_MAX_FILE_BYTES) return { ok: false, error: `guidance.upload.tooLarge|max=${formatLimit(env.UPLOAD_MAX_FILE_BYTES)}` };
  if (input.usedBytes + input.bytes.byteLength > env.UPLOAD_MAX_REQUEST_BYTES) {
    return { ok: false, error: `guidance.upload.requestFull|max=${formatLimit(env.UPLOAD_MAX_REQUEST_BYTES)}` };
  }
  const name = cleanFileName(input.name);
  const mimeType = await sniffAllowedType(input.bytes, name);
  if (!mimeType) return { ok: false, error: "guidance.upload.wrongType" };
  const stored = await storeUpload(input.bytes);
  return { ok: true, name, mimeType, size: input.bytes.byteLength, ...stored };
}
