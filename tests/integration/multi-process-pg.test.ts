// Issue 16: two web processes and a job process on one PostgreSQL database and one Meilisearch.
// The job process is killed with SIGKILL in the middle of an ingest (a trigger holds the insert
// of one item of the second batch until the test lets go, so "the middle" is a fixed point, not
// a race), then started again: it takes over the dead holder's lease, stores the rest, matches
// and indexes, and nothing is missing or doubled. Needs `npm run build` and a PostgreSQL server
// (.ci/test-postgres); skipped on SQLite, saying why.
import { type ChildProcess, spawn } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indexUid } from "#search/client.server.ts";
import { createSource } from "~/models/source.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { makeCompany } from "../db-utils.ts";
import { startAppServer, type AppServer } from "../support/app-server.ts";
import { onPostgres } from "../support/postgres.ts";

const reason = onPostgres ? "" : " (skipped: runs on PostgreSQL only; run .ci/test-postgres)";
const ITEMS = 1200; // stored in batches of 500: the kill falls in the second
const HELD_GUID = "mp-700";
const HOLD_LOCK = 0x484f4c44; // "HOLD"
const root = path.resolve(import.meta.dirname, "../..");

let feed: http.Server;
let feedUrl = "";
const web: AppServer[] = [];
const jobs: ChildProcess[] = [];

function feedXml() {
  const parts = [
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>MP</title><link>https://mp.invalid/</link><description>d</description>`,
  ];
  for (let i = 0; i < ITEMS; i++) {
    parts.push(
      `<item><title>Certain Photovoltaic Modules and Components Thereof (${i}); Notice of Receipt of Complaint</title><link>https://mp.invalid/${i}</link><guid isPermaLink="false">mp-${i}</guid><pubDate>${new Date(Date.UTC(2026, 9, 1) + i * 60_000).toUTCString()}</pubDate><description>The complaint alleges violations of section 337 in the importation of certain photovoltaic modules (${i}), HTSUS 8541.43.0010.</description></item>`,
    );
  }
  parts.push("</channel></rss>");
  return parts.join("");
}

function startJobs() {
  const child = spawn(process.execPath, ["build/proc/jobs.js"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", SCHEDULER_ENABLED: "true" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let errors = "";
  child.stderr!.on("data", (d) => (errors += d));
  child.on("exit", (code, signal) => {
    if (code && signal !== "SIGKILL") console.warn(`job process exited ${code}: ${errors}`);
  });
  jobs.push(child);
  return child;
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, seconds = 300): Promise<T> {
  for (let i = 0; i < seconds * 4; i++) {
    const value = await probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

beforeAll(async () => {
  if (!onPostgres) return;
  const body = feedXml();
  feed = http.createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "application/rss+xml; charset=utf-8" });
    res.end(body);
  });
  await new Promise<void>((r) => feed.listen(0, "127.0.0.1", r));
  feedUrl = `http://127.0.0.1:${(feed.address() as AddressInfo).port}/feed.xml`;
}, 60_000);

afterAll(async () => {
  for (const child of jobs) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await Promise.all(web.map((s) => s.stop()));
  if (feed) await new Promise((r) => feed.close(r));
});

describe("several processes on one PostgreSQL", () => {
  it.runIf(onPostgres)(
    `a job process killed mid-ingest leaves no duplicate and no gap: after a restart every item is stored once, alerted once per company and indexed${reason}`,
    async () => {
      const db = await getDb();
      const url = process.env.DATABASE_URL!;
      const company = await makeCompany(db, { products: "photovoltaic modules", markets: "US", hsCodes: "854143", industries: "photovoltaic" });
      const source = await createSource(db, { name: "多进程", url: feedUrl, kind: "case", jurisdiction: "US", schedule: "*/5 * * * * *" }, null);
      // Not a first fetch, so the new items alert (a backfill would not).
      await db.source.update({ where: { id: source.id }, data: { backfilledAt: new Date() } });

      // The holder: while this connection holds the lock, inserting HELD_GUID waits inside the store's transaction.
      const holder = new pg.Client({ connectionString: url });
      await holder.connect();
      await holder.query("SELECT pg_advisory_lock($1)", [HOLD_LOCK]);
      await db.$executeRawUnsafe(
        `CREATE FUNCTION hold_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_advisory_lock(${HOLD_LOCK}); PERFORM pg_advisory_unlock(${HOLD_LOCK}); RETURN NEW; END $$`,
      );
      await db.$executeRawUnsafe(
        `CREATE TRIGGER hold_insert BEFORE INSERT ON "RiskItem" FOR EACH ROW WHEN (NEW."guid" = '${HELD_GUID}') EXECUTE FUNCTION hold_insert()`,
      );

      web.push(...(await Promise.all([startAppServer(), startAppServer()])));
      const first = startJobs();
      const stored = () => db.riskItem.count({ where: { sourceId: source.id } });
      await waitFor("the job process to wait inside the insert of the held item", async () => {
        const { rows } = await holder.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'advisory' AND pid <> pg_backend_pid()`,
        );
        return rows[0].n > 0;
      });
      // Both web processes answer while the ingest is under way.
      for (const server of web) expect((await fetch(`${server.url}/resources/healthz`)).status).toBe(200);

      first.kill("SIGKILL");
      await new Promise((r) => (first.exitCode !== null || first.signalCode !== null ? r(null) : first.once("exit", r)));
      await holder.query("SELECT pg_advisory_unlock($1)", [HOLD_LOCK]);
      await holder.end();
      await db.$executeRawUnsafe(`DROP TRIGGER hold_insert ON "RiskItem"`);
      // The killed process's transaction is rolled back once the server notices the closed connection.
      await waitFor("the killed process's connections to go", async () => {
        const rows = await db.$queryRawUnsafe<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'advisory'`,
        );
        return rows[0]!.n === 0;
      });
      // The first batch (500 items) was committed before the kill; the held batch left nothing.
      expect(await stored()).toBe(500);

      startJobs();
      await waitFor("every item stored", async () => (await stored()) === ITEMS);
      // One alert per company and item (Alert is unique on the pair, so a double would fail the insert, not add a row).
      await waitFor("every item matched", async () => (await db.alert.count({ where: { companyId: company.id } })) === ITEMS);
      const indexed = await waitFor("every item indexed", async () => {
        const pending = await db.searchOutbox.count();
        if (pending > 0) return false;
        const res = await fetch(`${process.env.MEILI_HOST}/indexes/${indexUid("risk-items", process.env.MEILI_INDEX_PREFIX ?? "")}/stats`, {
          headers: { Authorization: `Bearer ${process.env.MEILI_MASTER_KEY}` },
        });
        const stats = (await res.json()) as { numberOfDocuments?: number; isIndexing?: boolean };
        return !stats.isIndexing && stats.numberOfDocuments === ITEMS && stats.numberOfDocuments;
      });
      expect(indexed).toBe(ITEMS);

      const guids = await db.riskItem.findMany({ where: { sourceId: source.id }, select: { guid: true } });
      expect(new Set(guids.map((g) => g.guid)).size).toBe(ITEMS);
    },
    600_000,
  );
});
