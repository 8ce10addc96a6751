// A source still being tried out: its items are stored, indexed and visible to staff, but
// exporters neither find them (results and facet counts) nor open them until staff publish it.
import path from "node:path";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSearchClient } from "#search/client.server.ts";
import { ingestSource } from "~/models/ingest.server.ts";
import { drainSearchOutbox } from "~/models/search-index.server.ts";
import { createSource } from "~/models/source.server.ts";
import { loader as exporterItem } from "~/routes/exporter+/items.$id.tsx";
import { loader as exporterSearch } from "~/routes/exporter+/search.tsx";
import { action as sourceAction } from "~/routes/staff+/sources.$id.tsx";
import { loader as staffSearch } from "~/routes/staff+/search.tsx";
import { getDb } from "~/utils/db.server.ts";
import { makeUser } from "../db-utils.ts";
import { startFeedServer, type FeedServer } from "../support/feed-server.ts";
import { getRequest, postForm, sessionFor, settle } from "../support/requests.ts";

let feeds: FeedServer;
beforeAll(async () => {
  feeds = await startFeedServer({ dir: path.resolve(import.meta.dirname, "../fixtures/feeds") });
});
afterAll(() => feeds.close());

const call = (loader: (args: LoaderFunctionArgs) => Promise<unknown>, pathname: string, cookie: string, params: Record<string, string> = {}) =>
  settle(() => loader({ request: getRequest(pathname, cookie), params, context: {} }));

describe("a source on trial", () => {
  it("stays staff-only until published, then reaches exporters", async () => {
    const db = await getDb();
    const staff = await makeUser(db, { role: "staff" });
    const exporter = await makeUser(db, { role: "exporter" });
    const s = await sessionFor(staff.id);
    const e = await sessionFor(exporter.id);
    const source = await createSource(db, { name: "Trial FR", url: feeds.url("/federal-register-itc.xml?trial"), kind: "case", jurisdiction: "US" }, null);
    expect(source.visibleToExporters).toBe(false);
    await ingestSource(db, source.id);
    expect((await drainSearchOutbox(db, getSearchClient())).error).toBeNull();
    const item = await db.riskItem.findFirstOrThrow({ where: { sourceId: source.id, caseNumber: "337-TA-1452" } });
    const q = `?q=${encodeURIComponent("lithium")}`;

    const staffView = await (await call(staffSearch, `/staff/search${q}`, s.cookie)).json();
    expect(staffView.hits.map((h: { id: string }) => h.id)).toContain(item.id);
    const hidden = await (await call(exporterSearch, `/exporter/search${q}`, e.cookie)).json();
    expect(hidden.total).toBe(0);
    expect(hidden.facets.flatMap((f: { values: { count: number }[] }) => f.values).every((v: { count: number }) => v.count === 0)).toBe(true);
    expect((await call(exporterItem, `/exporter/items/${item.id}`, e.cookie, { id: item.id })).status).toBe(404);

    const publish = await settle(() =>
      sourceAction({
        request: postForm(`/staff/sources/${source.id}`, { csrf: s.csrf, intent: "publish" }, { cookie: s.cookie }),
        params: { id: source.id },
        context: {},
      }),
    );
    expect(publish.status).toBe(200);
    expect(await db.auditEvent.count({ where: { action: "source.publish", entityId: source.id } })).toBe(1);
    expect((await drainSearchOutbox(db, getSearchClient())).error).toBeNull();

    const shown = await (await call(exporterSearch, `/exporter/search${q}`, e.cookie)).json();
    expect(shown.hits.map((h: { id: string }) => h.id)).toContain(item.id);
    expect((await call(exporterItem, `/exporter/items/${item.id}`, e.cookie, { id: item.id })).status).toBe(200);

    // An exporter cannot publish.
    const refused = await settle(() =>
      sourceAction({
        request: postForm(`/staff/sources/${source.id}`, { csrf: e.csrf, intent: "unpublish" }, { cookie: e.cookie }),
        params: { id: source.id },
        context: {},
      }),
    );
    expect(refused.status).toBe(404);
    expect((await db.source.findUniqueOrThrow({ where: { id: source.id } })).visibleToExporters).toBe(true);
  });
});
