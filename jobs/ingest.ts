// Feed ingestion jobs: one per enabled source, scheduled by the source's own cron
// expression, so each source is leased (never fetched twice at once) on its own.
import { ingestSource, type IngestSummary } from "~/models/ingest.server.ts";
import type { Db } from "~/utils/db.server.ts";
import type { Job } from "./types.ts";

export const INGEST_JOB_PREFIX = "ingest:";
const INGEST_LEASE_MS = 10 * 60_000;

/** One lease per source, shared by cron, the CLI and "run now", so runs never overlap. */
export const ingestLeaseId = (sourceId: string) => `${INGEST_JOB_PREFIX}${sourceId}`;

export function ingestJobFor(
  source: { id: string; name: string; schedule: string },
  opts: { force?: boolean; onSummary?: (summary: IngestSummary) => void } = {},
): Job {
  return {
    id: ingestLeaseId(source.id),
    description: `Ingest feed: ${source.name}`,
    schedule: source.schedule,
    leaseMs: INGEST_LEASE_MS,
    async run({ db, log }) {
      const summary = await ingestSource(db, source.id, { force: opts.force });
      opts.onSummary?.(summary);
      if (summary.status === "failed") log.warn(`${source.name}: ${summary.error}`);
      const { createdIds: _ids, ...rest } = summary;
      return rest as unknown as Record<string, unknown>;
    },
  };
}

export async function ingestJobs(db: Db): Promise<Job[]> {
  const sources = await db.source.findMany({ where: { enabled: true }, select: { id: true, name: true, schedule: true } });
  return sources.map((s) => ingestJobFor(s));
}
