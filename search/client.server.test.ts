import fs from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parseEnv } from "~/utils/env.server.ts";
import { useTestMeili, workerIndexPrefix, type TestMeili } from "../tests/support/meili.ts";
import { createSearchClient, indexUid, isMeiliAvailable, resolveSearchConfig, waitForTasks } from "./client.server.ts";
import { findFreePort } from "./local-meili.ts";

let meili: TestMeili;

beforeAll(async () => {
  meili = await useTestMeili();
});

afterAll(async () => {
  await meili?.stop();
});

describe("createSearchClient", () => {
  test("asks for uncompressed replies on every request (the 40 ms gzip stall, DESIGN.md §5)", async () => {
    const seen: http.IncomingHttpHeaders[] = [];
    const server = http.createServer((req, res) => {
      seen.push(req.headers);
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ hits: [], query: "", processingTimeMs: 0, limit: 20, offset: 0, estimatedTotalHits: 0 }));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      const { port } = server.address() as import("node:net").AddressInfo;
      const client = createSearchClient({ host: `http://127.0.0.1:${port}`, apiKey: "k".repeat(16) });
      await client.index("x").search("光伏", { filter: 'jurisdiction = "US"' });
      await client.getRawIndexes();
      expect(seen).toHaveLength(2);
      for (const headers of seen) {
        expect(headers["accept-encoding"]).toBe("identity");
        expect(headers.authorization).toBe(`Bearer ${"k".repeat(16)}`);
      }
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  test("gets uncompressed JSON from a real Meilisearch", async () => {
    const res = await fetch(`${meili.host}/indexes`, {
      headers: { Authorization: `Bearer ${meili.masterKey}`, "Accept-Encoding": "identity" },
    });
    expect(res.headers.get("content-encoding")).toBeNull();
    const client = createSearchClient({ host: meili.host, apiKey: meili.masterKey });
    expect((await client.getVersion()).pkgVersion).toMatch(/^1\./);
  });
});

describe("indexUid", () => {
  test("prepends the index prefix", () => {
    expect(indexUid("risk-items", "t3_42_")).toBe("t3_42_risk-items");
    expect(indexUid("risk-items", "")).toBe("risk-items");
  });
});

describe("resolveSearchConfig", () => {
  test("uses MEILI_HOST and MEILI_MASTER_KEY when set", () => {
    const env = parseEnv({ NODE_ENV: "test", MEILI_HOST: "http://search.internal:7700", MEILI_MASTER_KEY: "0123456789abcdef" });
    expect(resolveSearchConfig(env)).toEqual({ host: "http://search.internal:7700", apiKey: "0123456789abcdef" });
  });

  test("falls back to the embedded Meilisearch on MEILI_PORT with the key stored in DATA_DIR", async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "radar-client-"));
    try {
      await fs.writeFile(path.join(dataDir, "meili-master-key"), "stored-key-0123456789\n");
      const env = parseEnv({ NODE_ENV: "test", DATA_DIR: dataDir, MEILI_PORT: "7711" });
      expect(resolveSearchConfig(env)).toEqual({ host: "http://127.0.0.1:7711", apiKey: "stored-key-0123456789" });
    } finally {
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe("isMeiliAvailable", () => {
  test("is true for a running Meilisearch", async () => {
    expect(await isMeiliAvailable(createSearchClient({ host: meili.host, apiKey: meili.masterKey }))).toBe(true);
  });

  test("is false, without throwing, when nothing listens", async () => {
    const port = await findFreePort();
    expect(await isMeiliAvailable(createSearchClient({ host: `http://127.0.0.1:${port}` }))).toBe(false);
  });
});

describe("waitForTasks", () => {
  test("waits for many tasks at once and returns them in the order given", async () => {
    const client = createSearchClient({ host: meili.host, apiKey: meili.masterKey });
    const uid = `${workerIndexPrefix()}client_wait`;
    const tasks = [];
    for (let i = 0; i < 5; i++) tasks.push(await client.index(uid).addDocuments([{ id: `d${i}` }]));
    const done = await waitForTasks(client, tasks);
    expect(done.map((t) => t.uid)).toEqual(tasks.map((t) => t.taskUid));
    expect(done.every((t) => t.status === "succeeded")).toBe(true);
    await client.deleteIndex(uid).waitTask();
  });

  test("gives up after its timeout with the pending task ids", async () => {
    const client = createSearchClient({ host: meili.host, apiKey: meili.masterKey });
    const uid = `${workerIndexPrefix()}client_timeout`;
    const docs = Array.from({ length: 20_000 }, (_, i) => ({ id: `d${i}`, text: `word${i} photovoltaic` }));
    const task = await client.index(uid).addDocuments(docs);
    await expect(waitForTasks(client, [task], { timeoutMs: 1 })).rejects.toThrow(/Timed out after 1 ms.*task/);
    await waitForTasks(client, [task]);
    await client.deleteIndex(uid).waitTask();
  });
});
