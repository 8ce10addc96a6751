// Owners of guidance requests in the triage queue (issue 13): a staff member takes a request
// ("认领") or hands it back; the queue filters on it ("mine", unassigned, a person).
import { z } from "zod";
import type { Prisma } from "~/generated/prisma/client.ts";
import type { Db } from "~/utils/db.server.ts";
import { recordAudit } from "./audit.server.ts";

export interface RequestOwner {
  id: string;
  name: string;
}

/** Owner of each of the given requests (absent = unassigned). */
export async function ownersOf(db: Db, requestIds: string[]): Promise<Map<string, RequestOwner>> {
  const rows = await db.guidanceRequestOwner.findMany({ where: { requestId: { in: requestIds } } });
  const users = await db.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.ownerId))] } }, select: { id: true, name: true } });
  const byId = new Map(users.map((u) => [u.id, u]));
  return new Map(rows.flatMap((r) => (byId.has(r.ownerId) ? [[r.requestId, byId.get(r.ownerId)!] as const] : [])));
}

/** Staff who can own requests, for the queue's owner filter. */
export function listPossibleOwners(db: Db) {
  return db.user.findMany({ where: { role: { in: ["staff", "admin"] }, disabled: false }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

type Tx = Prisma.TransactionClient;

/** Writes the owner row and its audit entry inside the caller's transaction. */
async function writeOwner(tx: Tx, input: { requestId: string; ownerId: string | null; actorId: string }) {
  if (input.ownerId === null) await tx.guidanceRequestOwner.deleteMany({ where: { requestId: input.requestId } });
  else
    await tx.guidanceRequestOwner.upsert({
      where: { requestId: input.requestId },
      create: { requestId: input.requestId, ownerId: input.ownerId },
      update: { ownerId: input.ownerId, assignedAt: new Date() },
    });
  await recordAudit(tx, {
    actorId: input.actorId,
    action: "guidance-request.owner",
    entity: "GuidanceRequest",
    entityId: input.requestId,
    after: { ownerId: input.ownerId },
  });
}

/** Makes `ownerId` the owner of the request (or none when null). False when the request does not exist. */
export async function setRequestOwner(db: Db, input: { requestId: string; ownerId: string | null; actorId: string }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const exists = await tx.guidanceRequest.findUnique({ where: { id: input.requestId }, select: { id: true } });
    if (!exists) return false;
    await writeOwner(tx, input);
    return true;
  });
}

/** The request page's "assign to" form: one staff member's id. */
export const AssignOwnerSchema = z.object({ ownerId: z.string().trim().min(1, "owner.err.pick").max(100, "owner.err.notStaff") });

/**
 * Assigns the request to another staff member from the request page. The new owner must be an
 * active staff member or admin (the same people `listPossibleOwners` offers); checked in the same
 * transaction as the change and its audit row.
 */
export async function assignRequestOwner(db: Db, input: { requestId: string; ownerId: string; actorId: string }): Promise<"ok" | "not-found" | "not-staff"> {
  return db.$transaction(async (tx) => {
    const exists = await tx.guidanceRequest.findUnique({ where: { id: input.requestId }, select: { id: true } });
    if (!exists) return "not-found";
    const owner = await tx.user.findFirst({ where: { id: input.ownerId, role: { in: ["staff", "admin"] }, disabled: false }, select: { id: true } });
    if (!owner) return "not-staff";
    await writeOwner(tx, input);
    return "ok";
  });
}
