// Operator CLI: `npm run cli -- <command>`. Every command has --help; listings take --json.
import { Command, Option } from "commander";
import { allJobs, findJob } from "#jobs/registry.ts";
import { newOwnerId, runJobOccurrence } from "#jobs/run-job.ts";
import { formatDemoLogins, hasDemoData, listDemoLogins, seedDemo } from "../../prisma/seed.ts";
import { createUser, EmailTakenError, listUsers } from "~/models/user.server.ts";
import { disconnectDb, getDb } from "~/utils/db.server.ts";
import { requireValidEnv } from "~/utils/env.server.ts";
import { createLogger } from "~/utils/logger.server.ts";
import { applyMigrations, createMigration } from "~/utils/migrate.server.ts";
import { ROLES } from "~/utils/permissions.server.ts";

const env = requireValidEnv();
const log = createLogger("cli", env.LOG_LEVEL);

function printTable(rows: Record<string, unknown>[]) {
  if (rows.length === 0) return console.log("(none)");
  console.table(rows);
}

const program = new Command()
  .name("radar")
  .description("Overseas IP Radar operator commands (海外知识产权纠纷预警与应对指导平台)")
  .showHelpAfterError();

program
  .command("migrate")
  .description("apply pending database migrations (prisma/migrations) to DATABASE_URL")
  .action(async () => {
    const { applied } = await applyMigrations(env.DATABASE_URL, { log: (l) => console.log(l) });
    console.log(applied.length ? `applied ${applied.length} migration(s)` : "database is up to date");
  });

program
  .command("migration")
  .description("write a new migration from the difference between prisma/schema.prisma and the migrations")
  .argument("<name>", "short name, e.g. add_risk_items")
  .action(async (name: string) => {
    const created = await createMigration(name, { log: (l) => console.log(l) });
    if (created) console.log(`created ${created.dir}`);
  });

program
  .command("seed")
  .description("load demo data (demo accounts and companies, all flagged as demo)")
  .requiredOption("--demo", "load the demo data set")
  .option("--if-empty", "only when the database has no users (what npm start does)")
  .option("--force", "seed even if demo data already exists")
  .action(async (opts: { ifEmpty?: boolean; force?: boolean }) => {
    const db = await getDb();
    if (opts.ifEmpty && (await db.user.count()) > 0) {
      if (await hasDemoData(db)) console.log(formatDemoLogins(await listDemoLogins(db)));
      return;
    }
    if (!opts.force && (await hasDemoData(db))) {
      console.log("demo data already present (use --force to add another set)");
      return;
    }
    console.log("loading demo data (演示数据)");
    console.log(formatDemoLogins(await seedDemo(db)));
  });

const users = program.command("users").description("manage user accounts");
users
  .command("create")
  .description("create a user; prints the new id")
  .addOption(new Option("--role <role>", "role").choices([...ROLES]).makeOptionMandatory())
  .requiredOption("--email <email>", "login email")
  .option("--name <name>", "display name")
  .option("--password <password>", "initial password (else read from RADAR_PASSWORD)")
  .option("--company <id>", "company id (required for exporters)")
  .option("--locale <locale>", "zh or en", "zh")
  .action(async (opts: { role: (typeof ROLES)[number]; email: string; name?: string; password?: string; company?: string; locale: "zh" | "en" }) => {
    const password = opts.password ?? process.env.RADAR_PASSWORD;
    if (!password) throw new Error("give --password or set RADAR_PASSWORD");
    try {
      const user = await createUser(
        await getDb(),
        { email: opts.email, name: opts.name ?? opts.email, role: opts.role, password, companyId: opts.company, locale: opts.locale },
        null,
      );
      console.log(user.id);
    } catch (error) {
      if (error instanceof EmailTakenError) throw new Error(`email already in use: ${opts.email}`);
      throw error;
    }
  });
users
  .command("list")
  .description("list users")
  .option("--json", "print JSON")
  .action(async (opts: { json?: boolean }) => {
    const rows = (await listUsers(await getDb())).map((u) => ({ id: u.id, email: u.email, name: u.name, role: u.role, company: u.company?.nameZh ?? null, demo: u.isDemo }));
    if (opts.json) console.log(JSON.stringify(rows, null, 2));
    else printTable(rows);
  });

const jobs = program.command("jobs").description("scheduled jobs");
jobs
  .command("list")
  .description("list jobs with schedule and last run")
  .option("--json", "print JSON")
  .action(async (opts: { json?: boolean }) => {
    const db = await getDb();
    const leases = new Map((await db.jobLease.findMany()).map((l) => [l.jobId, l]));
    const rows = allJobs(env).map((j) => {
      const l = leases.get(j.id);
      return {
        id: j.id,
        schedule: j.schedule,
        description: j.description,
        lastRunAt: l?.lastRunAt?.toISOString() ?? null,
        lastSuccessAt: l?.lastSuccessAt?.toISOString() ?? null,
        lastError: l?.lastError ?? null,
        runCount: l?.runCount ?? 0,
        running: !!l?.leaseUntil && l.leaseUntil > new Date(),
      };
    });
    if (opts.json) console.log(JSON.stringify(rows, null, 2));
    else printTable(rows);
  });
jobs
  .command("run")
  .description("run one job now (under the same lease as the scheduler)")
  .argument("<id>", "job id (see jobs list)")
  .option("--json", "print the outcome as JSON")
  .action(async (id: string, opts: { json?: boolean }) => {
    const job = findJob(env, id);
    if (!job) throw new Error(`unknown job ${id}; known: ${allJobs(env).map((j) => j.id).join(", ")}`);
    const outcome = await runJobOccurrence(job, { db: await getDb(), log, owner: newOwnerId("cli"), slot: new Date() });
    if (opts.json) console.log(JSON.stringify(outcome, null, 2));
    else if (outcome.status === "skipped") console.log(`${id}: another process holds the lease; not run`);
    else console.log(`${id}: ${outcome.status} in ${outcome.durationMs} ms ${JSON.stringify("result" in outcome ? outcome.result ?? {} : { error: outcome.error })}`);
    if (outcome.status === "failed") process.exitCode = 1;
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await disconnectDb();
}
