// The only module that talks to node-cron. Each job is scheduled by its own expression;
// node-cron's noOverlap covers this process, the database lease covers all processes.
import cron from "node-cron";
import type { Db } from "~/utils/db.server.ts";
import type { Logger } from "~/utils/logger.server.ts";
import { newOwnerId, runJobOccurrence, type RunOutcome } from "./run-job.ts";
import type { Job } from "./types.ts";

export interface SchedulerOptions {
  db: Db;
  jobs: Job[];
  log: Logger;
  owner?: string;
  timezone?: string;
  onRun?: (job: Job, outcome: RunOutcome) => void;
}

export interface Scheduler {
  owner: string;
  stop(): Promise<void>;
}

/** A cron occurrence, truncated to the second so every process computes the same slot. */
export function slotOf(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

export function isValidSchedule(expression: string): boolean {
  return cron.validate(expression);
}

export function startScheduler(opts: SchedulerOptions): Scheduler {
  const owner = opts.owner ?? newOwnerId("scheduler");
  const controller = new AbortController();
  const running = new Set<Promise<unknown>>();
  const tasks = opts.jobs.map((job) => {
    if (!cron.validate(job.schedule)) throw new Error(`Job ${job.id} has an invalid cron expression: ${job.schedule}`);
    return cron.schedule(
      job.schedule,
      async (ctx) => {
        const run = runJobOccurrence(job, { db: opts.db, log: opts.log, owner, slot: slotOf(ctx.date), signal: controller.signal })
          .then((outcome) => {
            if (outcome.status !== "skipped") opts.log.debug(`${job.id}: ${outcome.status}`, { durationMs: outcome.durationMs });
            opts.onRun?.(job, outcome);
          })
          .catch((error) => opts.log.error(`${job.id}: scheduler error ${String(error)}`));
        running.add(run);
        await run;
        running.delete(run);
      },
      { name: job.id, noOverlap: true, timezone: opts.timezone, suppressMissedWarning: true },
    );
  });
  opts.log.info(`scheduled ${tasks.length} job(s): ${opts.jobs.map((j) => `${j.id} [${j.schedule}]`).join(", ")}`);
  return {
    owner,
    async stop() {
      controller.abort();
      await Promise.all(tasks.map((t) => t.destroy()));
      await Promise.allSettled([...running]);
    },
  };
}
