// Scheduler process entry point (`npm run jobs`). Never imported by the Remix bundle.
import { onShutdown } from "~/cli/shutdown.ts";
import { disconnectDb, getDb } from "~/utils/db.server.ts";
import { requireValidEnv } from "~/utils/env.server.ts";
import { createLogger } from "~/utils/logger.server.ts";
import { allJobs, dynamicJobs } from "./registry.ts";
import { startScheduler } from "./scheduler.ts";

const env = requireValidEnv();
const db = await getDb();
const scheduler = startScheduler({
  db,
  jobs: allJobs(env),
  dynamicJobs: dynamicJobs(db),
  log: createLogger("jobs", env.LOG_LEVEL),
  timezone: env.DEFAULT_TIME_ZONE,
});
onShutdown(async () => {
  await scheduler.stop();
  await disconnectDb();
});
