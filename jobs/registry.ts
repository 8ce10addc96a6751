// Every job the scheduler knows: fixed jobs from the environment, and one ingestion job
// per enabled feed source (data-driven, re-read while running).
import type { Db } from "~/utils/db.server.ts";
import type { Env } from "~/utils/env.server.ts";
import { alertDigestJob, deliverAlertsJob, deliverWebhooksJob } from "./deliver-alerts.ts";
import { assignmentsJob } from "./assignments.ts";
import { heartbeatJob } from "./heartbeat.ts";
import { matchAlertsJob } from "./match.ts";
import { ingestJobs, INGEST_JOB_PREFIX, ingestJobFor } from "./ingest.ts";
import { searchSyncJob } from "./search-sync.ts";
import { sessionCleanupJob } from "./session-cleanup.ts";
import { slaJob } from "./sla-reminders.ts";
import { insuranceRemindersJob, observationRemindersJob } from "./support-reminders.ts";
import type { Job } from "./types.ts";

export function allJobs(env: Env): Job[] {
  return [
    heartbeatJob(env.HEARTBEAT_SCHEDULE),
    searchSyncJob(env.SEARCH_SYNC_SCHEDULE),
    sessionCleanupJob,
    matchAlertsJob(env.MATCH_SCHEDULE),
    deliverAlertsJob(env.ALERT_DELIVERY_SCHEDULE),
    deliverWebhooksJob(env.ALERT_DELIVERY_SCHEDULE),
    alertDigestJob("daily", env.ALERT_DAILY_DIGEST_SCHEDULE),
    alertDigestJob("weekly", env.ALERT_WEEKLY_DIGEST_SCHEDULE),
    assignmentsJob(env.ASSIGNMENTS_SCHEDULE),
    slaJob,
    insuranceRemindersJob,
    observationRemindersJob,
  ];
}

export const dynamicJobs = (db: Db) => () => ingestJobs(db);

/** A fixed job by id, or `ingest:<sourceId>` for a source. */
export async function findJob(env: Env, db: Db, id: string): Promise<Job | undefined> {
  const fixed = allJobs(env).find((j) => j.id === id);
  if (fixed) return fixed;
  if (id.startsWith(INGEST_JOB_PREFIX)) {
    const source = await db.source.findUnique({ where: { id: id.slice(INGEST_JOB_PREFIX.length) } });
    return source ? ingestJobFor(source) : undefined;
  }
  return undefined;
}
