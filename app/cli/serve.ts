// Web server and scheduler in one process: what `npm start` runs on a single machine.
// They share one Prisma client (the query engine is most of a process's memory), which
// halves the idle footprint compared with two processes. For several machines run
// `npm run web` and `npm run jobs` separately; the database lease keeps job runs single.
import { allJobs, dynamicJobs } from "#jobs/registry.ts";
import { startScheduler } from "#jobs/scheduler.ts";
import { disconnectDb, getDb } from "~/utils/db.server.ts";
import { requireValidEnv } from "~/utils/env.server.ts";
import { createLogger } from "~/utils/logger.server.ts";
import { onShutdown } from "./shutdown.ts";
import { startWebServer } from "./web-server.ts";

const env = requireValidEnv();
const web = await startWebServer(env, createLogger("web", env.LOG_LEVEL));
const db = await getDb();
const scheduler = env.SCHEDULER_ENABLED
  ? startScheduler({ db, jobs: allJobs(env), dynamicJobs: dynamicJobs(db), log: createLogger("jobs", env.LOG_LEVEL), timezone: env.DEFAULT_TIME_ZONE })
  : null;
onShutdown(async () => {
  await Promise.all([web.close(), scheduler?.stop()]);
  await disconnectDb();
});
