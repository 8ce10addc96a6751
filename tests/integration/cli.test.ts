// The operator CLI as operators run it: the bundled build/proc/cli.js in a child process
// against this test file's database and the shared Meilisearch.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimRun, releaseRun, renewLease } from "#jobs/lease.ts";
import { newOwnerId } from "#jobs/run-job.ts";
import { getDb } from "~/utils/db.server.ts";
import { runCli } from "../support/cli.ts";
import { startFeedServer, type FeedServer } from "../support/feed-server.ts";

const root = path.resolve(import.meta.dirname, "../..");
let feeds: FeedServer;
const cli = (...args: string[]) => runCli(args);

beforeAll(async () => {
  feeds = await startFeedServer({ dir: path.resolve(root, "tests/fixtures/feeds") });
});
afterAll(async () => {
  await feeds.close();
});

// Each command is a fresh Node process (several per test): on a loaded machine that alone can pass
// the default 30 s, so these tests get more time; they assert outcomes, not speed.
describe("operator CLI", { timeout: 120_000 }, () => {
  it("creates a user and lists it as JSON, refusing an exporter without a company", async () => {
    const created = await cli("users", "create", "--role", "staff", "--email", "Ops@Example.test", "--name", "运维", "--password", "long-enough-password");
    expect(created.code).toBe(0);
    const id = created.out.trim();
    const list = JSON.parse((await cli("users", "list", "--json")).out);
    expect(list).toContainEqual(expect.objectContaining({ id, email: "ops@example.test", role: "staff" }));
    const refused = await cli("users", "create", "--role", "exporter", "--email", "e@example.test", "--password", "long-enough-password");
    expect(refused.code).not.toBe(0);
    const badRole = await cli("users", "create", "--role", "boss", "--email", "b@example.test", "--password", "long-enough-password");
    expect(badRole.code).not.toBe(0);
    expect(badRole.out).toMatch(/choices/);
  });

  it("refuses a guessable password for a new user, saying why in both languages", async () => {
    const weak = await cli("users", "create", "--role", "staff", "--email", "weak-cli@example.test", "--name", "Weak", "--password", "aaaaaaaaaa");
    expect(weak.code).not.toBe(0);
    expect(weak.out).toContain("password: 密码太容易被猜到");
    expect(weak.out).toContain("This password is too easy to guess");
  });

  it("adds a source, ingests it once with a per-source summary, lists items and finds them by search", async () => {
    const added = await cli("sources", "add", "--url", feeds.url("/federal-register-itc.xml"), "--name", "FR ITC", "--kind", "case", "--jurisdiction", "US");
    expect(added.code).toBe(0);
    const sourceId = added.out.trim();
    const bad = await cli("sources", "add", "--url", "ftp://example.test/feed", "--schedule", "every day");
    expect(bad.code).not.toBe(0);
    expect(bad.out).toMatch(/--url: Enter an address starting with http:\/\/ or https:\/\//);
    expect(bad.out).toMatch(/--schedule/);

    const ingest = JSON.parse((await cli("ingest", "--once", "--source", sourceId, "--json")).out);
    expect(ingest.sources[0]).toMatchObject({ name: "FR ITC", status: "ok", backfill: true, fetched: 4, created: 4, duplicates: 0 });
    expect(ingest.search).toMatchObject({ indexed: 4, remaining: 0, error: null });

    const again = await cli("ingest", "--once", "--source", sourceId);
    expect(again.out).toMatch(/FR ITC: not-modified/);

    const items = JSON.parse((await cli("items", "list", "--source", sourceId, "--json")).out);
    expect(items).toHaveLength(4);
    expect(items.map((i: { caseNumber: string | null }) => i.caseNumber)).toEqual(expect.arrayContaining(["DN 3861", "337-TA-1452"]));

    const found = JSON.parse((await cli("search", "锂电池", "--filter", "caseType = us-itc-337", "--json")).out);
    expect(found.hits.map((h: { caseNumber: string }) => h.caseNumber)).toEqual(expect.arrayContaining(["337-TA-1452", "DN 3861"]));

    const sources = JSON.parse((await cli("sources", "list", "--json")).out);
    expect(sources).toContainEqual(expect.objectContaining({ id: sourceId, format: "rss2", itemsTotal: 4, consecutiveFailures: 0 }));
    expect((await cli("sources", "disable", sourceId)).code).toBe(0);
    const jobs = JSON.parse((await cli("jobs", "list", "--json")).out);
    expect(jobs.map((j: { id: string }) => j.id)).toEqual(expect.arrayContaining(["heartbeat", "search-sync", "session-cleanup"]));
    expect(jobs.map((j: { id: string }) => j.id)).not.toContain(`ingest:${sourceId}`);
    // Nine CLI processes, each starting tsx: 30 s is not enough on a loaded machine.
  }, 120_000);

  it("previews a feed URL without storing anything", async () => {
    const res = await cli("sources", "test", feeds.url("/gbk-alerts.xml"), "--json");
    expect(res.code).toBe(0);
    const preview = JSON.parse(res.out);
    expect(preview.encoding).toMatch(/gbk/i);
    expect(preview.items[0].title).toMatch(/337调查/);
    const items = JSON.parse((await cli("items", "list", "--json", "--limit", "100")).out);
    expect(items.some((i: { title: string }) => i.title.includes("深圳联芯动力"))).toBe(false);
  });

  it("rebuilds the search index from the database", async () => {
    const res = await cli("reindex");
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/reindexed \d+ documents/);
  });

  it("runs match and reindex under the scheduler's leases: while another process holds one, the command does not run", async () => {
    const db = await getDb();
    // A live holder (this test process) as the scheduler would be, mid-run.
    const holder = newOwnerId("scheduler");
    expect(await claimRun(db, "match-alerts", new Date(), holder)).toBe(true);
    // The holder beats like a running scheduler does; a silent one would be taken over as dead.
    const beat = setInterval(() => {
      for (const job of ["match-alerts", "search-sync"]) void renewLease(db, job, holder).catch(() => undefined);
    }, 1000);
    try {
      const busy = await cli("match", "--once", "--json");
      expect(busy.code).toBe(0);
      expect(JSON.parse(busy.out)).toEqual({ status: "skipped" });
      expect((await db.jobLease.findUniqueOrThrow({ where: { jobId: "match-alerts" } })).owner).toBe(holder);
      await releaseRun(db, "match-alerts", holder, { ok: true });
      const ran = await cli("match", "--once", "--json");
      expect(ran.code).toBe(0);
      expect(JSON.parse(ran.out)).toEqual(expect.objectContaining({ items: expect.any(Number), alerts: expect.any(Number) }));
      expect((await db.jobLease.findUniqueOrThrow({ where: { jobId: "match-alerts" } })).owner).not.toBe(holder);

      expect(await claimRun(db, "search-sync", new Date(), holder)).toBe(true);
      const refused = await cli("reindex");
      expect(refused.code).not.toBe(0);
      expect(refused.out).toMatch(/being synchronised by another process/);
      await releaseRun(db, "search-sync", holder, { ok: true });
    } finally {
      clearInterval(beat);
    }
    // Four CLI processes: generous on a loaded machine (no timing is asserted).
  }, 300_000);

  it("has --help on every command", async () => {
    for (const args of [["--help"], ["sources", "add", "--help"], ["ingest", "--help"], ["items", "list", "--help"], ["jobs", "run", "--help"]]) {
      const res = await cli(...args);
      expect(res.code).toBe(0);
      expect(res.out).toMatch(/Usage:/);
    }
  });
});
