// The one schema of environment variables, checked at start-up in every process
// (web, scheduler, CLI, tests). Defaults describe the embedded single-machine setup.
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { NetworkPolicyError, parseNetworkAllowList } from "~/ingest/network-policy.server.ts";
import { cronProblem } from "./cron.server.ts";

const booleanFlag = z.enum(["true", "false", "1", "0", "yes", "no"]).transform((v) => v === "true" || v === "1" || v === "yes");

// The same check as forms, the CLI and the scheduler, so a schedule that starts the process also runs.
const cronExpression = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    const problem = cronProblem(v);
    if (problem) ctx.addIssue({ code: "custom", message: `must be a valid cron expression (${problem})` });
  });

export const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATA_DIR: z.string().min(1).default("./data"),
    DATABASE_URL: z
      .string()
      .regex(
        /^(file:.+|postgres(ql)?:\/\/.+)/,
        "must be a SQLite URL such as file:./data/radar.db or a PostgreSQL URL such as postgresql://radar@127.0.0.1:5432/radar",
      )
      .optional(),
    SESSION_SECRET: z.string().min(32, "must be at least 32 characters (generate one with `openssl rand -hex 32`)").optional(),
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
    /**
     * Web processes serving requests (Node cluster workers sharing one port): one per core, at
     * most 4, by default. Sessions, CSRF secrets and login throttles live in the database or
     * the shared secret, so any process serves any signed-in user. 1: a single process.
     */
    WEB_CONCURRENCY: z.coerce
      .number()
      .int()
      .min(1)
      .max(64)
      .default(() => Math.min(4, os.availableParallelism())),
    HEARTBEAT_SCHEDULE: cronExpression.default("*/5 * * * *"),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
    DEFAULT_TIME_ZONE: z.string().default("Asia/Shanghai"),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
    LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
    FEED_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(10 * 1024 * 1024),
    FEED_TIMEOUT_MS: z.coerce.number().int().min(100).default(20_000),
    FEED_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
    FEED_MAX_REDIRECTS: z.coerce.number().int().min(0).max(20).default(5),
    FEED_BACKOFF_BASE_MINUTES: z.coerce.number().min(0).default(5),
    FEED_BACKOFF_MAX_MINUTES: z.coerce
      .number()
      .min(0)
      .default(24 * 60),
    SEED_REAL_SOURCES: booleanFlag.default(true),
    SEARCH_SYNC_SCHEDULE: cronExpression.default("*/10 * * * * *"),
    SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(14),
    /** smtp://user:pass@host:port or smtps://…; unset: mail is not sent (logged instead). */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/.+/, "must be an smtp:// or smtps:// URL such as smtp://127.0.0.1:2525")
      .optional(),
    MAIL_FROM: z.string().min(3).default("海外知识产权雷达 Overseas IP Radar <radar@localhost>"),
    /** Attempts per webhook delivery before it is given up (back-off doubles from 1 minute). */
    WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(30).default(8),
    /** Consecutive failed deliveries after which an endpoint is disabled and its owner told. */
    WEBHOOK_DISABLE_AFTER: z.coerce.number().int().min(1).max(1000).default(10),
    /** Total deadline of one webhook call (connect, send, whole answer), not an idle timeout. */
    WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
    /** Endpoints served side by side in one delivery run (each endpoint's deliveries in order). */
    WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
    /** An endpoint is disabled only when it has also been failing for this long (minutes). */
    WEBHOOK_DISABLE_AFTER_MINUTES: z.coerce
      .number()
      .int()
      .min(0)
      .max(7 * 24 * 60)
      .default(60),
    /** How often new items are matched against exporters (6 fields: seconds first). */
    MATCH_SCHEDULE: cronExpression.default("*/20 * * * * *"),
    ALERT_DELIVERY_SCHEDULE: cronExpression.default("*/30 * * * * *"),
    ALERT_DAILY_DIGEST_SCHEDULE: cronExpression.default("0 8 * * *"),
    ALERT_WEEKLY_DIGEST_SCHEDULE: cronExpression.default("0 8 * * 1"),
    /**
     * Whether X-Forwarded-For / X-Real-IP are believed: "false" (default: the socket address
     * is the client), "true" (one proxy in front), a hop count, or Express's list of trusted
     * proxy addresses/CIDRs (e.g. "loopback, 10.0.0.0/8").
     */
    TRUST_PROXY: z
      .string()
      .trim()
      .default("false")
      .transform((v): false | number | string => {
        if (["", "false", "0", "no"].includes(v)) return false;
        if (v === "true" || v === "yes") return 1;
        return /^\d+$/.test(v) ? Number(v) : v;
      }),
    /** Host names (comma-separated) accepted besides APP_URL's host and loopback names. */
    ALLOWED_HOSTS: z
      .string()
      .default("")
      .transform((v) =>
        v
          .split(",")
          .map((h) => h.trim().toLowerCase())
          .filter(Boolean),
      ),
    /** Escalation criterion "major amount": amount at stake above this (US dollars). */
    ESCALATION_AMOUNT_THRESHOLD_USD: z.coerce.number().min(0).default(5_000_000),
    /** Escalation criterion "many co-respondents": this many or more respondents in the case. */
    ESCALATION_CO_RESPONDENTS: z.coerce.number().int().min(1).default(5),
    ASSIGNMENTS_SCHEDULE: cronExpression.default("*/15 * * * *"),
    /** party-name score at or above which a respondent is taken to be the registered company */
    PARTY_MATCH_THRESHOLD: z.coerce.number().min(0).max(1).default(0.85),
    /** score at or above which a possible match goes to the staff review queue */
    PARTY_REVIEW_THRESHOLD: z.coerce.number().min(0).max(1).default(0.6),
    /** Guidance-request attachments: per file and per request. */
    UPLOAD_MAX_FILE_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(10 * 1024 * 1024),
    UPLOAD_MAX_REQUEST_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(50 * 1024 * 1024),
    /** SLA targets in Chinese working days, and how early to remind. */
    SLA_FIRST_RESPONSE_DAYS: z.coerce.number().int().min(0).default(2),
    SLA_UPDATE_DAYS: z.coerce.number().int().min(0).default(5),
    SLA_RESOLUTION_DAYS: z.coerce.number().int().min(0).default(15),
    SLA_REMINDER_DAYS: z.coerce.number().int().min(0).default(1),
    /** Printed on notices (通知书) and the guidance opinion. */
    CENTRE_NAME: z.string().min(2).default("中国（示范）知识产权保护中心 海外知识产权纠纷应对指导工作站"),
    /** The 文号 prefix: 〔2026〕<prefix>第 12 号 */
    CENTRE_DOC_PREFIX: z.string().min(1).default("海知指字"),
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
