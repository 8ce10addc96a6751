// Feed sources (信息源): registry, health, run log, OPML import/export. Every change is audited.
import { Prisma } from "~/generated/prisma/client.ts";
import { z } from "zod";
import { readOpml } from "~/ingest/opml.server.ts";
import { DEFAULT_SOURCE_SCHEDULE } from "~/ingest/source-defaults.ts";
import { SOURCE_KINDS } from "~/domain/taxonomy.ts";
import type { Db } from "~/utils/db.server.ts";
import { cronProblemMessage } from "~/utils/cron.server.ts";
import { changedFields, recordAudit } from "./audit.server.ts";
import { RISK_ITEMS_INDEX } from "./risk-item.server.ts";

export { DEFAULT_SOURCE_SCHEDULE };

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `form.tooLong|max=${max}`)
    .optional()
    .transform((v) => v || undefined);

const flag = z
  .union([z.boolean(), z.string()])
  .optional()
  .transform((v) => v === undefined || v === true || v === "on" || v === "true");

/** Form and CLI input; checkbox fields arrive as "on"/"true"/"false" or are absent. */
export const SourceInputSchema = z.object({
  name: z.string().trim().min(1, "form.required").max(200, "form.tooLong|max=200"),
  url: z
    .string()
    .trim()
    .min(1, "form.required")
    .max(2000, "form.tooLong|max=2000")
    .superRefine((v, ctx) => {
      const u = URL.canParse(v) ? new URL(v) : null;
      if (!u || (u.protocol !== "http:" && u.protocol !== "https:")) ctx.addIssue({ code: "custom", message: "sources.invalidUrl" });
      // A password in a feed URL would be stored, logged and shown on staff pages.
      else if (u.username || u.password) ctx.addIssue({ code: "custom", message: "sources.urlHasCredentials" });
    }),
  kind: z.enum(SOURCE_KINDS, { message: "sources.invalidKind" }),
  jurisdiction: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2,8}$/, "sources.invalidJurisdiction"),
  language: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/, "sources.invalidLanguage")
    .default("en"),
  schedule: z
    .string()
    .trim()
    .default(DEFAULT_SOURCE_SCHEDULE)
    .transform((v) => v || DEFAULT_SOURCE_SCHEDULE)
    .superRefine((v, ctx) => {
      const problem = cronProblemMessage(v);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  // Absent means true (CLI, OPML, code); HTML forms send "false" for an unticked box.
  enabled: flag,
  alertable: flag,
  fallbackSourceId: optionalText(100),
});

/** The URL as it may be shown: user name and password removed. */
function withoutCredentials(url: string): string {
  if (!URL.canParse(url)) return url;
  const u = new URL(url);
  if (!u.username && !u.password) return url;
  u.username = "";
  u.password = "";
  return u.href;
}

export type SourceInput = z.input<typeof SourceInputSchema>;
export type SourceData = z.output<typeof SourceInputSchema>;

export class SourceUrlTakenError extends Error {}

/** The fallback named is the source itself or does not exist (field: fallbackSourceId). */
export class SourceFallbackError extends Error {}

async function assertFallback(db: Db, selfId: string | null, fallbackId: string | undefined) {
  if (!fallbackId) return;
  if (fallbackId === selfId) throw new SourceFallbackError("a source cannot be its own fallback");
  const exists = await db.source.findUnique({ where: { id: fallbackId }, select: { id: true } });
  if (!exists) throw new SourceFallbackError(`fallback source ${fallbackId} does not exist`);
}

/** The field error a route shows for a model error of createSource/updateSource, or null. */
export function sourceFieldError(error: unknown): { url: "sources.urlTaken" } | { fallbackSourceId: "sources.invalidFallback" } | null {
  if (error instanceof SourceUrlTakenError) return { url: "sources.urlTaken" };
  if (error instanceof SourceFallbackError) return { fallbackSourceId: "sources.invalidFallback" };
  return null;
}

export async function createSource(db: Db, input: SourceInput, actorId: string | null, opts: { isSeed?: boolean; visibleToExporters?: boolean } = {}) {
  const data = SourceInputSchema.parse(input);
  if (await db.source.findUnique({ where: { url: data.url }, select: { id: true } })) throw new SourceUrlTakenError(data.url);
  await assertFallback(db, null, data.fallbackSourceId);
  let source;
  try {
    source = await db.$transaction(async (tx) => {
      const row = await tx.source.create({
        data: { ...data, fallbackSourceId: data.fallbackSourceId ?? null, isSeed: opts.isSeed ?? false, visibleToExporters: opts.visibleToExporters ?? false },
      });
      await recordAudit(tx, { actorId, action: "source.create", entity: "source", entityId: row.id, after: data });
      return row;
    });
  } catch (error) {
    // Two creates of one URL at the same moment: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new SourceUrlTakenError(data.url);
    throw error;
  }
  return source;
}

export async function updateSource(db: Db, id: string, input: SourceInput, actorId: string | null) {
  const current = await db.source.findUnique({ where: { id } });
  if (!current) return null;
  const data = SourceInputSchema.parse(input);
  if (data.url !== current.url && (await db.source.findUnique({ where: { url: data.url }, select: { id: true } }))) {
    throw new SourceUrlTakenError(data.url);
  }
  await assertFallback(db, id, data.fallbackSourceId);
  const next = { ...data, fallbackSourceId: data.fallbackSourceId ?? null };
  const diff = changedFields(current as unknown as Record<string, unknown>, next);
  if (!diff.changed) return current;
  // A new URL is a new stream: forget the old cache validators.
  const reset = data.url !== current.url ? { etag: null, lastModified: null } : {};
  return db.$transaction(async (tx) => {
    const updated = await tx.source.update({ where: { id }, data: { ...next, ...reset } });
    await recordAudit(tx, { actorId, action: "source.update", entity: "source", entityId: id, before: diff.before, after: diff.after });
    return updated;
  });
}

export async function setSourceEnabled(db: Db, id: string, enabled: boolean, actorId: string | null) {
  const current = await db.source.findUnique({ where: { id } });
  if (!current) return null;
  if (current.enabled === enabled) return current;
  return db.$transaction(async (tx) => {
    const updated = await tx.source.update({
      where: { id },
      // Re-enabling clears the back-off: the operator is asking for a fresh attempt.
      data: enabled ? { enabled, nextAttemptAt: null, consecutiveFailures: 0 } : { enabled },
    });
    await recordAudit(tx, {
      actorId,
      action: enabled ? "source.enable" : "source.disable",
      entity: "source",
      entityId: id,
      before: { enabled: current.enabled },
      after: { enabled },
    });
    return updated;
  });
}

export type SourceSort = "failures" | "name" | "lastSuccess" | "items";

export async function listSources(db: Db, sort: SourceSort = "failures") {
  const orderBy =
    sort === "name"
      ? [{ name: "asc" as const }]
      : sort === "lastSuccess"
        ? [{ lastSuccessAt: "desc" as const }, { name: "asc" as const }]
        : sort === "items"
          ? [{ itemsTotal: "desc" as const }, { name: "asc" as const }]
          : [{ consecutiveFailures: "desc" as const }, { name: "asc" as const }];
  return db.source.findMany({ orderBy });
}

export async function getSource(db: Db, id: string) {
  return db.source.findUnique({ where: { id }, include: { fallbackSource: { select: { id: true, name: true } } } });
}

export async function findSourceByIdOrUrl(db: Db, idOrUrl: string) {
  return db.source.findFirst({ where: { OR: [{ id: idOrUrl }, { url: idOrUrl }] } });
}

export async function listSourceRuns(db: Db, sourceId: string, take = 50) {
  const runs = await db.sourceRun.findMany({ where: { sourceId }, orderBy: { startedAt: "desc" }, take });
  return runs.map((r) => ({ ...r, skippedReasons: JSON.parse(r.skippedReasons) as { reason: string; count: number }[] }));
}

/** Health at a glance: ok, failing (with failures), never run, disabled. */
export function sourceHealth(s: { enabled: boolean; consecutiveFailures: number; lastSuccessAt: Date | null; lastAttemptAt: Date | null }) {
  if (!s.enabled) return "disabled" as const;
  if (s.consecutiveFailures > 0) return "failing" as const;
  if (!s.lastAttemptAt) return "never" as const;
  return "ok" as const;
}

// ---- OPML (the feed readers' exchange format) -------------------------------------------

function escapeXml(value: string) {
  return value.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/** The export's file name, dated in the operator's time zone: before 08:00 in Beijing the UTC date is still yesterday. */
export function opmlFileName(now: Date, timeZone: string) {
  // en-CA formats a date as YYYY-MM-DD.
  const day = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return `radar-sources-${day}.opml`;
}

/** OPML 2.0 with our fields as extra outline attributes (readers ignore them). */
export function sourcesToOpml(
  sources: { name: string; url: string; kind: string; jurisdiction: string; language: string; schedule: string; enabled: boolean; alertable: boolean }[],
  now = new Date(),
) {
  const outlines = sources
    .map(
      (s) =>
        `    <outline type="rss" text="${escapeXml(s.name)}" title="${escapeXml(s.name)}" xmlUrl="${escapeXml(s.url)}" category="${escapeXml(s.kind)}" radarKind="${escapeXml(s.kind)}" radarJurisdiction="${escapeXml(s.jurisdiction)}" language="${escapeXml(s.language)}" radarSchedule="${escapeXml(s.schedule)}" radarEnabled="${s.enabled}" radarAlertable="${s.alertable}"/>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head>
    <title>Overseas IP Radar sources</title>
    <dateCreated>${now.toUTCString()}</dateCreated>
  </head>
  <body>
${outlines}
  </body>
</opml>
`;
}

export interface OpmlImportResult {
  created: { id: string; name: string; url: string }[];
  skipped: { url: string; reason: string }[];
}

/** The import form's defaults for outlines that do not carry our own attributes. */
export const OpmlImportSchema = z.object({
  kind: SourceInputSchema.shape.kind,
  jurisdiction: SourceInputSchema.shape.jurisdiction,
  enabled: z
    .string()
    .optional()
    .transform((v) => v !== "false"),
});

/**
 * Imports every outline with an xmlUrl (at most MAX_OPML_FEEDS; more is an OpmlError, and so
 * is a file that is not OPML). Missing radar fields fall back to the defaults given (kind,
 * jurisdiction); an existing URL or an invalid entry is skipped with a reason. Everything is
 * validated first and written in one transaction, so a large file is one short write rather
 * than thousands of separate ones, and a failure leaves nothing half imported.
 */
export async function importOpml(db: Db, xml: string, defaults: z.output<typeof OpmlImportSchema>, actorId: string | null): Promise<OpmlImportResult> {
  const entries = readOpml(xml);
  const result: OpmlImportResult = { created: [], skipped: [] };
  const valid: SourceData[] = [];
  for (const { attrs } of entries) {
    const url = attrs.xmlUrl!;
    const kind = (SOURCE_KINDS as readonly string[]).includes(attrs.radarKind ?? attrs.category ?? "") ? (attrs.radarKind ?? attrs.category) : defaults.kind;
    const parsed = SourceInputSchema.safeParse({
      name: attrs.title || attrs.text || url,
      url,
      kind,
      jurisdiction: attrs.radarJurisdiction || defaults.jurisdiction,
      language: attrs.language || "en",
      schedule: attrs.radarSchedule || DEFAULT_SOURCE_SCHEDULE,
      enabled: attrs.radarEnabled ? attrs.radarEnabled === "true" : defaults.enabled,
      alertable: attrs.radarAlertable ? attrs.radarAlertable === "true" : true,
    });
    if (!parsed.success) {
      result.skipped.push({ url: withoutCredentials(url), reason: parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join("; ") });
      continue;
    }
    valid.push(parsed.data);
  }
  const taken = new Set((await db.source.findMany({ where: { url: { in: valid.map((v) => v.url) } }, select: { url: true } })).map((s) => s.url));
  const fresh: SourceData[] = [];
  for (const data of valid) {
    if (taken.has(data.url)) {
      result.skipped.push({ url: data.url, reason: "already registered" });
      continue;
    }
    taken.add(data.url);
    fresh.push(data);
  }
  await db.$transaction(
    async (tx) => {
      for (const data of fresh) {
        const source = await tx.source.create({ data: { ...data, fallbackSourceId: null } });
        await recordAudit(tx, { actorId, action: "source.create", entity: "source", entityId: source.id, after: data });
        result.created.push({ id: source.id, name: source.name, url: source.url });
      }
    },
    // A thousand small inserts take well under a second on SQLite; the default 5 s is tight
    // on a loaded machine.
    { timeout: 60_000 },
  );
  return result;
}

// ---- Real sources for a production start (they need internet access) --------------------

export const REAL_SOURCES: SourceInput[] = (
  [
    {
      name: "Federal Register — US International Trade Commission, Section 337 notices",
      url: "https://www.federalregister.gov/api/v1/documents.rss?conditions%5Bagencies%5D%5B%5D=international-trade-commission&conditions%5Bterm%5D=%22section+337%22",
      kind: "case",
      jurisdiction: "US",
      language: "en",
      schedule: "7,37 * * * *",
    },
    {
      name: "WIPO — press releases",
      url: "https://www.wipo.int/pressroom/en/rss.xml",
      kind: "news",
      jurisdiction: "WIPO",
      language: "en",
      schedule: "15 */2 * * *",
    },
    {
      name: 'CourtListener — "Schedule A" trademark cases (Atom search feed)',
      url: "https://www.courtlistener.com/feed/search/?q=%22Schedule+A%22+trademark&type=r&order_by=dateFiled+desc",
      kind: "case",
      jurisdiction: "US",
      language: "en",
      schedule: "23 * * * *",
    },
    {
      name: "USPTO — news releases",
      url: "https://www.uspto.gov/rss/news.xml",
      kind: "law",
      jurisdiction: "US",
      language: "en",
      schedule: "45 */3 * * *",
    },
    {
      name: "EUIPO — news",
      url: "https://www.euipo.europa.eu/en/rss/news",
      kind: "law",
      jurisdiction: "EU",
      language: "en",
      schedule: "50 */3 * * *",
    },
  ] as const
).map((s) => ({ ...s, enabled: true, alertable: true }));

/** Registers the real sources once (skipping URLs already present). */
export async function seedRealSources(db: Db) {
  let created = 0;
  for (const input of REAL_SOURCES) {
    try {
      // Staff chose these feeds deliberately, so they start published (new sources do not).
      await createSource(db, input, null, { isSeed: true, visibleToExporters: true });
      created++;
    } catch (error) {
      if (!(error instanceof SourceUrlTakenError)) throw error;
    }
  }
  return created;
}

/** The watch at a glance, for the staff dashboard. */
export async function watchOverview(db: Db, now = new Date()) {
  const since = new Date(now.getTime() - 24 * 3600_000);
  const [enabled, failing, itemsToday, itemsTotal, pendingIndex, worst] = await Promise.all([
    db.source.count({ where: { enabled: true } }),
    db.source.count({ where: { enabled: true, consecutiveFailures: { gt: 0 } } }),
    db.riskItem.count({ where: { createdAt: { gte: since } } }),
    db.riskItem.count(),
    db.searchOutbox.count(),
    db.source.findMany({
      where: { enabled: true, consecutiveFailures: { gt: 0 } },
      orderBy: { consecutiveFailures: "desc" },
      take: 5,
      select: { id: true, name: true, consecutiveFailures: true, lastError: true },
    }),
  ]);
  return { enabled, failing, itemsToday, itemsTotal, pendingIndex, failingSources: worst };
}

/** A source with its health, as the sources page and `sources list --json` show it. */
export function presentSourceSummary(s: Awaited<ReturnType<typeof listSources>>[number]) {
  return {
    id: s.id,
    name: s.name,
    url: s.url,
    health: sourceHealth(s),
    format: s.format,
    kind: s.kind,
    jurisdiction: s.jurisdiction,
    schedule: s.schedule,
    enabled: s.enabled,
    alertable: s.alertable,
    lastAttemptAt: s.lastAttemptAt?.toISOString() ?? null,
    lastSuccessAt: s.lastSuccessAt?.toISOString() ?? null,
    lastHttpStatus: s.lastHttpStatus,
    consecutiveFailures: s.consecutiveFailures,
    lastError: s.lastError,
    itemsTotal: s.itemsTotal,
    itemsLastRun: s.itemsLastRun,
  };
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

/**
 * A source for its page: settings, health, and the form's values. A back-off that has
 * already passed is not shown (the next scheduled tick will try the source).
 */
export function presentSourceDetail(source: NonNullable<Awaited<ReturnType<typeof getSource>>>, now = new Date()) {
  return {
    id: source.id,
    name: source.name,
    url: source.url,
    kind: source.kind,
    jurisdiction: source.jurisdiction,
    language: source.language,
    schedule: source.schedule,
    enabled: source.enabled,
    visibleToExporters: source.visibleToExporters,
    alertable: source.alertable,
    fallbackSourceId: source.fallbackSourceId,
    updatedAt: source.updatedAt.toISOString(),
    health: sourceHealth(source),
    format: source.format,
    lastAttemptAt: iso(source.lastAttemptAt),
    lastSuccessAt: iso(source.lastSuccessAt),
    lastHttpStatus: source.lastHttpStatus,
    lastError: source.lastError,
    consecutiveFailures: source.consecutiveFailures,
    nextAttemptAt: source.nextAttemptAt && source.nextAttemptAt > now ? source.nextAttemptAt.toISOString() : null,
    itemsTotal: source.itemsTotal,
    itemsLastRun: source.itemsLastRun,
    backfilledAt: iso(source.backfilledAt),
    /** The edit form's fields as the form sends them. */
    formValues: {
      name: source.name,
      url: source.url,
      kind: source.kind,
      jurisdiction: source.jurisdiction,
      language: source.language,
      schedule: source.schedule,
      enabled: String(source.enabled),
      alertable: String(source.alertable),
      fallbackSourceId: source.fallbackSourceId ?? "",
    } satisfies Record<keyof SourceInput, string>,
  };
}

export function presentSourceRun(r: Awaited<ReturnType<typeof listSourceRuns>>[number]) {
  return {
    id: r.id,
    startedAt: r.startedAt.toISOString(),
    finishedAt: iso(r.finishedAt),
    status: r.status,
    httpStatus: r.httpStatus,
    backfill: r.backfill,
    fetched: r.fetched,
    created: r.created,
    duplicates: r.duplicates,
    skipped: r.skipped,
    skippedReasons: r.skippedReasons,
    error: r.error,
    fetchMs: r.fetchMs,
    parseMs: r.parseMs,
    storeMs: r.storeMs,
    durationMs: r.durationMs,
    usedFallback: r.usedFallback,
  };
}

/**
 * Publishes (or withdraws) a source's items to exporters. Every item of the source is
 * queued for re-indexing in the same transaction, so the search index's visibility flag
 * follows the database once the outbox drains.
 */
export async function setSourceVisibility(db: Db, id: string, visibleToExporters: boolean, actorId: string | null) {
  const current = await db.source.findUnique({ where: { id } });
  if (!current) return null;
  if (current.visibleToExporters === visibleToExporters) return current;
  return db.$transaction(async (tx) => {
    const updated = await tx.source.update({ where: { id }, data: { visibleToExporters } });
    const items = await tx.riskItem.findMany({ where: { sourceId: id }, select: { id: true } });
    if (items.length > 0) {
      await tx.searchOutbox.createMany({ data: items.map((item) => ({ indexName: RISK_ITEMS_INDEX, entityId: item.id, op: "upsert" })) });
    }
    await recordAudit(tx, {
      actorId,
      action: visibleToExporters ? "source.publish" : "source.unpublish",
      entity: "source",
      entityId: id,
      before: { visibleToExporters: current.visibleToExporters },
      after: { visibleToExporters },
    });
    return updated;
  });
}
