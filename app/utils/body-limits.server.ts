// How large a request body each route may send, decided before anything reads it (issue 19: a
// 100 MB anonymous form post was parsed and echoed whole). Forms get a few KB when anonymous and
// enough for the longest signed-in form otherwise; uploads get their own limits. The web server
// (app/cli/web-server.ts) answers 413 from the declared length, so an oversize body is never read.
import type { Env } from "./env.server.ts";

export const KIB = 1024;
export const MIB = 1024 * KIB;
/** Login, password reset, language switch, unsubscribe: a few short fields. */
export const ANONYMOUS_FORM_MAX_BYTES = 16 * KIB;
/** The longest signed-in form (advice: several 10–20k-character fields, URL-encoded CJK is 9 bytes a character). */
export const FORM_MAX_BYTES = 1 * MIB;
/** Multipart framing and the small fields sent beside a file. */
const MULTIPART_OVERHEAD_BYTES = 64 * KIB;

const ANONYMOUS = [/^\/login\/?$/, /^\/logout\/?$/, /^\/reset-password(\/|$)/, /^\/resources\/locale\/?$/, /^\/resources\/unsubscribe\//];

/** The largest body accepted for a request to `pathname` (bytes). */
export function bodyLimitFor(pathname: string, env: Pick<Env, "UPLOAD_MAX_FILE_BYTES">): number {
  // One file per upload request (the total per guidance request is checked when it is stored).
  if (/^\/exporter\/requests\/[^/]+\/attachments\/?$/.test(pathname)) return env.UPLOAD_MAX_FILE_BYTES + MULTIPART_OVERHEAD_BYTES;
  // The staff imports keep their own, smaller caps in their routes (3 MB CSV, 1 MB OPML).
  if (/^\/staff\/(companies|sources)\/import\/?$/.test(pathname)) return 3 * MIB + MULTIPART_OVERHEAD_BYTES;
  if (ANONYMOUS.some((re) => re.test(pathname))) return ANONYMOUS_FORM_MAX_BYTES;
  return FORM_MAX_BYTES;
}

/** "16 KB", "1 MB": the limit as people read it. */
export function formatBytes(bytes: number): string {
  return bytes >= MIB ? `${Math.floor(bytes / MIB)} MB` : `${Math.floor(bytes / KIB)} KB`;
}
