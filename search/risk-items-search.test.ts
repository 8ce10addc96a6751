// Search behaviour users rely on, against a real Meilisearch with the real settings.
import type { Index, Meilisearch } from "meilisearch";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { deleteIndexesWithPrefix, useTestMeili, workerIndexPrefix, type TestMeili } from "../tests/support/meili.ts";
import { createSearchClient } from "./client.server.ts";
import { queryRiskItemsIndex } from "./risk-items-search.server.ts";
import { SYNONYM_GROUPS, riskItemsIndex, toDocument, type RiskItemRow } from "./indexes/risk-items.ts";
import { ensureIndex, upsertDocuments } from "./sync.server.ts";

let meili: TestMeili;
let client: Meilisearch;
const prefix = `${workerIndexPrefix()}rs_`;
const uid = `${prefix}risk-items`;
/** One English and one Chinese item per synonym group, each naming one term of the group. */
const synonymsUid = `${prefix}synonyms`;

function row(id: string, fields: Partial<RiskItemRow>): RiskItemRow {
  return {
    id,
    sourceId: "src",
    sourceName: "Fixture source",
    kind: "case",
    title: "",
    summary: "",
    link: null,
    publishedAt: new Date("2026-01-01T00:00:00Z"),
    jurisdiction: null,
    language: null,
    ipTypes: "[]",
    caseType: null,
    caseNumber: null,
    stage: null,
    caseId: null,
    complainants: "[]",
    respondents: "[]",
    products: "[]",
    htsCodes: "[]",
    industries: "[]",
    ...fields,
  };
}

const ROWS: RiskItemRow[] = [
  row("en-pv", {
    title: "Certain Photovoltaic Modules and Components Thereof; Institution of Investigation",
    summary: "The U.S. International Trade Commission instituted a Section 337 investigation.",
    jurisdiction: "US",
    language: "en",
    ipTypes: '["patent"]',
    caseType: "itc-337",
    caseNumber: "337-TA-1400",
    publishedAt: new Date("2026-02-01T00:00:00Z"),
  }),
  row("zh-pv", {
    title: "欧盟海关扣押一批光伏逆变器",
    summary: "德国海关以涉嫌商标侵权为由扣留了中国企业出口的货物。",
    jurisdiction: "EU",
    language: "zh",
    ipTypes: '["trademark"]',
    caseType: "eu-customs",
    publishedAt: new Date("2026-03-01T00:00:00Z"),
  }),
  row("en-li", {
    title: "Lithium-ion battery packs: trademark complaint filed in Germany",
    summary: "A German brand owner sued several online sellers.",
    jurisdiction: "DE",
    language: "en",
    ipTypes: '["trademark"]',
    publishedAt: new Date("2026-04-01T00:00:00Z"),
  }),
  row("zh-led", {
    title: "美国法院对LED灯具卖家发出临时限制令",
    summary: "原告以外观设计专利起诉多家跨境电商店铺。",
    jurisdiction: "US",
    language: "zh",
    ipTypes: '["design"]',
    caseType: "schedule-a-tro",
    publishedAt: new Date("2026-05-01T00:00:00Z"),
  }),
  row("zh-337", {
    title: "美国国际贸易委员会对电动自行车发起337调查（337-TA-1422）",
    summary: "涉案企业需在送达后20日内应诉。",
    jurisdiction: "US",
    language: "zh",
    ipTypes: '["patent"]',
    caseType: "itc-337",
    publishedAt: new Date("2026-01-15T00:00:00Z"),
  }),
  row("en-toy", {
    title: "Copyright claims over plush toy designs",
    summary: "Artwork on packaging was copied.",
    jurisdiction: "US",
    language: "en",
    ipTypes: '["copyright"]',
    publishedAt: new Date("2026-06-01T00:00:00Z"),
  }),
];

async function ids(q: string, options: Parameters<Index["search"]>[1] = {}) {
  const res = await queryRiskItemsIndex(client, q, { attributesToRetrieve: ["id"], limit: 50, ...options }, { uid });
  return res.hits.map((h) => h.id);
}

beforeAll(async () => {
  meili = await useTestMeili();
  client = createSearchClient({ host: meili.host, apiKey: meili.masterKey });
  await ensureIndex(client, riskItemsIndex, { uid });
  await upsertDocuments(client, riskItemsIndex, ROWS.map(toDocument), { uid });

  await ensureIndex(client, riskItemsIndex, { uid: synonymsUid });
  const groupRows = SYNONYM_GROUPS.flatMap((group, i) => [
    row(`en-${i}`, { title: `Notice about ${group.find((t) => /^[\x20-\x7e]+$/.test(t))} filed` }),
    row(`zh-${i}`, { title: `关于${group.find((t) => /\p{Script=Han}/u.test(t))}的通知` }),
  ]);
  await upsertDocuments(client, riskItemsIndex, groupRows.map(toDocument), { uid: synonymsUid });
});

afterAll(async () => {
  if (client) await deleteIndexesWithPrefix(client, prefix);
  await meili?.stop();
});

describe("bilingual search", () => {
  test("the Chinese query 光伏 finds the English item about photovoltaic modules", async () => {
    expect(await ids("光伏")).toEqual(expect.arrayContaining(["en-pv", "zh-pv"]));
  });

  test("the English query solar finds the Chinese item containing 光伏", async () => {
    expect(await ids("solar")).toContain("zh-pv");
  });

  test("锂电池 finds lithium-ion battery items", async () => {
    expect(await ids("锂电池")).toContain("en-li");
  });

  test("a legal term in one language finds items written in the other", async () => {
    expect(await ids("临时限制令")).toContain("zh-led");
    expect(await ids("temporary restraining order")).toContain("zh-led");
    expect(await ids("337调查")).toEqual(expect.arrayContaining(["en-pv", "zh-337"]));
    expect(await ids("Section 337")).toEqual(expect.arrayContaining(["en-pv", "zh-337"]));
    expect(await ids("商标")).toContain("en-li");
  });
});

describe("numbers inside Chinese text", () => {
  test("an investigation number written inside a Chinese title is found", async () => {
    expect(await ids("337-TA-1422", { matchingStrategy: "all" })).toEqual(["zh-337"]);
    expect(await ids("电动自行车337调查", { matchingStrategy: "all" })).toEqual(["zh-337"]);
  });

  test("every term of every synonym group finds items in both languages", async () => {
    // Terms of more than 3 words to the segmenter work one way only (see synonymsFromGroups):
    // searching USPTO finds 美国专利商标局, not the reverse. A new long term either goes
    // here, knowingly, or gets a shorter alias in the taxonomy.
    const oneWay = new Set(["cross-border e-commerce", "美国国际贸易委员会", "美国专利商标局", "欧盟知识产权局", "世界知识产权组织"]);
    const misses: string[] = [];
    for (const [i, group] of SYNONYM_GROUPS.entries()) {
      for (const term of group) {
        if (oneWay.has(term)) continue;
        const res = await queryRiskItemsIndex(client, term, { attributesToRetrieve: ["id"], limit: 100 }, { uid: synonymsUid });
        const found = res.hits.map((h) => h.id);
        if (!found.includes(`en-${i}`) || !found.includes(`zh-${i}`)) misses.push(term);
      }
    }
    expect(misses).toEqual([]);
  });
});

describe("filters and facets", () => {
  test("filtering on jurisdiction keeps only that market's items", async () => {
    expect(await ids("光伏", { filter: 'jurisdiction = "US"' })).toEqual(["en-pv"]);
    expect(await ids("光伏", { filter: 'jurisdiction = "EU"' })).toEqual(["zh-pv"]);
  });

  test("filtering on an IP type matches items whose list contains it", async () => {
    expect((await ids("", { filter: 'ipTypes = "trademark"' })).sort()).toEqual(["en-li", "zh-pv"]);
    expect(await ids("", { filter: ['ipTypes = "trademark"', 'jurisdiction IN ["DE", "US"]'] })).toEqual(["en-li"]);
  });

  test("filtering on a publication window and sorting newest first", async () => {
    const from = Date.UTC(2026, 2, 1) / 1000;
    expect(await ids("", { filter: `publishedAtTs >= ${from}`, sort: ["publishedAtTs:desc"] })).toEqual(["en-toy", "zh-led", "en-li", "zh-pv"]);
  });

  test("facet counts are returned for jurisdiction and IP type", async () => {
    const res = await queryRiskItemsIndex(client, "", { facets: ["jurisdiction", "ipTypes"], limit: 0 }, { uid });
    expect(res.facetDistribution?.jurisdiction).toEqual({ US: 4, EU: 1, DE: 1 });
    expect(res.facetDistribution?.ipTypes?.trademark).toBe(2);
  });
});

describe("typo tolerance", () => {
  test("photovoltaik finds the photovoltaic item", async () => {
    expect(await ids("photovoltaik")).toContain("en-pv");
  });

  test("a case number one digit off finds nothing when every word must match", async () => {
    expect(await ids("337-TA-1400", { matchingStrategy: "all" })).toEqual(["en-pv"]);
    expect(await ids("337-TA-1401", { matchingStrategy: "all" })).toEqual([]);
  });

  test("matches are highlighted in the title", async () => {
    const res = await queryRiskItemsIndex(client, "photovoltaic", { attributesToHighlight: ["title"] }, { uid });
    expect(res.hits[0]?._formatted?.title).toContain("<em>Photovoltaic</em>");
  });
});
