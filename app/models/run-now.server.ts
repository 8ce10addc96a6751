// "Run now" for one source, for the source page and the CLI: the one model module that may
// import jobs/ (eslint.config.js), so routes reach the job runner only through a model. A .server
// module, so the route never pulls the runner (node:crypto, node:os) into the browser bundle.
import { ingestJobFor } from "#jobs/ingest.ts";
import { newOwnerId, runJobOccurrence } from "#jobs/run-job.ts";
import type { Db } from "~/utils/db.server.ts";
import { createLogger, type Logger } from "~/utils/logger.server.ts";
import type { IngestSummary, ManualRunResult } from "./ingest.server.ts";

/**
 * One ingestion pass of one source now, through the same runner as cron (claim, renew the
 * lease while running, record the outcome): the source page's "run now" and `ingest run`.
 * `force` ignores the back-off (and runs a disabled source once). "busy": another process
 * holds the source's lease.
 */
export async function runSourceNow(
  db: Db,
  source: { id: string; name: string; schedule: string },
  opts: { force?: boolean; owner?: string; log?: Logger } = {},
): Promise<ManualRunResult> {
  let summary: IngestSummary | null = null;
  const job = ingestJobFor(source, { force: opts.force ?? true, onSummary: (s) => (summary = s) });
  const outcome = await runJobOccurrence(job, {
    db,
    log: opts.log ?? createLogger("ingest"),
    owner: opts.owner ?? newOwnerId("manual"),
    slot: new Date(),
  });
  if (outcome.status === "skipped") return { status: "busy" };
  // A feed that fails is a summary with status "failed"; an exception is a bug, as before.
  if (outcome.status === "failed") throw new Error(outcome.error);
  return summary!;
}
