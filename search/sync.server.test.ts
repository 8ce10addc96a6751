import type { Meilisearch } from "meilisearch";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { deleteIndexesWithPrefix, useTestMeili, workerIndexPrefix, type TestMeili } from "../tests/support/meili.ts";
import { createSearchClient, MeiliTaskError, waitForTasks } from "./client.server.ts";
import { riskItemsIndex, settings, type RiskItemDocument } from "./indexes/risk-items.ts";
import { deleteDocuments, diffSettings, ensureIndex, rebuildIndex, upsertDocuments } from "./sync.server.ts";

let meili: TestMeili;
let client: Meilisearch;
const prefix = `${workerIndexPrefix()}sync_`;
let n = 0;
const freshUid = () => `${prefix}${++n}`;

async function taskCount(uid: string) {
  return (await client.tasks.getTasks({ indexUids: [uid], limit: 1 })).total;
}

function doc(id: string, title: string): RiskItemDocument {
  return {
    id,
    sourceId: "src",
    visibleToExporters: true,
    sourceName: "Fixture",
    kind: "case",
    title,
    summary: "",
    link: null,
    publishedAt: "2026-01-01T00:00:00.000Z",
    publishedAtTs: 1767225600,
    jurisdiction: "US",
    language: "en",
    ipTypes: ["patent"],
    caseType: null,
    caseNumber: null,
    stage: null,
    caseId: null,
    complainants: [],
    respondents: [],
    respondentNames: [],
    products: [],
    htsCodes: [],
    hsHeadings: [],
    industries: [],
    identifiers: [],
  };
}

function* docs(count: number, title: (i: number) => string) {
  for (let i = 0; i < count; i++) yield doc(`d${i}`, title(i));
}

beforeAll(async () => {
  meili = await useTestMeili();
  client = createSearchClient({ host: meili.host, apiKey: meili.masterKey });
});

afterAll(async () => {
  if (client) await deleteIndexesWithPrefix(client, prefix);
  await meili?.stop();
});

describe("ensureIndex", () => {
  test("creates the index with the code's primary key and settings", async () => {
    const uid = freshUid();
    const result = await ensureIndex(client, riskItemsIndex, { uid });
    expect(result.created).toBe(true);
    expect(result.updatedSettings).toEqual(expect.arrayContaining(["searchableAttributes", "synonyms"]));
    expect((await client.getRawIndex(uid)).primaryKey).toBe("id");
    const current = await client.index(uid).getSettings();
    expect(current.searchableAttributes).toEqual(settings.searchableAttributes);
    expect(current.synonyms).toEqual(settings.synonyms);
  });

  test("is idempotent: a second call enqueues no settings task", async () => {
    const uid = freshUid();
    await ensureIndex(client, riskItemsIndex, { uid });
    const before = await taskCount(uid);
    const again = await ensureIndex(client, riskItemsIndex, { uid });
    expect(again).toEqual({ uid, created: false, updatedSettings: [], settingsTaskUid: null });
    expect(await taskCount(uid)).toBe(before);
  });

  test("re-applies only the settings that drifted on the server", async () => {
    const uid = freshUid();
    await ensureIndex(client, riskItemsIndex, { uid });
    await client.index(uid).updateFilterableAttributes(["jurisdiction"]).waitTask();
    const result = await ensureIndex(client, riskItemsIndex, { uid });
    expect(result.updatedSettings).toEqual(["filterableAttributes"]);
    expect((await client.index(uid).getFilterableAttributes())?.length).toBe(settings.filterableAttributes.length);
  });

  test("sets the primary key of an index that a document write created implicitly", async () => {
    const uid = freshUid();
    await client.createIndex(uid).waitTask();
    await ensureIndex(client, riskItemsIndex, { uid });
    expect((await client.getRawIndex(uid)).primaryKey).toBe("id");
  });
});

describe("diffSettings", () => {
  test("ignores the order of set-like lists but not of searchable attributes", () => {
    expect(diffSettings({ filterableAttributes: ["a", "b"] }, { filterableAttributes: ["b", "a"] })).toEqual([]);
    expect(diffSettings({ searchableAttributes: ["a", "b"] }, { searchableAttributes: ["b", "a"] })).toEqual(["searchableAttributes"]);
  });

  test("accepts server defaults beside the keys the code sets, but not extra synonyms", () => {
    expect(
      diffSettings(
        { typoTolerance: { enabled: true, disableOnAttributes: ["x", "y"] } },
        { typoTolerance: { enabled: true, disableOnAttributes: ["y", "x"], disableOnWords: [] } },
      ),
    ).toEqual([]);
    expect(diffSettings({ synonyms: { a: ["b"] } }, { synonyms: { a: ["b"], c: ["d"] } })).toEqual(["synonyms"]);
  });
});

describe("rebuildIndex", () => {
  test("swaps in the new documents with no moment where search misses a known document", async () => {
    const uid = freshUid();
    await ensureIndex(client, riskItemsIndex, { uid });
    await upsertDocuments(client, riskItemsIndex, [doc("known", "Zebrafish marker item"), doc("old-only", "Retired item")], { uid });

    const index = client.index(uid);
    let polls = 0;
    let misses = 0;
    let done = false;
    const poller = (async () => {
      while (!done) {
        const res = await index.search("zebrafish", { attributesToRetrieve: ["id"] });
        polls++;
        if (!res.hits.some((h) => h.id === "known")) misses++;
        await new Promise((r) => setTimeout(r, 2));
      }
    })();

    function* fresh() {
      yield doc("known", "Zebrafish marker item, rebuilt");
      yield* docs(20_000, (i) => `Rebuilt item ${i} about photovoltaic modules`);
    }
    const result = await rebuildIndex(client, riskItemsIndex, fresh(), { uid, batchSize: 2_000 });
    done = true;
    await poller;

    expect(result.documents).toBe(20_001);
    expect(polls).toBeGreaterThan(20);
    expect(misses).toBe(0);
    expect((await index.getStats()).numberOfDocuments).toBe(20_001);
    expect((await index.search("retired")).hits).toEqual([]);
    expect((await index.search("zebrafish")).hits[0]?.title).toBe("Zebrafish marker item, rebuilt");
    const leftovers = (await client.getRawIndexes({ limit: 1000 })).results.filter((i) => i.uid.startsWith(`${uid}_rebuild_`));
    expect(leftovers).toEqual([]);
  });

  test("creates the live index with its settings when none exists yet", async () => {
    const uid = freshUid();
    const result = await rebuildIndex(
      client,
      riskItemsIndex,
      docs(10, (i) => `Item ${i}`),
      { uid },
    );
    expect(result.documents).toBe(10);
    expect((await client.index(uid).getStats()).numberOfDocuments).toBe(10);
    expect((await ensureIndex(client, riskItemsIndex, { uid })).updatedSettings).toEqual([]);
  });

  test("accepts an async stream of documents", async () => {
    const uid = freshUid();
    async function* stream() {
      for (const d of docs(25, (i) => `Async item ${i}`)) yield d;
    }
    expect((await rebuildIndex(client, riskItemsIndex, stream(), { uid, batchSize: 10 })).documents).toBe(25);
    expect((await client.index(uid).getStats()).numberOfDocuments).toBe(25);
  });

  test("leaves the live index untouched and cleans up when a batch is rejected", async () => {
    const uid = freshUid();
    await rebuildIndex(
      client,
      riskItemsIndex,
      docs(3, (i) => `Live item ${i}`),
      { uid },
    );
    const bad = [...docs(5, (i) => `New item ${i}`), doc("not a valid id!", "Broken")];
    await expect(rebuildIndex(client, riskItemsIndex, bad, { uid })).rejects.toBeInstanceOf(MeiliTaskError);
    expect((await client.index(uid).getStats()).numberOfDocuments).toBe(3);
    const leftovers = (await client.getRawIndexes({ limit: 1000 })).results.filter((i) => i.uid.startsWith(`${uid}_rebuild_`));
    expect(leftovers).toEqual([]);
  });
});

describe("outbox writes", () => {
  test("upsertDocuments replaces whole documents and deleteDocuments removes them by id", async () => {
    const uid = freshUid();
    await ensureIndex(client, riskItemsIndex, { uid });
    const tasks = await upsertDocuments(client, riskItemsIndex, [...docs(2_500, (i) => `Item ${i}`)], { uid });
    expect(tasks).toHaveLength(3);
    expect(tasks.every((t) => t.status === "succeeded")).toBe(true);

    await upsertDocuments(client, riskItemsIndex, [{ ...doc("d1", "Renamed item"), jurisdiction: null }], { uid });
    const d1 = await client.index(uid).getDocument("d1");
    expect(d1.title).toBe("Renamed item");
    expect(d1.jurisdiction).toBeNull();

    await deleteDocuments(client, riskItemsIndex, ["d1", "d2", "never-existed"], { uid });
    expect((await client.index(uid).getStats()).numberOfDocuments).toBe(2_498);
  });

  test("waitForTasks reports Meilisearch's reason for a failed task", async () => {
    const uid = freshUid();
    await ensureIndex(client, riskItemsIndex, { uid });
    const task = await client.index(uid).addDocuments([{ id: "bad id!" }]);
    const error = await waitForTasks(client, [task]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MeiliTaskError);
    expect((error as MeiliTaskError).message).toMatch(/invalid_document_id|Document identifier/i);
  });
});
