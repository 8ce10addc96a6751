import { describe, expect, it, test } from "vitest";
import {
  SYNONYM_GROUPS,
  normaliseQuery,
  settings,
  synonymsFromGroups,
  toDocument,
  toSearchText,
  type RiskItemRow,
  identifierForms,
  identifierQuery,
} from "./risk-items.ts";

function row(overrides: Partial<RiskItemRow> = {}): RiskItemRow {
  return {
    id: "ri_1",
    sourceId: "src_usitc",
    sourceName: "USITC 337 notices",
    kind: "case",
    title: "Certain Photovoltaic Modules; Institution of Investigation",
    summary: "The Commission instituted an investigation.",
    link: "https://www.federalregister.gov/d/2026-01234",
    publishedAt: new Date("2026-03-04T05:06:07.890Z"),
    jurisdiction: "US",
    language: "en",
    ipTypes: '["patent"]',
    caseType: "itc-337",
    caseNumber: "337-TA-1400",
    stage: "instituted",
    caseId: "case_1",
    complainants: '["SunPower Corp."]',
    respondents: '[{"name":"Zhejiang Example Solar Co., Ltd.","location":"Hangzhou, China"},{"name":"Example Solar USA Inc.","location":null}]',
    products: '["photovoltaic modules","solar cells"]',
    htsCodes: '["8541.43.0010","8541.42.0010"]',
    industries: '["new-energy"]',
    ...overrides,
  };
}

describe("toDocument", () => {
  test("parses the JSON list columns into arrays", () => {
    const doc = toDocument(row());
    expect(doc.ipTypes).toEqual(["patent"]);
    expect(doc.complainants).toEqual(["SunPower Corp."]);
    expect(doc.products).toEqual(["photovoltaic modules", "solar cells"]);
    expect(doc.htsCodes).toEqual(["8541.43.0010", "8541.42.0010"]);
    expect(doc.industries).toEqual(["new-energy"]);
    expect(doc.respondents).toEqual([
      { name: "Zhejiang Example Solar Co., Ltd.", location: "Hangzhou, China" },
      { name: "Example Solar USA Inc.", location: null },
    ]);
  });

  test("flattens respondent names into their own searchable list", () => {
    expect(toDocument(row()).respondentNames).toEqual(["Zhejiang Example Solar Co., Ltd.", "Example Solar USA Inc."]);
  });

  test("stores the publication time as unix seconds for filtering and sorting, and as ISO text", () => {
    const doc = toDocument(row());
    expect(doc.publishedAtTs).toBe(Math.floor(Date.UTC(2026, 2, 4, 5, 6, 7) / 1000));
    expect(doc.publishedAt).toBe("2026-03-04T05:06:07.890Z");
  });

  test("derives 6-digit HS headings from tariff codes", () => {
    expect(toDocument(row()).hsHeadings).toEqual(["854143", "854142"]);
    expect(toDocument(row({ htsCodes: '["8541"]' })).hsHeadings).toEqual([]);
  });

  test("keeps scalar fields, nulls included", () => {
    const doc = toDocument(row({ link: null, jurisdiction: null, caseNumber: null }));
    expect(doc).toMatchObject({
      id: "ri_1",
      sourceId: "src_usitc",
      sourceName: "USITC 337 notices",
      kind: "case",
      link: null,
      jurisdiction: null,
      language: "en",
      caseType: "itc-337",
      caseNumber: null,
      stage: "instituted",
      caseId: "case_1",
    });
  });

  test("turns malformed or non-array JSON into empty lists instead of failing the item", () => {
    const doc = toDocument(row({ ipTypes: "not json", products: '{"a":1}', complainants: "", respondents: "null", htsCodes: "[1, null, ' ']" }));
    expect(doc.ipTypes).toEqual([]);
    expect(doc.products).toEqual([]);
    expect(doc.complainants).toEqual([]);
    expect(doc.respondents).toEqual([]);
    expect(doc.respondentNames).toEqual([]);
    expect(doc.htsCodes).toEqual([]);
  });

  test("accepts respondents given as plain names and drops blank or duplicate values", () => {
    const doc = toDocument(row({ respondents: '["Acme Ltd.", {"name": "  "}, {"name":"Acme Ltd.","location":"Ningbo"}]', products: '["led", "led", " "]' }));
    expect(doc.respondents).toEqual([
      { name: "Acme Ltd.", location: null },
      { name: "Acme Ltd.", location: "Ningbo" },
    ]);
    expect(doc.respondentNames).toEqual(["Acme Ltd."]);
    expect(doc.products).toEqual(["led"]);
  });

  test("is pure: the same row gives an equal document", () => {
    expect(toDocument(row())).toEqual(toDocument(row()));
  });
});

describe("synonymsFromGroups", () => {
  test("spaces terms like the documents so Han-digit terms stay within 3 words", () => {
    expect(synonymsFromGroups([["337调查", "Section 337"]])).toEqual({
      "337 调查": ["section 337"],
      "section 337": ["337 调查"],
    });
  });

  test("maps every term of a group to all the others, lower-cased", () => {
    expect(synonymsFromGroups([["光伏", "Photovoltaic", "Solar"]])).toEqual({
      photovoltaic: ["solar", "光伏"],
      solar: ["photovoltaic", "光伏"],
      光伏: ["photovoltaic", "solar"],
    });
  });

  test("merges the groups a term belongs to and ignores duplicates and blanks", () => {
    const map = synonymsFromGroups([
      ["专利", "patent", "Patent", " "],
      ["patent", "patents"],
    ]);
    expect(map.patent).toEqual(["patents", "专利"]);
    expect(map["专利"]).toEqual(["patent"]);
    expect(map.patents).toEqual(["patent"]);
  });

  test("leaves out single-term groups", () => {
    expect(synonymsFromGroups([["only"]])).toEqual({});
  });
});

describe("risk-items settings", () => {
  test("rank title first and disable typos on identifiers", () => {
    expect(settings.searchableAttributes.slice(0, 6)).toEqual(["title", "caseNumber", "respondentNames", "complainants", "products", "summary"]);
    expect(settings.typoTolerance.disableOnAttributes).toEqual(["caseNumber", "htsCodes"]);
  });

  test("carry bilingual synonyms and no per-query dictionary", () => {
    expect(settings.synonyms["光伏"]).toContain("photovoltaic");
    expect(settings.synonyms["337 调查"]).toContain("section 337");
    expect(settings).not.toHaveProperty("dictionary");
    expect(SYNONYM_GROUPS.length).toBeGreaterThan(10);
  });
});

describe("toSearchText", () => {
  test("puts a space where Han text meets ASCII letters or digits", () => {
    expect(toSearchText("美国对光伏组件发起337调查")).toBe("美国对光伏组件发起 337 调查");
    expect(toSearchText("美国国际贸易委员会337-TA-1400号调查")).toBe("美国国际贸易委员会 337-TA-1400 号调查");
    expect(toSearchText("海关扣押LED灯具")).toBe("海关扣押 LED 灯具");
    expect(toSearchText("a中b")).toBe("a 中 b");
  });

  test("leaves text without such a boundary unchanged", () => {
    for (const text of ["Certain Photovoltaic Modules", "光伏组件", "337 调查", "光伏、LED", ""]) {
      expect(toSearchText(text)).toBe(text);
    }
  });

  test("is applied to searchable fields but not to the published respondent names", () => {
    const doc = toDocument(row({ title: "发起337调查", products: '["LED灯具"]', respondents: '[{"name":"深圳ABC科技有限公司","location":null}]' }));
    expect(doc.title).toBe("发起 337 调查");
    expect(doc.products).toEqual(["LED 灯具"]);
    expect(doc.respondentNames).toEqual(["深圳 ABC 科技有限公司"]);
    expect(doc.respondents[0]?.name).toBe("深圳ABC科技有限公司");
  });

  test("normaliseQuery spaces and trims user input the same way", () => {
    expect(normaliseQuery("  337调查 ")).toBe("337 调查");
  });
});

describe("identifier forms", () => {
  it("indexes a patent, a docket, a 337 number and an HTS code under every common written form", () => {
    expect(identifierForms("US10886512", "patent")).toEqual(["US10886512", "10886512"]);
    expect(identifierForms("USD912345", "patent")).toEqual(["USD912345", "D912345"]);
    expect(identifierForms("1:26-cv-10452", "case")).toEqual(["126CV10452", "26CV10452"]);
    expect(identifierForms("337-TA-1452", "case")).toEqual(["337TA1452"]);
    expect(identifierForms("DN 3861", "case")).toEqual(["DN3861"]);
    expect(identifierForms("8541.43.0010", "hts")).toEqual(["8541430010", "854143", "85414300"]);
  });

  it("recognises identifier-shaped queries and leaves ordinary ones to full text", () => {
    expect(identifierQuery("10,886,512")).toEqual(["10886512"]);
    expect(identifierQuery("US 10,886,512")).toEqual(["US10886512", "10886512"]);
    expect(identifierQuery("337-TA-1452")).toEqual(["337TA1452"]);
    expect(identifierQuery("lithium 2024")).toBeNull();
    expect(identifierQuery("锂电池 337")).toBeNull();
    expect(identifierQuery("LED")).toBeNull();
  });
});
