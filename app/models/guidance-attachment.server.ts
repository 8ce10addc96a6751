// Attachments of guidance requests: checked by content, bounded per file and per request,
// stored under random names; read back only through the scoped lookups below.
import type { Db } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";
import { attachmentDisposition, cleanFileName, formatLimit, readUpload, removeUpload, sniffAllowedType, storeUpload } from "~/utils/upload.server.ts";
import { recordAudit } from "./audit.server.ts";

/** States in which the exporter may still add documents. */
const UPLOADABLE = ["draft", "submitted", "under-review", "needs-supplement"];

export type AttachmentResult = { ok: true; id: string } | { ok: false; error: string };

export async function addAttachment(
  db: Db,
  input: { requestId: string; companyId: string; userId: string; name: string; bytes: Uint8Array; shareWithExperts: boolean },
): Promise<AttachmentResult | null> {
  const request = await db.guidanceRequest.findFirst({ where: { id: input.requestId, companyId: input.companyId }, select: { id: true, state: true } });
  if (!request) return null;
  if (!UPLOADABLE.includes(request.state)) return { ok: false, error: "guidance.err.notEditable" };
  const env = getEnv();
  const mb = formatLimit;
  if (input.bytes.byteLength > env.UPLOAD_MAX_FILE_BYTES) return { ok: false, error: `guidance.upload.tooLarge|max=${mb(env.UPLOAD_MAX_FILE_BYTES)}` };
  const name = cleanFileName(input.name);
  const mimeType = await sniffAllowedType(input.bytes, name);
  if (!mimeType) return { ok: false, error: "guidance.upload.wrongType" };
  const full = { ok: false as const, error: `guidance.upload.requestFull|max=${mb(env.UPLOAD_MAX_REQUEST_BYTES)}` };
  // A cheap early answer; the check that counts is the one in the transaction below.
  if ((await usedBytes(db, request.id)) + input.bytes.byteLength > env.UPLOAD_MAX_REQUEST_BYTES) return full;
  const stored = await storeUpload(input.bytes);
  // Check the total and add the row in one transaction, so parallel uploads cannot each see
  // room for themselves (10 parallel 9.5 MB uploads once stored 95 MB against a 50 MB cap).
  const row = await db.$transaction(
    async (tx) => {
      if ((await usedBytes(tx, request.id)) + input.bytes.byteLength > env.UPLOAD_MAX_REQUEST_BYTES) return null;
      return tx.guidanceAttachment.create({
        data: {
          requestId: request.id,
          originalName: name,
          storedName: stored.storedName,
          mimeType,
          size: input.bytes.byteLength,
          sha256: stored.sha256,
          uploadedById: input.userId,
          shareWithExperts: input.shareWithExperts,
        },
      });
    },
    { maxWait: 30_000 },
  );
  if (!row) {
    await removeUpload(stored.storedName);
    return full;
  }
  await recordAudit(db, {
    actorId: input.userId,
    action: "guidance-attachment.add",
    entity: "guidance-request",
    entityId: request.id,
    before: null,
    after: { attachmentId: row.id, name, mimeType, size: row.size },
  });
  return { ok: true, id: row.id };
}

async function usedBytes(db: Pick<Db, "guidanceAttachment">, requestId: string): Promise<number> {
  const used = await db.guidanceAttachment.aggregate({ where: { requestId }, _sum: { size: true } });
  return used._sum.size ?? 0;
}

export function findAttachmentForCompany(db: Db, requestId: string, attachmentId: string, companyId: string) {
  return db.guidanceAttachment.findFirst({ where: { id: attachmentId, requestId, request: { companyId } } });
}

export function findAttachmentForStaff(db: Db, requestId: string, attachmentId: string) {
  return db.guidanceAttachment.findFirst({ where: { id: attachmentId, requestId } });
}

/** The download response: always an attachment, never sniffed or rendered inline by the browser. */
export async function attachmentResponse(row: { storedName: string; mimeType: string; originalName: string; size: number }) {
  const bytes = await readUpload(row.storedName);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": row.mimeType === "text/plain" ? "text/plain; charset=utf-8" : row.mimeType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": attachmentDisposition(row.originalName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
