// The only module that talks to node-cron. Each job is scheduled by its own expression;
// node-cron's noOverlap covers this process, the database lease covers all processes.
import cron from "node-cron";
import { cronProblem } from "~/utils/cron.server.ts";
import type { Db } from "~/utils/db.server.ts";
import type { Logger } from "~/utils/logger.server.ts";
import { newOwnerId, runJobOccurrence, type RunOutcome } from "./run-job.ts";
import type { Job } from "./types.ts";

export interface SchedulerOptions {
  db: Db;
  jobs: Job[];
  /** Jobs that come from data (one per feed source), re-read every refreshMs. */
  dynamicJobs?: () => Promise<Job[]>;
  refreshMs?: number;
  log: Logger;
  owner?: string;
  timezone?: string;
  onRun?: (job: Job, outcome: RunOutcome) => void;
}

export interface Scheduler {
  owner: string;
  /** Resolves once data-driven jobs have been read the first time. */
  ready: Promise<void>;
  refresh(): Promise<void>;
  scheduledIds(): string[];
  stop(): Promise<void>;
}

/** A cron occurrence, truncated to the second so every process computes the same slot. */
export function slotOf(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

export function startScheduler(opts: SchedulerOptions): Scheduler {
  const owner = opts.owner ?? newOwnerId("scheduler");
  const controller = new AbortController();
  const running = new Set<Promise<unknown>>();
  // Scheduled tasks by job id, with the expression they were scheduled with.
  const tasks = new Map<string, { task: ReturnType<typeof cron.schedule>; schedule: string }>();

  const schedule = (job: Job) => {
    const problem = cronProblem(job.schedule);
    if (problem) {
      opts.log.error(`job ${job.id} has an invalid cron expression "${job.schedule}" (${problem}); not scheduled`);
      return;
    }
    const task = cron.schedule(
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
    tasks.set(job.id, { task, schedule: job.schedule });
  };

  for (const job of opts.jobs) schedule(job);
  const staticIds = new Set(opts.jobs.map((j) => j.id));
  opts.log.info(`scheduled ${tasks.size} job(s): ${opts.jobs.map((j) => `${j.id} [${j.schedule}]`).join(", ")}`);

  // Reconcile data-driven jobs: new ones scheduled, changed expressions rescheduled,
  // removed or disabled ones destroyed.
  let refreshTimer: NodeJS.Timeout | undefined;
  const refresh = async () => {
    if (!opts.dynamicJobs || controller.signal.aborted) return;
    try {
      const wanted = await opts.dynamicJobs();
      const wantedIds = new Set(wanted.map((j) => j.id));
      for (const [id, entry] of tasks) {
        if (!staticIds.has(id) && !wantedIds.has(id)) {
          await entry.task.destroy();
          tasks.delete(id);
        }
      }
      for (const job of wanted) {
        const entry = tasks.get(job.id);
        if (entry && entry.schedule === job.schedule) continue;
        if (entry) await entry.task.destroy();
        schedule(job);
      }
    } catch (error) {
      opts.log.error(`refreshing data-driven jobs failed: ${String(error)}`);
    }
  };
  const ready = refresh().then(() => {
    if (opts.dynamicJobs) {
      refreshTimer = setInterval(() => void refresh(), opts.refreshMs ?? 60_000);
      refreshTimer.unref();
    }
  });

  return {
    owner,
    ready,
    refresh,
    scheduledIds: () => [...tasks.keys()],
    async stop() {
      controller.abort();
      if (refreshTimer) clearInterval(refreshTimer);
      await ready;
      await Promise.all([...tasks.values()].map((t) => t.task.destroy()));
      await Promise.allSettled([...running]);
    },
  };
}
