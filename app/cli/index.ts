// Operator CLI: `npm run cli -- <command>`. Every command has --help; listings take --json.
import { readFile } from "node:fs/promises";
import { Command, Option } from "commander";
import { allJobs, dynamicJobs, findJob } from "#jobs/registry.ts";
import { INGEST_JOB_PREFIX } from "#jobs/ingest.ts";
import { runSourceNow } from "~/models/run-now.server.ts";
import { dueSourceIds, previewFeed } from "~/models/ingest.server.ts";
import { DEFAULT_SOURCE_SCHEDULE } from "~/ingest/source-defaults.ts";
import { listRiskItems } from "~/models/risk-item.server.ts";
import { searchRaw } from "~/models/search.server.ts";
import {
  createSource,
  findSourceByIdOrUrl,
  listSources,
  presentSourceSummary,
  seedRealSources,
  setSourceEnabled,
  setSourceVisibility,
  SourceUrlTakenError,
} from "~/models/source.server.ts";
import { SOURCE_KINDS } from "~/domain/taxonomy.ts";
import { formatMessage, translator } from "~/i18n/i18n.ts";
import { exclusionText, scorePartText } from "~/matching/explain.ts";
import { shortlistForRequest } from "~/models/expert-assignment.server.ts";
import { newOwnerId, runJobNow } from "#jobs/run-job.ts";
import { matchAlertsJob } from "#jobs/match.ts";
import { reindexJob, searchSyncJob } from "#jobs/search-sync.ts";
import { formatDemoLogins, hasDemoData, listDemoLogins, seedDemo } from "../../prisma/seed.ts";
import { createUser, EmailTakenError, listUsers } from "~/models/user.server.ts";
import { ZodError } from "zod";
import { disconnectDb, getDb } from "~/utils/db.server.ts";
import { requireValidEnv } from "~/utils/env.server.ts";
import { createLogger } from "~/utils/logger.server.ts";
import { applyMigrations, createMigration } from "~/utils/migrate.server.ts";
import { copyDatabase } from "~/utils/db-copy.server.ts";
import { ROLES } from "~/utils/permissions.server.ts";
import { importRegistryCsv } from "~/models/exporter-registry.server.ts";
import { loadPartyIndex, partyThresholds } from "~/models/party-match.server.ts";
import { matchParty } from "~/matching/party-names.ts";
import { listAlertsForOperators } from "~/models/alert.server.ts";
import { decodeRegistryFile, REGISTRY_COLUMNS } from "~/registry/exporter-csv.ts";
import { REQUEST_STATES, type RequestState } from "~/domain/request-states.ts";
import { ensureGuidanceReferenceData, listTriage } from "~/models/guidance-intake.server.ts";
import { SEVERITIES_MOST_FIRST } from "~/domain/severity.ts";

const env = requireValidEnv();
const log = createLogger("cli", env.LOG_LEVEL);

function printTable(rows: Record<string, unknown>[]) {
  if (rows.length === 0) return console.log("(none)");
  console.table(rows);
}

const program = new Command().name("radar").description("Overseas IP Radar operator commands (海外知识产权纠纷预警与应对指导平台)").showHelpAfterError();

program.command("migrate").description("apply pending database migrations (prisma/migrations) to DATABASE_URL").action(migrate);

async function migrate() {
  const { applied } = await applyMigrations(env.DATABASE_URL, { log: (l) => console.log(l) });
  console.log(applied.length ? `applied ${applied.length} migration(s)` : "database is up to date");
  // Deadline rules and the published working-day calendar: idempotent, keeps staff edits.
  await ensureGuidanceReferenceData(await getDb());
}

program
  .command("db")
  .description("database administration")
  .command("copy")
  .description(
    "copy every table from one database to another (e.g. SQLite to PostgreSQL), migrating the target first; resumable; verifies row counts and a SHA-256 per table",
  )
  .requiredOption("--from <url>", "source DATABASE_URL, e.g. file:./data/radar.db")
  .requiredOption("--to <url>", "target DATABASE_URL, e.g. postgresql://radar@127.0.0.1:5432/radar")
  .option("--json", "print the per-table report as JSON")
  .action(async (opts: { from: string; to: string; json?: boolean }) => {
    const reports = await copyDatabase(opts.from, opts.to, opts.json ? undefined : (l) => console.log(l));
    if (opts.json) console.log(JSON.stringify(reports, null, 2));
    const bad = reports.filter((r) => !r.ok);
    if (bad.length > 0) {
      console.error(`verification failed for: ${bad.map((r) => r.table).join(", ")}`);
      process.exitCode = 1;
    } else if (!opts.json) console.log(`copied and verified ${reports.length} tables`);
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
  .action(seedDemoData);

async function seedDemoData(opts: { ifEmpty?: boolean; force?: boolean }) {
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
}

program
  .command("seed-sources")
  .description("register the real production feed sources (they need internet access)")
  .option("--if-none", "only when no real sources are registered yet (what npm start does)")
  .action(seedSources);

async function seedSources(opts: { ifNone?: boolean }) {
  const db = await getDb();
  if (opts.ifNone && (await db.source.count({ where: { isSeed: true } })) > 0) return;
  const created = await seedRealSources(db);
  console.log(`registered ${created} real feed source(s) (they need internet access; see sources list)`);
}

program
  .command("prepare")
  .description("what npm start runs before serving, in one process: migrate, demo data on an empty database, real sources when none; prints each step's time")
  .option("--demo", "load demo data when the database has no users")
  .option("--sources", "register the real feed sources when none are")
  .action(async (opts: { demo?: boolean; sources?: boolean }) => {
    const timed = async (step: string, run: () => Promise<void>) => {
      const started = performance.now();
      await run();
      console.log(`${step}: ${Math.round(performance.now() - started)} ms`);
    };
    await timed("migrate", migrate);
    if (opts.demo) await timed("demo data check", () => seedDemoData({ ifEmpty: true }));
    if (opts.sources) await timed("real sources check", () => seedSources({ ifNone: true }));
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
      // A weak password (or another field) is refused with the catalogue's words, in both languages.
      if (error instanceof ZodError)
        throw new Error(error.issues.map((i) => `${i.path.join(".")}: ${formatMessage("zh", i.message)} / ${formatMessage("en", i.message)}`).join("\n"));
      throw error;
    }
  });
users
  .command("list")
  .description("list users")
  .option("--json", "print JSON")
  .action(async (opts: { json?: boolean }) => {
    const rows = (await listUsers(await getDb())).map((u) => ({
      id: u.id,
      email: u.email,
      name: u.name,
      role: u.role,
      company: u.company?.nameZh ?? null,
      demo: u.isDemo,
    }));
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
    const rows = [...allJobs(env), ...(await dynamicJobs(db)())].map((j) => {
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
    const job = await findJob(env, await getDb(), id);
    if (!job)
      throw new Error(
        `unknown job ${id}; known: ${allJobs(env)
          .map((j) => j.id)
          .join(", ")}, ${INGEST_JOB_PREFIX}<sourceId>`,
      );
    const outcome = await runJobNow(job, { db: await getDb(), log });
    if (opts.json) console.log(JSON.stringify(outcome, null, 2));
    else if (outcome.status === "skipped") console.log(`${id}: another process holds the lease; not run`);
    else
      console.log(
        `${id}: ${outcome.status} in ${outcome.durationMs} ms ${JSON.stringify("result" in outcome ? (outcome.result ?? {}) : { error: outcome.error })}`,
      );
    if (outcome.status === "failed") process.exitCode = 1;
  });

const sources = program.command("sources").description("feed sources (信息源)");
sources
  .command("add")
  .description("register a feed source; prints the new id")
  .requiredOption("--url <url>", "feed URL (http or https)")
  .option("--name <name>", "display name (default: the URL's host)")
  .addOption(new Option("--kind <kind>", "what the feed carries").choices([...SOURCE_KINDS]).default("case"))
  .option("--jurisdiction <code>", "ISO country code or region (US, EU, WIPO…)", "US")
  .option("--language <code>", "language of the feed", "en")
  .option("--schedule <cron>", "poll schedule (cron expression)", DEFAULT_SOURCE_SCHEDULE)
  .option("--not-alertable", "store and index its items but never alert on them")
  .option("--disabled", "register without scheduling it")
  .action(
    async (opts: {
      url: string;
      name?: string;
      kind: (typeof SOURCE_KINDS)[number];
      jurisdiction: string;
      language: string;
      schedule: string;
      notAlertable?: boolean;
      disabled?: boolean;
    }) => {
      let name = opts.name;
      if (!name) {
        try {
          name = new URL(opts.url).host;
        } catch {
          name = opts.url;
        }
      }
      try {
        const source = await createSource(
          await getDb(),
          {
            name,
            url: opts.url,
            kind: opts.kind,
            jurisdiction: opts.jurisdiction,
            language: opts.language,
            schedule: opts.schedule,
            enabled: !opts.disabled,
            alertable: !opts.notAlertable,
          },
          null,
        );
        console.log(source.id);
      } catch (error) {
        if (error instanceof SourceUrlTakenError) throw new Error(`a source with this URL exists already: ${opts.url}`);
        if (error instanceof Error && "issues" in error) {
          const issues = (error as unknown as { issues: { path: PropertyKey[]; message: string }[] }).issues;
          throw new Error(issues.map((i) => `--${String(i.path[0])}: ${formatMessage("en", i.message)}`).join("; "));
        }
        throw error;
      }
    },
  );
sources
  .command("list")
  .description("list sources with their health")
  .option("--json", "print JSON")
  .action(async (opts: { json?: boolean }) => {
    const rows = (await listSources(await getDb())).map(presentSourceSummary);
    if (opts.json) console.log(JSON.stringify(rows, null, 2));
    else printTable(rows.map(({ url: _u, lastAttemptAt: _a, lastError, ...r }) => ({ ...r, lastError: lastError?.slice(0, 40) ?? null })));
  });
sources
  .command("disable")
  .description("stop polling a source (its items stay)")
  .argument("<id>", "source id or URL")
  .action(async (id: string) => {
    const db = await getDb();
    const source = await findSourceByIdOrUrl(db, id);
    if (!source) throw new Error(`no source ${id}`);
    await setSourceEnabled(db, source.id, false, null);
    console.log(`disabled ${source.name}`);
  });
sources
  .command("enable")
  .description("resume polling a source (clears its back-off)")
  .argument("<id>", "source id or URL")
  .action(async (id: string) => {
    const db = await getDb();
    const source = await findSourceByIdOrUrl(db, id);
    if (!source) throw new Error(`no source ${id}`);
    await setSourceEnabled(db, source.id, true, null);
    console.log(`enabled ${source.name}`);
  });
for (const [name, visible] of [
  ["publish", true],
  ["unpublish", false],
] as const) {
  sources
    .command(name)
    .description(visible ? "make a source's items visible to exporters" : "hide a source's items from exporters")
    .argument("<id>", "source id or URL")
    .action(async (id: string) => {
      const db = await getDb();
      const source = await findSourceByIdOrUrl(db, id);
      if (!source) throw new Error(`no source ${id}`);
      await setSourceVisibility(db, source.id, visible, null);
      console.log(`${name}ed ${source.name}`);
    });
}
sources
  .command("test")
  .description("fetch and parse a source (or any feed URL) and show its first entries, storing nothing")
  .argument("<idOrUrl>", "source id, or a feed URL")
  .option("--limit <n>", "entries to show", "5")
  .option("--json", "print JSON")
  .action(async (idOrUrl: string, opts: { limit: string; json?: boolean }) => {
    const db = await getDb();
    const source = (await findSourceByIdOrUrl(db, idOrUrl)) ?? { id: "preview", url: idOrUrl, kind: "case", jurisdiction: "US", language: "en" };
    const preview = await previewFeed(source);
    const shown = preview.items.slice(0, Number(opts.limit) || 5);
    if (opts.json) {
      console.log(
        JSON.stringify(
          { format: preview.format, title: preview.title, encoding: preview.encoding, entries: preview.entryCount, skipped: preview.skipped, items: shown },
          null,
          2,
        ),
      );
      return;
    }
    console.log(
      `${preview.format} feed "${preview.title ?? ""}" (${preview.encoding}, HTTP ${preview.httpStatus}): ${preview.entryCount} entries, ${preview.items.length} valid, ${preview.skipped.length} skipped`,
    );
    for (const s of preview.skipped) console.log(`  skipped entry #${s.index}: ${s.reason}`);
    for (const item of shown)
      console.log(
        `- ${item.publishedAt.toISOString().slice(0, 10)} [${item.caseType}${item.caseNumber ? ` ${item.caseNumber}` : ""}] ${item.title}\n  ${item.link ?? ""}`,
      );
  });

program
  .command("ingest")
  .description("fetch, parse and store feed sources now (each under its lease)")
  .requiredOption("--once", "one pass over the sources, then exit")
  .option("--source <id>", "only this source (id or URL); ignores its back-off")
  .option("--force", "ignore back-off for every source")
  .option("--json", "print JSON")
  .action(async (opts: { source?: string; force?: boolean; json?: boolean }) => {
    const db = await getDb();
    let ids: string[];
    if (opts.source) {
      const source = await findSourceByIdOrUrl(db, opts.source);
      if (!source) throw new Error(`no source ${opts.source}`);
      ids = [source.id];
    } else {
      ids = opts.force ? (await db.source.findMany({ where: { enabled: true }, select: { id: true } })).map((s) => s.id) : await dueSourceIds(db);
    }
    const owner = newOwnerId("cli");
    const summaries = [];
    for (const id of ids) {
      const source = await db.source.findUniqueOrThrow({ where: { id } });
      try {
        const result = await runSourceNow(db, source, { force: !!opts.source || !!opts.force, owner, log });
        summaries.push(result.status === "busy" ? { sourceId: id, name: source.name, status: "leased-elsewhere", error: null } : result);
      } catch (error) {
        summaries.push({ sourceId: id, name: source.name, status: "failed", error: error instanceof Error ? error.message : String(error) });
      }
    }
    // The outbox drain under the scheduler's search-sync lease; when the scheduler is draining
    // right now, its run indexes these items.
    const sync = await runJobNow(searchSyncJob(env.SEARCH_SYNC_SCHEDULE), { db, log, owner });
    const drained =
      sync.status === "ok"
        ? (sync.result as { indexed: number; remaining: number; error?: string | null })
        : { indexed: 0, remaining: await db.searchOutbox.count(), error: sync.status === "skipped" ? "the scheduler is indexing now" : sync.error };
    if (opts.json) {
      console.log(JSON.stringify({ sources: summaries.map((s) => ({ ...s, createdIds: undefined })), search: drained }, null, 2));
      return;
    }
    for (const s of summaries as Record<string, unknown>[]) {
      const t = s.timings as { fetchMs: number; parseMs: number; storeMs: number; totalMs: number } | undefined;
      console.log(
        `${s.name}: ${s.status}${s.backfill ? " (backfill: no alerts)" : ""} — fetched ${s.fetched ?? 0}, new ${s.created ?? 0}, duplicate ${s.duplicates ?? 0}, skipped ${s.skipped ?? 0}` +
          (s.error ? `, failed: ${s.error}` : "") +
          (t ? ` [fetch ${t.fetchMs} ms, parse ${t.parseMs} ms, store ${t.storeMs} ms, total ${t.totalMs} ms]` : ""),
      );
      for (const r of (s.skippedReasons as { reason: string; count: number }[] | undefined) ?? []) console.log(`    skipped ${r.count}× ${r.reason}`);
    }
    console.log(`search index: ${drained.indexed} indexed, ${drained.remaining} pending${drained.error ? ` (Meilisearch: ${drained.error})` : ""}`);
  });

const items = program.command("items").description("ingested risk items");
items
  .command("list")
  .description("list items with every normalised field")
  .option("--source <id>", "only this source")
  .option("--since <iso>", "published at or after (ISO date)")
  .option("--limit <n>", "at most n items", "20")
  .option("--json", "print JSON")
  .action(async (opts: { source?: string; since?: string; limit: string; json?: boolean }) => {
    const since = opts.since ? new Date(opts.since) : undefined;
    if (since && Number.isNaN(since.getTime())) throw new Error(`--since: not a date: ${opts.since}`);
    const rows = await listRiskItems(await getDb(), { sourceId: opts.source, since, limit: Number(opts.limit) || 20 });
    if (opts.json) console.log(JSON.stringify(rows, null, 2));
    else for (const r of rows) console.log(JSON.stringify(r, null, 2));
  });

program
  .command("search")
  .description("search risk items in Meilisearch")
  .argument("<query>", "words, Chinese or English")
  .option("--filter <expr>", 'Meilisearch filter, e.g. "jurisdiction = US AND caseType = us-itc-337"')
  .option("--limit <n>", "hits", "10")
  .option("--json", "print JSON")
  .action(async (query: string, opts: { filter?: string; limit: string; json?: boolean }) => {
    const res = await searchRaw(query, opts.filter, Number(opts.limit) || 10);
    if (opts.json) {
      console.log(JSON.stringify({ total: res.estimatedTotalHits, processingTimeMs: res.processingTimeMs, hits: res.hits }, null, 2));
      return;
    }
    console.log(`${res.estimatedTotalHits ?? res.hits.length} hits in ${res.processingTimeMs} ms`);
    for (const h of res.hits) console.log(`- ${h.id} [${h.jurisdiction ?? ""} ${h.caseType ?? ""}] ${h.title}`);
  });

program
  .command("reindex")
  .description("rebuild the search index from the database into a new index and swap it in")
  .action(async () => {
    const outcome = await runJobNow(
      reindexJob(env.SEARCH_SYNC_SCHEDULE, (n) => process.stdout.write(`\r${n} documents`)),
      { db: await getDb(), log },
    );
    if (outcome.status === "skipped") throw new Error("the search index is being synchronised by another process; try again in a moment");
    if (outcome.status === "failed") throw new Error(outcome.error);
    const result = outcome.result as { documents: number; uid: string; durationMs: number };
    console.log(`\nreindexed ${result.documents} documents into ${result.uid} in ${result.durationMs} ms`);
  });

const experts = program.command("experts").description("expert pool (专家库)");
experts
  .command("match")
  .description("ranked expert shortlist for a guidance request, with the score breakdown and the excluded experts' reasons")
  .argument("<request-id>", "guidance request id")
  .option("--json", "print JSON")
  .action(async (requestId: string, opts: { json?: boolean }) => {
    const list = await shortlistForRequest(await getDb(), requestId);
    if (!list) {
      console.error(`error: no guidance request ${requestId}`);
      process.exitCode = 1;
      return;
    }
    if (opts.json) return console.log(JSON.stringify(list, null, 2));
    const t = translator("en");
    console.log(`request ${list.requestId} (${list.state}): ${list.ranked.length} eligible, ${list.excluded.length} excluded`);
    list.ranked.forEach((r, i) => {
      console.log(`${i + 1}. ${r.name}${r.organisation ? ` · ${r.organisation}` : ""}  score ${r.score}  [${r.expertId}]`);
      console.log(`   ${r.breakdown.map((p) => scorePartText(t, p)).join("; ")}`);
    });
    if (list.excluded.length) console.log("excluded:");
    for (const r of list.excluded)
      console.log(`- ${r.name}${r.organisation ? ` · ${r.organisation}` : ""}: ${r.excluded.map((x) => exclusionText(t, x)).join("; ")}`);
  });

const exporters = program.command("exporters").description("exporter registry (企业名录)");
exporters
  .command("import")
  .description("import exporters from CSV (header: " + REGISTRY_COLUMNS.join(",") + "); UTF-8 or GBK; re-import updates by credit code")
  .argument("<file>", "CSV file")
  .option("--dry-run", "validate and report without writing")
  .option("--json", "print JSON")
  .action(async (file: string, opts: { dryRun?: boolean; json?: boolean }) => {
    const db = await getDb();
    const source = decodeRegistryFile(await readFile(file));
    const result = await importRegistryCsv(db, source, { dryRun: Boolean(opts.dryRun), actorId: null });
    if (opts.json) {
      console.log(JSON.stringify(result, null, 2));
    } else {
      for (const e of result.errors) console.error(`line ${e.line}: ${e.field}: ${formatMessage("en", e.message)}`);
      const verb = result.dryRun ? "would create" : "created";
      console.log(
        `${verb} ${result.created}, ${result.dryRun ? "would update" : "updated"} ${result.updated}, unchanged ${result.unchanged}, ${result.errors.length} error(s)`,
      );
    }
    if (result.errors.length) process.exitCode = 2;
  });

const parties = program.command("parties").description("party names in cases against the exporter registry");
parties
  .command("match")
  .description("match one party name (English or Chinese) against the registered exporters")
  .argument("<name>", 'party name, e.g. "Shenzhen Example Technology Co., Ltd."')
  .option("--location <loc>", 'where the party is, e.g. "Shenzhen, China"')
  .option("--limit <n>", "candidates", "5")
  .option("--json", "print JSON")
  .action(async (name: string, opts: { location?: string; limit: string; json?: boolean }) => {
    const db = await getDb();
    const thresholds = partyThresholds();
    const result = matchParty(await loadPartyIndex(db), name, { location: opts.location, thresholds, limit: Number(opts.limit) || 5 });
    const candidates = result.candidates.map((c) => ({ creditCode: c.creditCode, nameZh: c.nameZh, nameEn: c.nameEn, score: c.score, evidence: c.evidence }));
    if (opts.json) {
      console.log(JSON.stringify({ query: result.query, decision: result.decision, candidates, thresholds }, null, 2));
      return;
    }
    console.log(`${result.decision} (match ≥ ${thresholds.match}, review ≥ ${thresholds.review})`);
    for (const c of candidates) {
      console.log(`- ${c.score.toFixed(3)} ${c.nameZh}${c.nameEn ? ` / ${c.nameEn}` : ""}${c.creditCode ? ` [${c.creditCode}]` : ""}`);
      for (const e of c.evidence) console.log(`    ${e}`);
    }
  });

const requests = program.command("requests").description("guidance requests (应对指导申请)");
requests
  .command("list")
  .description("list requests, most urgent deadline first, with state, deadline and SLA status")
  .addOption(new Option("--state <state>", "only this state").choices([...REQUEST_STATES]))
  .option("--json", "print JSON")
  .action(async (opts: { state?: RequestState; json?: boolean }) => {
    const rows = (await listTriage(await getDb(), { state: opts.state, includeDrafts: true })).map((r) => ({
      id: r.id,
      state: r.state,
      company: r.companyName,
      disputeType: r.disputeType,
      caseNumber: r.caseNumber,
      deadline: r.deadline,
      daysLeft: r.daysLeft,
      sla: r.sla.level,
      slaTimer: r.sla.timer,
      slaDaysLeft: r.sla.left,
      escalation: r.escalation?.status ?? null,
      subCentreRef: r.escalation?.subCentreRef ?? null,
    }));
    if (opts.json) console.log(JSON.stringify(rows, null, 2));
    else printTable(rows);
  });

program
  .command("match")
  .description("match items stored since the last run against every exporter (subscriptions and party names) and write alerts")
  .requiredOption("--once", "run one pass now (the scheduler runs it every MATCH_SCHEDULE)")
  .option("--json", "print JSON")
  .action(async (opts: { json?: boolean }) => {
    // The scheduler's job under its lease: a CLI pass never runs beside the scheduler's.
    const outcome = await runJobNow(matchAlertsJob(env.MATCH_SCHEDULE), { db: await getDb(), log });
    if (outcome.status === "skipped") {
      if (opts.json) console.log(JSON.stringify({ status: "skipped" }, null, 2));
      else console.log("match-alerts: another process holds the lease; not run");
      return;
    }
    if (outcome.status === "failed") throw new Error(outcome.error);
    const result = outcome.result as { items: number; subscriptions: number; alerts: number; reviews: number };
    if (opts.json) console.log(JSON.stringify(result, null, 2));
    else
      console.log(
        `matched ${result.items} item(s) against ${result.subscriptions} subscription(s): ${result.alerts} alert(s), ${result.reviews} name review(s)`,
      );
  });

const alerts = program.command("alerts").description("alerts sent to exporters");
alerts
  .command("list")
  .description("latest alerts, newest first")
  .option("--company <credit-code>", "only this company (unified social credit code)")
  .addOption(new Option("--severity <severity>", "only this severity").choices(SEVERITIES_MOST_FIRST))
  .option("--limit <n>", "how many", "50")
  .option("--json", "print JSON")
  .action(async (opts: { company?: string; severity?: string; limit: string; json?: boolean }) => {
    const rows = await listAlertsForOperators(await getDb(), {
      creditCode: opts.company,
      severity: opts.severity,
      limit: Math.max(1, Number(opts.limit) || 50),
    });
    if (opts.json) console.log(JSON.stringify(rows, null, 2));
    else
      printTable(
        rows.map((r) => ({ severity: r.severity, company: r.companyName, case: r.caseNumber, item: r.itemTitle.slice(0, 60), createdAt: r.createdAt })),
      );
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await disconnectDb();
}
