// The audit trail: every state change made through app/models writes one AuditEvent.
import type { Prisma } from "~/generated/prisma/client.ts";
import type { Db } from "~/utils/db.server.ts";

type Writer = Pick<Db, "auditEvent"> | Prisma.TransactionClient;

export interface AuditInput {
  actorId: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
}

/** Summaries are JSON, truncated: the log records what changed, not whole documents. */
function summarise(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = JSON.stringify(value);
  return text.length > 4000 ? `${text.slice(0, 3997)}...` : text;
}

export async function recordAudit(db: Writer, input: AuditInput) {
  await db.auditEvent.create({
    data: {
      actorId: input.actorId,
      action: input.action,
      entity: input.entity,
      entityId: input.entityId ?? null,
      before: summarise(input.before),
      after: summarise(input.after),
      ip: input.ip ?? null,
    },
  });
}

/** Only the fields that differ, for before/after summaries. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a, changed: Object.keys(a).length > 0 };
}

export const AUDIT_PAGE_SIZE = 50;

/**
 * "Actions starting with p" as a range, not LIKE: Prisma's startsWith on SQLite becomes
 * LIKE 'p%' without escaping, so a search for "user_" or "%" matched unrelated actions.
 * Every string with the prefix sorts between p and p followed by the highest code point.
 */
export function actionPrefix(prefix: string) {
  return { gte: prefix, lt: `${prefix}\u{10FFFF}` };
}

export async function listAuditEvents(
  db: Db,
  filter: { entity?: string; entityId?: string; action?: string; before?: Date },
) {
  const events = await db.auditEvent.findMany({
    where: {
      entity: filter.entity || undefined,
      entityId: filter.entityId || undefined,
      action: filter.action ? actionPrefix(filter.action) : undefined,
      at: filter.before ? { lt: filter.before } : undefined,
    },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
  });
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is string => !!id))];
  const actors = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, email: true, name: true } });
  const byId = new Map(actors.map((a) => [a.id, a]));
  return {
    events: events.slice(0, AUDIT_PAGE_SIZE).map((e) => ({ ...e, actor: e.actorId ? byId.get(e.actorId) ?? null : null })),
    hasMore: events.length > AUDIT_PAGE_SIZE,
  };
}

export async function listAuditEntities(db: Db): Promise<string[]> {
  const rows = await db.auditEvent.findMany({ distinct: ["entity"], select: { entity: true }, orderBy: { entity: "asc" } });
  return rows.map((r) => r.entity);
}
