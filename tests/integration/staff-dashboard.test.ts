import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestSource } from "~/models/ingest.server.ts";
import { createSource } from "~/models/source.server.ts";
import { loader as staffHome } from "~/routes/staff+/_index.tsx";
import { getDb } from "~/utils/db.server.ts";
import { makeUser } from "../db-utils.ts";
import { startFeedServer, type FeedServer } from "../support/feed-server.ts";
import { getRequest, sessionFor, settle } from "../support/requests.ts";

let feeds: FeedServer;
beforeAll(async () => {
  feeds = await startFeedServer({ dir: path.resolve(import.meta.dirname, "../fixtures/feeds") });
});
afterAll(() => feeds.close());

describe("staff dashboard", () => {
  it("shows the watch at a glance: new items, failing sources with their reason, pending index work", async () => {
    const db = await getDb();
    const good = await createSource(db, { name: "FR", url: feeds.url("/federal-register-itc.xml"), kind: "case", jurisdiction: "US" }, null);
    const bad = await createSource(db, { name: "Gone", url: feeds.url("/status/404"), kind: "news", jurisdiction: "EU" }, null);
    await ingestSource(db, good.id);
    await ingestSource(db, bad.id);
    const staff = await makeUser(db, { role: "staff" });
    const { cookie } = await sessionFor(staff.id);
    const res = await settle(() => staffHome({ request: getRequest("/staff", cookie), params: {}, context: {} }));
    const { watch } = await res.json();
    expect(watch).toMatchObject({ enabled: 2, failing: 1, itemsToday: 4, itemsTotal: 4, pendingIndex: 4 });
    expect(watch.failingSources).toEqual([
      expect.objectContaining({ id: bad.id, name: "Gone", consecutiveFailures: 1, lastError: expect.stringMatching(/404/) }),
    ]);
  });
});
