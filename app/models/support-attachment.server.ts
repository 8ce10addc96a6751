// Files of subsidy applications and observation reports: the same checks as guidance
// attachments (per-file size, type by content, cleaned names, random stored names, download
// headers), shared through app/utils/upload.server.ts and guidance-attachment's response.
import type { DocumentKind } from "~/support/vocabulary.ts";
import type { Db } from "~/utils/db.server.ts";
import { checkAndStoreUpload } from "~/utils/upload.server.ts";
import { recordAudit } from "./audit.server.ts";

export type SupportOwnerKind = "subsidy-application" | "observation";
export type SupportUploadResult = { ok: true; id: string } | { ok: false; error: string };

/** Stores one checked file for an owner the caller has already found with the company in the query. */
export async function addSupportAttachment(
  db: Db,
  input: { ownerKind: SupportOwnerKind; ownerId: string; companyId: string; userId: string; docKind: DocumentKind; name: string; bytes: Uint8Array },
): Promise<SupportUploadResult> {
  const used = await db.supportAttachment.aggregate({ where: { ownerKind: input.ownerKind, ownerId: input.ownerId }, _sum: { size: true } });
  const checked = await checkAndStoreUpload({ name: input.name, bytes: input.bytes, usedBytes: used._sum.size ?? 0 });
  if (!checked.ok) return checked;
  const { name, mimeType, ...stored } = checked;
  const row = await db.supportAttachment.create({
    data: {
      ownerKind: input.ownerKind,
      ownerId: input.ownerId,
      companyId: input.companyId,
      docKind: input.docKind,
      originalName: name,
      storedName: stored.storedName,
      mimeType,
      size: input.bytes.byteLength,
      sha256: stored.sha256,
      uploadedById: input.userId,
    },
  });
  await recordAudit(db, {
    actorId: input.userId,
    action: `${input.ownerKind}.attachment`,
    entity: input.ownerKind,
    entityId: input.ownerId,
    after: { attachmentId: row.id, name, mimeType, size: row.size, docKind: input.docKind },
  });
  return { ok: true, id: row.id };
}

export function listSupportAttachments(db: Db, ownerKind: SupportOwnerKind, ownerId: string) {
  return db.supportAttachment.findMany({
    where: { ownerKind, ownerId },
    orderBy: { createdAt: "asc" },
    select: { id: true, docKind: true, originalName: true, mimeType: true, size: true },
  });
}

/** companyId given: the owner's company only (exporters); omitted: staff. */
export function findSupportAttachment(db: Db, ownerKind: SupportOwnerKind, ownerId: string, id: string, companyId?: string) {
  return db.supportAttachment.findFirst({ where: { id, ownerKind, ownerId, ...(companyId ? { companyId } : {}) } });
}
