// Identifier search on real parts: fixture feeds ingested and indexed into the real
// Meilisearch, then searched through the staff search loader with every common written
// form of a patent, investigation, docket and tariff number.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSearchClient } from "#search/client.server.ts";
import { RISK_ITEMS_INDEX } from "~/models/risk-item.server.ts";
import { drainSearchOutbox } from "~/models/search-index.server.ts";
import { loader as staffSearch } from "~/routes/staff+/search.tsx";
import { getDb } from "~/utils/db.server.ts";
import { makeUser } from "../db-utils.ts";
import { startFeedServer, type FeedServer } from "../support/feed-server.ts";
import { ingestFixtureSources } from "../support/fixture-sources.ts";
import { getRequest, sessionFor, settle } from "../support/requests.ts";

const INSTITUTION = "Certain Lithium-Ion Battery Cells, Battery Packs, and Products Containing the Same; Institution of Investigation";
const SOLAR_HTS = "Solar cell imports: tariff classification ruling";

let feeds: FeedServer;
let cookie: string;

async function titles(q: string) {
  const res = await settle(() => staffSearch({ request: getRequest(`/staff/search?q=${encodeURIComponent(q)}`, cookie), params: {}, context: {} }));
  expect(res.status).toBe(200);
  const body = (await res.json()) as { hits: { title: string }[]; unavailable: boolean };
  expect(body.unavailable).toBe(false);
  return body.hits.map((h) => h.title.replace(/[\u0001\u0002]/g, ""));
}

beforeAll(async () => {
  feeds = await startFeedServer({ dir: path.resolve(import.meta.dirname, "../fixtures/feeds") });
  const db = await getDb();
  await ingestFixtureSources(db, feeds);
  const source = await db.source.findFirstOrThrow({ where: { name: "Trade watch" } });
  const item = await db.riskItem.create({
    data: {
      sourceId: source.id,
      guid: "hts-ruling",
      title: SOLAR_HTS,
      summary: "Classification of crystalline silicon photovoltaic cells assembled into modules.",
      publishedAt: new Date(),
      fetchedAt: new Date(),
      language: "en",
      jurisdiction: "US",
      kind: "barrier",
      caseType: "other",
      htsCodes: JSON.stringify(["8541.43.0010"]),
      fingerprint: "hts-ruling",
    },
  });
  await db.searchOutbox.create({ data: { indexName: RISK_ITEMS_INDEX, entityId: item.id, op: "upsert" } });
  expect((await drainSearchOutbox(db, getSearchClient())).error).toBeNull();
  cookie = (await sessionFor((await makeUser(db, { role: "staff" })).id)).cookie;
}, 60_000);

afterAll(async () => {
  await feeds?.close();
});

describe("identifier search", () => {
  it("finds a patent as displayed, as digits only and with thousands separators, and only its items", async () => {
    for (const q of ["US10886512", "10886512", "10,886,512", "us 10,886,512"]) {
      const found = await titles(q);
      expect(found, q).toContain(INSTITUTION);
      expect(
        found.every((t) => /Lithium-Ion Battery Cells/.test(t)),
        `${q}: ${found.join(" | ")}`,
      ).toBe(true);
    }
  });

  it("finds an investigation in any spelling and a docket number, without unrelated items", async () => {
    for (const q of ["337-TA-1452", "337TA1452", "337 ta 1452"]) expect(await titles(q), q).toContain(INSTITUTION);
    const dn = await titles("DN 3861");
    expect(dn.length).toBeGreaterThan(0);
    expect(
      dn.every((t) => /Lithium-Ion Battery Cells/.test(t)),
      dn.join(" | "),
    ).toBe(true);
    const court = await titles("1:26-cv-10452");
    expect(court.length).toBeGreaterThan(0);
    expect(
      court.every((t) => t.includes("1:26-cv-10452")),
      court.join(" | "),
    ).toBe(true);
  });

  it("finds an HTS code written with dots, as ten digits or by its six-digit heading", async () => {
    for (const q of ["8541.43.0010", "8541430010", "854143"]) {
      const found = await titles(q);
      expect(found[0], q).toBe(SOLAR_HTS);
    }
  });
});
