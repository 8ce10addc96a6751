import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestSource } from "~/models/ingest.server.ts";
import { createSource } from "~/models/source.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { startFeedServer, type FeedServer } from "../support/feed-server.ts";

let feeds: FeedServer;
beforeAll(async () => {
  feeds = await startFeedServer({ dir: path.resolve(import.meta.dirname, "../fixtures/feeds") });
});
afterAll(() => feeds.close());

describe("a feed read despite a problem", () => {
  it("stores what it could read and records the problem on the source and its run", async () => {
    const db = await getDb();
    const source = await createSource(db, { name: "USITC (cut short)", url: feeds.url("/robustness/truncated.xml"), kind: "case", jurisdiction: "US" }, null);
    const summary = await ingestSource(db, source.id);
    expect(summary).toMatchObject({ status: "ok", created: 2, error: null });
    expect(summary.warnings).toEqual([expect.stringMatching(/^The document ends before its closing tags/)]);
    const after = await db.source.findUniqueOrThrow({ where: { id: source.id } });
    expect(after).toMatchObject({ consecutiveFailures: 0, itemsTotal: 2 });
    expect(after.lastError).toMatch(/entries before the break were kept/);
    const run = await db.sourceRun.findFirstOrThrow({ where: { sourceId: source.id } });
    expect(run).toMatchObject({ status: "ok", created: 2 });
    expect(run.error).toMatch(/entries before the break were kept/);
  });
});
