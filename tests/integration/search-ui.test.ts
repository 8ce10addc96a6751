// The search and item pages' loaders on real parts: fixture feeds ingested through the real
// pipeline into this file's database, indexed into the real Meilisearch, and read back
// through the loaders with a real session cookie.
import path from "node:path";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getSearchClient } from "#search/client.server.ts";
import { drainSearchOutbox } from "~/models/search-index.server.ts";
import { loader as expertSearch } from "~/routes/expert+/search.tsx";
import { loader as exporterItem } from "~/routes/exporter+/items.$id.tsx";
import { loader as exporterSearch } from "~/routes/exporter+/search.tsx";
import { loader as staffItem } from "~/routes/staff+/items.$id.tsx";
import { loader as staffSearch } from "~/routes/staff+/search.tsx";
import { getDb } from "~/utils/db.server.ts";
import { makeUser } from "../db-utils.ts";
import { startFeedServer, type FeedServer } from "../support/feed-server.ts";
import { ingestFixtureSources } from "../support/fixture-sources.ts";
import { getRequest, sessionFor, settle } from "../support/requests.ts";

type Loader = (args: LoaderFunctionArgs) => Promise<unknown>;

const RECEIPT =
  "Certain Lithium-Ion Battery Cells, Battery Packs, and Products Containing the Same; Notice of Receipt of Complaint; Solicitation of Comments Relating to the Public Interest";
const INSTITUTION = "Certain Lithium-Ion Battery Cells, Battery Packs, and Products Containing the Same; Institution of Investigation";

let feeds: FeedServer;
let staffCookie: string;
let exporterCookie: string;
let expertCookie: string;

async function call(loader: Loader, pathname: string, cookie: string, params: Record<string, string> = {}) {
  return settle(() => loader({ request: getRequest(pathname, cookie), params, context: {} }));
}

async function search(pathname: string, cookie = staffCookie, loader: Loader = staffSearch) {
  const res = await call(loader, pathname, cookie);
  expect(res.status).toBe(200);
  return (await res.json()) as import("~/domain/risk-item-views.ts").SearchView & { timeZone: string };
}

const plain = (s: string) => s.replace(/[\u0001\u0002]/g, "");
/** The document title as indexed has spaces where Han text meets ASCII; compare without them. */
const squash = (s: string) => plain(s).replace(/\s+/g, "");

beforeAll(async () => {
  feeds = await startFeedServer({ dir: path.resolve(import.meta.dirname, "../fixtures/feeds") });
  const db = await getDb();
  await ingestFixtureSources(db, feeds);
  const drained = await drainSearchOutbox(db, getSearchClient());
  expect(drained.error).toBeNull();
  expect(drained.remaining).toBe(0);

  staffCookie = (await sessionFor((await makeUser(db, { role: "staff" })).id)).cookie;
  exporterCookie = (await sessionFor((await makeUser(db, { role: "exporter" })).id)).cookie;
  expertCookie = (await sessionFor((await makeUser(db, { role: "expert" })).id)).cookie;
}, 60_000);

afterAll(async () => {
  await feeds?.close();
});

describe("the search page", () => {
  it("finds the English ITC lithium-ion notices for the Chinese query 锂电池, highlighted, with facet counts", async () => {
    const data = await search(`/staff/search?q=${encodeURIComponent("锂电池")}`);
    expect(data.unavailable).toBe(false);
    const titles = data.hits.map((h) => plain(h.title));
    expect(titles).toEqual(expect.arrayContaining([RECEIPT, INSTITUTION]));
    expect(data.total).toBe(data.hits.length);
    // The English title carries Meilisearch's highlight markers around a matched word.
    const institution = data.hits.find((h) => plain(h.title) === INSTITUTION)!;
    expect(institution.title).toMatch(/\u0001[^\u0002]+\u0002/);
    expect(institution.caseNumber).toBe("337-TA-1452");
    expect(institution.stage).toBe("instituted");
    expect(institution.jurisdiction).toBe("US");
    expect(institution.sourceName).toBe("Federal Register ITC");
    expect(institution.respondents[0]).toEqual({ name: "Shenzhen Lianxin Power Technology Co., Ltd.", location: expect.stringContaining("Shenzhen") });
    expect(institution.respondents).toHaveLength(3);
    expect(institution.respondentCount).toBe(5);
    // Facet counts describe the hits: every facet is listed, each count adds up.
    const jurisdiction = data.facets.find((f) => f.facet === "jurisdiction")!;
    const counted = Object.fromEntries(jurisdiction.values.map((v) => [v.value, v.count]));
    expect(counted.US).toBe(data.hits.filter((h) => h.jurisdiction === "US").length);
    expect(counted.US).toBeGreaterThanOrEqual(2);
    expect(data.facets.map((f) => f.facet).sort()).toEqual(["caseType", "industries", "ipTypes", "jurisdiction", "kind", "stage"]);
    const caseType = data.facets.find((f) => f.facet === "caseType")!;
    expect(caseType.values.find((v) => v.value === "us-itc-337")?.count).toBeGreaterThanOrEqual(2);
  });

  it("finds the Chinese GBK item for the English query lithium battery, filed under the case's forum (US)", async () => {
    const data = await search(`/staff/search?q=${encodeURIComponent("lithium battery")}&jurisdiction=US`);
    expect(data.hits.map((h) => squash(h.title))).toContain("美国ITC对锂离子电池发起337调查，深圳联芯动力等5家企业被列为被申请人");
    expect(data.hits.every((h) => h.jurisdiction === "US")).toBe(true);
  });

  it("narrows results with facet filters (OR within a facet, AND across facets) and keeps ticked values visible", async () => {
    const all = await search(`/staff/search?q=${encodeURIComponent("锂电池")}`);
    const us = await search(`/staff/search?q=${encodeURIComponent("锂电池")}&jurisdiction=US`);
    expect(us.total).toBeGreaterThan(0);
    expect(us.total).toBeLessThan(all.total);
    expect(us.hits.every((h) => h.jurisdiction === "US")).toBe(true);
    expect(us.facets.find((f) => f.facet === "jurisdiction")!.values.find((v) => v.value === "US")).toMatchObject({ selected: true });

    const instituted = await search(`/staff/search?q=${encodeURIComponent("锂电池")}&jurisdiction=US&stage=instituted`);
    // The Federal Register notice and the Chinese report of the same institution.
    expect(instituted.hits.map((h) => plain(h.title))).toContain(INSTITUTION);
    expect(instituted.hits.every((h) => h.stage === "instituted" && h.jurisdiction === "US")).toBe(true);

    const both = await search(`/staff/search?q=${encodeURIComponent("锂电池")}&jurisdiction=US&jurisdiction=CN`);
    expect(both.total).toBe(all.hits.filter((h) => h.jurisdiction === "US" || h.jurisdiction === "CN").length);

    // A ticked value with no hits is still offered, with its count of 0, so it can be unticked;
    // the facet's other values keep their counts (disjunctive facets), so they can be added.
    const none = await search(`/staff/search?q=${encodeURIComponent("锂电池")}&jurisdiction=JP`);
    expect(none.total).toBe(0);
    const values = none.facets.find((f) => f.facet === "jurisdiction")!.values;
    expect(values).toContainEqual({ value: "JP", count: 0, selected: true });
    const allUs = all.facets.find((f) => f.facet === "jurisdiction")!.values.find((v) => v.value === "US")!;
    expect(values).toContainEqual({ value: "US", count: allUs.count, selected: false });
    // Other facets still count only what the filters leave.
    expect(none.facets.find((f) => f.facet === "stage")?.values ?? []).toEqual([]);
  });

  it("filters by publication date range", async () => {
    // The fixtures are dated October–November 2026: pin "now" so that 30 days reach some of
    // them but not all, whatever day the suite runs on. Only Date is faked (fetch keeps its timers).
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-20T00:00:00Z"));
    try {
      const all = await search("/staff/search");
      const recent = await search("/staff/search?range=30d");
      const since = Date.now() - 30 * 86_400_000;
      expect(recent.total).toBeGreaterThan(0);
      expect(recent.total).toBeLessThan(all.total);
      expect(recent.hits.every((h) => new Date(h.publishedAt).getTime() >= since - 60_000)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it("sorts by publication date, newest first, when asked", async () => {
    // With a query this needs "sort" ahead of "words" in the index's rankingRules: in
    // Meilisearch's default order a sort only breaks ties between equally relevant hits.
    const data = await search(`/staff/search?q=${encodeURIComponent("337")}&sort=date`);
    expect(data.hits.length).toBeGreaterThan(2);
    const times = data.hits.map((h) => new Date(h.publishedAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(data.query.sort).toBe("date");
  });

  it("pages through results 20 at a time", async () => {
    const first = await search("/staff/search?sort=date");
    expect(first.total).toBeGreaterThan(20);
    expect(first.hits).toHaveLength(20);
    expect(first.pages).toBe(Math.ceil(first.total / 20));
    const second = await search("/staff/search?sort=date&page=2");
    expect(second.page).toBe(2);
    expect(second.hits).toHaveLength(first.total - 20);
    const firstIds = new Set(first.hits.map((h) => h.id));
    expect(second.hits.some((h) => firstIds.has(h.id))).toBe(false);
    // Page 2 continues the order of page 1.
    expect(new Date(second.hits[0].publishedAt).getTime()).toBeLessThanOrEqual(new Date(first.hits[19].publishedAt).getTime());
  });

  it("lets an exporter and an expert search, and answers 404 to a user without the permission", async () => {
    const exporter = await search(`/exporter/search?q=${encodeURIComponent("锂电池")}`, exporterCookie, exporterSearch);
    expect(exporter.hits.map((h) => plain(h.title))).toContain(INSTITUTION);
    const expert = await search(`/expert/search?q=${encodeURIComponent("锂电池")}`, expertCookie, expertSearch);
    expect(expert.total).toBe(exporter.total);

    // Staff lack read:risk-item:public (the exporter permission); exporters lack :any.
    expect((await call(exporterSearch, "/exporter/search", staffCookie)).status).toBe(404);
    expect((await call(staffSearch, "/staff/search", exporterCookie)).status).toBe(404);
    // Signed out: to the login page, coming back afterwards.
    const anonymous = await settle(() => staffSearch({ request: getRequest("/staff/search?q=x"), params: {}, context: {} }));
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toBe(`/login?redirectTo=${encodeURIComponent("/staff/search?q=x")}`);
  });

  it("shows a friendly message instead of failing when Meilisearch is unreachable", async () => {
    const { resetSearchClient, createSearchClient } = await import("#search/client.server.ts");
    resetSearchClient(createSearchClient({ host: "http://127.0.0.1:9", apiKey: "x", timeoutMs: 500 }));
    try {
      const data = await search(`/staff/search?q=${encodeURIComponent("锂电池")}`);
      expect(data).toMatchObject({ unavailable: true, total: 0, hits: [] });
    } finally {
      resetSearchClient();
    }
  });
});

describe("the item page", () => {
  it("shows the database record and the case timeline: receipt of complaint DN 3861 and institution 337-TA-1452 are one case", async () => {
    const db = await getDb();
    const institution = await db.riskItem.findFirstOrThrow({ where: { title: INSTITUTION } });
    const receipt = await db.riskItem.findFirstOrThrow({ where: { title: RECEIPT } });
    const res = await call(staffItem, `/staff/items/${institution.id}`, staffCookie, { id: institution.id });
    expect(res.status).toBe(200);
    const { item } = await res.json();
    expect(item).toMatchObject({
      id: institution.id,
      title: INSTITUTION,
      caseNumber: "337-TA-1452",
      caseType: "us-itc-337",
      stage: "instituted",
      jurisdiction: "US",
      sourceName: "Federal Register ITC",
      complainants: ["Ampereon Energy Systems, Inc.", "Ampereon Cell Labs LLC"],
      href: expect.stringMatching(/^https:\/\/www\.federalregister\.gov\/documents\/2026\/11\/03\/2026-23310\//),
    });
    expect(item.summary).toBe(institution.summary);
    expect(item.respondents).toHaveLength(5);
    expect(item.industries).toContain("lithium-battery");
    expect(item).not.toHaveProperty("fingerprint");

    expect(item.case.numbers).toEqual(expect.arrayContaining(["337-TA-1452", "DN 3861"]));
    const timeline = item.case.timeline as { id: string; title: string; stage: string; publishedAt: string; current: boolean }[];
    expect(timeline.map((e) => e.id)).toEqual(expect.arrayContaining([receipt.id, institution.id]));
    expect(timeline.find((e) => e.id === receipt.id)).toMatchObject({ stage: "complaint-received", current: false });
    expect(timeline.find((e) => e.id === institution.id)).toMatchObject({ current: true });
    const times = timeline.map((e) => e.publishedAt);
    expect(times).toEqual([...times].sort());

    // The receipt's page shows the same case from the other side.
    const fromReceipt = await (await call(staffItem, `/staff/items/${receipt.id}`, staffCookie, { id: receipt.id })).json();
    expect(fromReceipt.item.case.timeline.map((e: { id: string }) => e.id)).toEqual(timeline.map((e) => e.id));
  });

  it("answers 404 for an unknown id and for a user without the permission", async () => {
    expect((await call(staffItem, "/staff/items/nope", staffCookie, { id: "nope" })).status).toBe(404);
    expect((await call(exporterItem, "/exporter/items/nope", exporterCookie, { id: "nope" })).status).toBe(404);
    const db = await getDb();
    const any = await db.riskItem.findFirstOrThrow();
    expect((await call(exporterItem, `/exporter/items/${any.id}`, exporterCookie, { id: any.id })).status).toBe(200);
    expect((await call(exporterItem, `/exporter/items/${any.id}`, staffCookie, { id: any.id })).status).toBe(404);
    expect((await call(staffItem, `/staff/items/${any.id}`, exporterCookie, { id: any.id })).status).toBe(404);
  });

  it("never links a hostile item's javascript: URL and passes its text through as text", async () => {
    const db = await getDb();
    const hostile = await db.riskItem.findMany({ where: { source: { name: "Untrusted aggregator" } }, orderBy: { guid: "asc" } });
    expect(hostile).toHaveLength(2);
    const [seized, warns] = await Promise.all(
      hostile.map(async (row) => (await (await call(staffItem, `/staff/items/${row.id}`, staffCookie, { id: row.id })).json()).item),
    );
    expect(seized.href).toBe("https://aggregator.example.net/items/1");
    expect(warns.title).toBe("Patent owner warns e-commerce sellers");
    expect(warns.href).toBeNull();
    // Whatever the title holds reaches the page as the stored string; React escapes it.
    expect(seized.title).toBe(hostile[0].title);
  });
});
