// "Run now" (source page and CLI) and cron share one runner: the same lease, claimed,
// renewed while running and released with the outcome by jobs/run-job.ts.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestLeaseId } from "#jobs/ingest.ts";
import { runSourceNow } from "~/models/run-now.server.ts";
import { claimRun } from "#jobs/lease.ts";
import { createSource } from "~/models/source.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { createLogger } from "~/utils/logger.server.ts";
import { startFeedServer, type FeedServer } from "../support/feed-server.ts";

const log = createLogger("test", "error");
let feeds: FeedServer;
beforeAll(async () => {
  feeds = await startFeedServer({ dir: path.resolve(import.meta.dirname, "../fixtures/feeds") });
});
afterAll(async () => {
  await feeds.close();
});

describe("run now", () => {
  it("runs through the job runner: the source's lease records the run and is released", async () => {
    const db = await getDb();
    const source = await createSource(db, { name: "立即运行", url: feeds.url("/rss2.xml?run-now=1"), kind: "news", jurisdiction: "US", enabled: false }, null);
    const result = await runSourceNow(db, source, { log });
    expect(result.status).toBe("ok");
    const lease = await db.jobLease.findUniqueOrThrow({ where: { jobId: ingestLeaseId(source.id) } });
    expect(lease).toMatchObject({ runCount: 1, leaseUntil: null, lastError: null });
    expect(lease.lastSuccessAt).not.toBeNull();
  });

  it("answers busy while another process holds the source's lease, and fetches nothing", async () => {
    const db = await getDb();
    const source = await createSource(db, { name: "正在运行", url: feeds.url("/rss2.xml?run-now=2"), kind: "news", jurisdiction: "US" }, null);
    expect(await claimRun(db, ingestLeaseId(source.id), new Date(), "other-process", 60_000)).toBe(true);
    const hits = feeds.hits("/rss2.xml");
    expect(await runSourceNow(db, source, { log })).toEqual({ status: "busy" });
    expect(feeds.hits("/rss2.xml")).toBe(hits);
  });

  it("keeps app/models free of imports from jobs/ (jobs call models, not the reverse)", () => {
    const dir = path.resolve(import.meta.dirname, "../../app/models");
    const offenders = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".ts"))
      .filter((f) => /from\s+["'](#jobs\/|(\.\.\/)+jobs\/)/.test(fs.readFileSync(path.join(dir, f), "utf8")));
    expect(offenders).toEqual([]);
  });
});
