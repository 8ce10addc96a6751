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

export function countAuditEvents(db: Db) {
  return db.auditEvent.count();
}

/**
 * "Actions starting with p" as a range, not LIKE: Prisma's startsWith on SQLite becomes
 * LIKE 'p%' without escaping, so a search for "user_" or "%" matched unrelated actions.
 * Every string with the prefix sorts between p and p followed by the highest code point.
 */
export function actionPrefix(prefix: string) {
  return { gte: prefix, lt: `${prefix}\u{10FFFF}` };
}

/** Entities whose contents only the roles that may read guidance requests see in the log. */
const GUIDANCE_ENTITIES = new Set(["guidance-request"]);
/** What of a guidance event everybody else sees: the transition (with actor and time). */
const TRANSITION_FIELDS = ["state"];

function transitionOnly(summary: string | null): string | null {
  const parsed = parseSummary(summary);
  if (parsed === null || parsed === "unreadable") return null;
  const kept = Object.fromEntries(Object.entries(parsed).filter(([key]) => TRANSITION_FIELDS.includes(key)));
  return Object.keys(kept).length ? JSON.stringify(kept) : null;
}

/**
 * The log, newest first. `guidanceContents: false` (admin: no access to guidance requests, ADR
 * 011) cuts guidance events to their transition — no notes, attachment names or other content.
 */
export async function listAuditEvents(
  db: Db,
  filter: { entity?: string; entityId?: string; action?: string; before?: Date },
  viewer: { guidanceContents: boolean } = { guidanceContents: true },
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
    events: events.slice(0, AUDIT_PAGE_SIZE).map(({ before, after, ...e }) => ({
      ...e,
      ...(viewer.guidanceContents || !GUIDANCE_ENTITIES.has(e.entity)
        ? describeAuditChanges(before, after)
        : describeAuditChanges(transitionOnly(before), transitionOnly(after))),
      actor: e.actorId ? (byId.get(e.actorId) ?? null) : null,
    })),
    hasMore: events.length > AUDIT_PAGE_SIZE,
  };
}

export async function listAuditEntities(db: Db): Promise<string[]> {
  const rows = await db.auditEvent.findMany({ distinct: ["entity"], select: { entity: true }, orderBy: { entity: "asc" } });
  return rows.map((r) => r.entity);
}

/** A value as the audit page shows it: text, a yes/no, or nothing. */
export type AuditValue = string | boolean | null;
export interface AuditChange {
  field: string;
  before: AuditValue;
  after: AuditValue;
}

function toAuditValue(value: unknown): AuditValue {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "boolean" || typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.length ? value.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(", ") : null;
  return JSON.stringify(value);
}

function parseSummary(text: string | null): Record<string, unknown> | null | "unreadable" {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : "unreadable";
  } catch {
    // Summaries over 4,000 characters were cut (see summarise), so they no longer parse.
    return "unreadable";
  }
}

/**
 * The before/after summaries as one line per field ("field: old → new"), for reading
 * rather than decoding JSON. A summary that cannot be read comes back as `raw`.
 */
export function describeAuditChanges(before: string | null, after: string | null): { changes: AuditChange[]; raw: string | null } {
  const b = parseSummary(before);
  const a = parseSummary(after);
  if (b === "unreadable" || a === "unreadable") return { changes: [], raw: [before, after].filter(Boolean).join(" → ") };
  const fields = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return {
    changes: fields.map((field) => ({ field, before: toAuditValue(b?.[field]), after: toAuditValue(a?.[field]) })),
    raw: null,
  };
}
