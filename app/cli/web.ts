// Web process entry point (`npm run web`).
import { disconnectDb } from "~/utils/db.server.ts";
import { requireValidEnv } from "~/utils/env.server.ts";
import { createLogger } from "~/utils/logger.server.ts";
import { onShutdown } from "./shutdown.ts";
import { startWebServer } from "./web-server.ts";

const env = requireValidEnv();
const web = await startWebServer(env, createLogger("web", env.LOG_LEVEL));
onShutdown(async () => {
  await web.close();
  await disconnectDb();
});
