// Attachments of guidance requests: checked by content, bounded per file and per request,
// stored under random names; read back only through the scoped lookups below.
import type { Db } from "~/utils/db.server.ts";
import { attachmentDisposition, checkAndStoreUpload, readUpload } from "~/utils/upload.server.ts";
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
  const used = await db.guidanceAttachment.aggregate({ where: { requestId: request.id }, _sum: { size: true } });
  const checked = await checkAndStoreUpload({ name: input.name, bytes: input.bytes, usedBytes: used._sum.size ?? 0 });
  if (!checked.ok) return checked;
  const { name, mimeType, ...stored } = checked;
  const row = await db.guidanceAttachment.create({
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
