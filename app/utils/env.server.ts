// The one schema of environment variables, checked at start-up in every process
// (web, scheduler, CLI, tests). Defaults describe the embedded single-machine setup.
import path from "node:path";
import { z } from "zod";
import { NetworkPolicyError, parseNetworkAllowList } from "~/ingest/network-policy.server.ts";

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const cronExpression = z
  .string()
  .trim()
  .refine((v) => {
    const n = v.split(/\s+/).length;
    return n === 5 || n === 6;
  }, "must be a cron expression with 5 or 6 fields");

export const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATA_DIR: z.string().min(1).default("./data"),
    DATABASE_URL: z
      .string()
      .regex(/^file:.+/, "must be a SQLite URL such as file:./data/radar.db")
      .optional(),
    SESSION_SECRET: z
      .string()
      .min(32, "must be at least 32 characters (generate one with `openssl rand -hex 32`)")
      .optional(),
    HOST: z.string().min(1).default("127.0.0.1"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    APP_URL: z.url("must be an absolute http(s) URL such as http://localhost:3000").optional(),
    MEILI_HOST: z.url("must be an absolute URL such as http://127.0.0.1:7700").optional(),
    MEILI_MASTER_KEY: z.string().min(16, "must be at least 16 bytes").optional(),
    MEILI_INDEX_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9_-]*$/, "may contain only letters, digits, - and _")
      .default(""),
    MEILI_PORT: z.coerce.number().int().min(1).max(65535).default(7700),
    MEILI_MAX_INDEXING_MEMORY: z.string().default("512MiB"),
    SEED_DEMO: booleanFlag.default(true),
    SCHEDULER_ENABLED: booleanFlag.default(true),
    HEARTBEAT_SCHEDULE: cronExpression.default("*/5 * * * *"),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
    DEFAULT_TIME_ZONE: z.string().default("Asia/Shanghai"),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
    LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
    FEED_MAX_BYTES: z.coerce.number().int().min(1024).default(10 * 1024 * 1024),
    FEED_TIMEOUT_MS: z.coerce.number().int().min(100).default(20_000),
    FEED_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
    FEED_MAX_REDIRECTS: z.coerce.number().int().min(0).max(20).default(5),
    FEED_BACKOFF_BASE_MINUTES: z.coerce.number().min(0).default(5),
    FEED_BACKOFF_MAX_MINUTES: z.coerce.number().min(0).default(24 * 60),
    SEED_REAL_SOURCES: booleanFlag.default(true),
    SEARCH_SYNC_SCHEDULE: cronExpression.default("*/10 * * * * *"),
    SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(14),
    /** smtp://user:pass@host:port or smtps://…; unset: mail is not sent (logged instead). */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/.+/, "must be an smtp:// or smtps:// URL such as smtp://127.0.0.1:2525")
      .optional(),
    MAIL_FROM: z.string().min(3).default("海外知识产权雷达 Overseas IP Radar <radar@localhost>"),
    /** Non-public hosts, addresses or CIDR ranges feeds may be fetched from (intranet, tests). */
    FEED_ALLOWED_NETWORKS: z
      .string()
      .default("")
      .superRefine((v, ctx) => {
        try {
          parseNetworkAllowList(v);
        } catch (error) {
          if (!(error instanceof NetworkPolicyError)) throw error;
          ctx.addIssue({ code: "custom", message: error.message });
        }
      }),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.SESSION_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["SESSION_SECRET"],
        message: "is required when NODE_ENV=production (npm start generates one into DATA_DIR)",
      });
    }
  })
  .transform((env) => ({
    ...env,
    DATABASE_URL: env.DATABASE_URL ?? `file:${path.join(env.DATA_DIR, "radar.db")}`,
    APP_URL: env.APP_URL ?? `http://localhost:${env.PORT}`,
    // Development without npm start: a fixed, obviously non-production secret.
    SESSION_SECRET: env.SESSION_SECRET ?? "development-only-secret-change-me-0000000000",
  }));

export type Env = z.infer<typeof EnvSchema>;

export class EnvError extends Error {}

/** Parses an environment; the error names every wrong variable and why. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => {
      const name = i.path.join(".") || "(environment)";
      return `  ${name}: ${i.message} (got ${JSON.stringify(source[name] ?? null)})`;
    });
    throw new EnvError(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

/** The validated environment of this process (parsed once). */
export function getEnv(): Env {
  cached ??= parseEnv();
  return cached;
}

/** For tests that change process.env between cases. */
export function resetEnvCache() {
  cached = undefined;
}

/** Used by entry points: print the problem and exit instead of a stack trace. */
export function requireValidEnv(): Env {
  try {
    return getEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}
