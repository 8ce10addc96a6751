// Web process entry point (`npm run web`): WEB_CONCURRENCY processes (web-cluster.ts), or
// one when it is 1.
import { disconnectDb } from "~/utils/db.server.ts";
import { requireValidEnv } from "~/utils/env.server.ts";
import { createLogger } from "~/utils/logger.server.ts";
import { onShutdown } from "./shutdown.ts";
import { forkWebWorkers, servesHttpItself } from "./web-cluster.ts";
import { startWebServer } from "./web-server.ts";

const env = requireValidEnv();
const log = createLogger("web", env.LOG_LEVEL);
if (servesHttpItself(env.WEB_CONCURRENCY)) {
  const web = await startWebServer(env, log);
  onShutdown(async () => {
    await web.close();
    await disconnectDb();
  });
} else {
  const workers = await forkWebWorkers(env.WEB_CONCURRENCY, log);
  onShutdown(() => workers.stop());
}
