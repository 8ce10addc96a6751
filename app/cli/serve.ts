// Web server and scheduler on one machine: what `npm start` runs. With WEB_CONCURRENCY 1 both
// share one process and one Prisma client (half the idle footprint of two processes). With
// more, this process runs the scheduler and forks that many web processes (web-cluster.ts),
// which serve HTTP on the shared port. For several machines run `npm run web` and
// `npm run jobs` separately; the database lease keeps job runs single.
import cluster from "node:cluster";
import { allJobs, dynamicJobs } from "#jobs/registry.ts";
import { startScheduler } from "#jobs/scheduler.ts";
import { disconnectDb, getDb } from "~/utils/db.server.ts";
import { requireValidEnv } from "~/utils/env.server.ts";
import { createLogger } from "~/utils/logger.server.ts";
import { onShutdown } from "./shutdown.ts";
import { forkWebWorkers, servesHttpItself } from "./web-cluster.ts";
import { startWebServer } from "./web-server.ts";

const env = requireValidEnv();
const log = createLogger("web", env.LOG_LEVEL);
const stopWeb = servesHttpItself(env.WEB_CONCURRENCY) ? (await startWebServer(env, log)).close : (await forkWebWorkers(env.WEB_CONCURRENCY, log)).stop;
const startJobs = env.SCHEDULER_ENABLED && cluster.isPrimary;
const db = startJobs ? await getDb() : null;
const scheduler = db
  ? startScheduler({ db, jobs: allJobs(env), dynamicJobs: dynamicJobs(db), log: createLogger("jobs", env.LOG_LEVEL), timezone: env.DEFAULT_TIME_ZONE })
  : null;
onShutdown(async () => {
  await Promise.all([stopWeb(), scheduler?.stop()]);
  await disconnectDb();
});
