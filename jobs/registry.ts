// Every job the scheduler knows, built from the validated environment.
import type { Env } from "~/utils/env.server.ts";
import { heartbeatJob } from "./heartbeat.ts";
import { sessionCleanupJob } from "./session-cleanup.ts";
import type { Job } from "./types.ts";

export function allJobs(env: Env): Job[] {
  return [heartbeatJob(env.HEARTBEAT_SCHEDULE), sessionCleanupJob];
}

export function findJob(env: Env, id: string): Job | undefined {
  return allJobs(env).find((j) => j.id === id);
}
