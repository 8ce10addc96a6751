import { describe, expect, test } from "vitest";
import { classify, stageFromTitle } from "./classify.server.ts";
import { INDUSTRY_LABELS } from "~/domain/taxonomy.ts";
import { INDUSTRIES, SEARCH_SYNONYM_GROUPS } from "./taxonomy.ts";

const news = (title: string, summary = "", jurisdiction = "US") => classify({ title, summary, sourceKind: "news", jurisdiction });

describe("classify", () => {
  test("an English ITC 337 title about lithium-ion batteries is a patent 337 case in lithium batteries", () => {
    expect(
      news(
        "Certain Lithium-Ion Battery Cells and Products Containing the Same; Institution of Investigation",
        "by reason of infringement of certain claims of U.S. Patent No. 10,886,512 under section 337",
      ),
    ).toEqual({
      industries: ["lithium-battery"],
      ipTypes: ["patent"],
      caseType: "us-itc-337",
      products: ["lithium-ion battery", "battery cell"],
    });
  });

  test("a Chinese 337 headline is classified from Chinese keywords", () => {
    expect(news("美国ITC对中国光伏组件发起337调查，涉及逆变器专利")).toEqual({
      industries: ["photovoltaic"],
      ipTypes: ["patent"],
      caseType: "us-itc-337",
      products: ["光伏组件", "逆变器"],
    });
  });

  test("Traditional Chinese text matches the Simplified taxonomy", () => {
    expect(news("臺灣光電廠商遭美國337調查 涉及太陽能模組專利")).toMatchObject({
      industries: ["photovoltaic"],
      ipTypes: ["patent"],
      caseType: "us-itc-337",
      products: ["太阳能模组"],
    });
  });

  test("Schedule A filings against toy sellers are Schedule A / TRO cases in toys and e-commerce", () => {
    expect(news("Schedule A complaint seeks TRO against plush toy storefronts on Amazon")).toEqual({
      industries: ["toys", "ecommerce-goods"],
      ipTypes: [],
      caseType: "schedule-a-tro",
      products: ["plush toy"],
    });
  });

  test("trademark squatting (抢注) is a trademark opposition case", () => {
    expect(news("中国家具品牌在墨西哥遭恶意抢注", "", "MX")).toMatchObject({
      industries: ["furniture"],
      ipTypes: ["trademark"],
      caseType: "trademark-opposition",
    });
  });

  test("an EU customs detention of counterfeit power banks is an EU customs case in lithium batteries", () => {
    expect(news("Rotterdam customs detention of counterfeit power banks", "", "EU")).toMatchObject({
      industries: ["lithium-battery"],
      ipTypes: ["trademark"],
      caseType: "eu-customs-detention",
      products: ["power bank"],
    });
  });

  test("a trade-fair injunction against LED lighting exhibitors is a trade-fair injunction", () => {
    expect(news("德国展会禁令：两家中国LED照明企业遭临时禁令", "", "DE")).toMatchObject({
      industries: ["led-lighting"],
      caseType: "trade-fair-injunction",
    });
  });

  test("generic litigation words mean a district court case only in the US", () => {
    expect(news("Drone maker sued for infringement of patents").caseType).toBe("us-district-court");
    expect(news("Drone maker sued for infringement of patents", "", "DE").caseType).toBe("other");
  });

  test("every item of a law-and-rule source is a law or rule change", () => {
    expect(classify({ title: "ITC amends Section 337 rules", sourceKind: "law", jurisdiction: "US" }).caseType).toBe("law-rule-change");
  });

  test("a rule change in a news feed is recognised by its wording", () => {
    expect(news("USPTO final rule raises design patent fees").caseType).toBe("law-rule-change");
  });

  test("the USPTO's name alone does not make an item about trademarks", () => {
    expect(news("United States Patent and Trademark Office publishes design patent fee rule").ipTypes).toEqual(["patent", "design"]);
  });

  test("English keywords match whole words only, with plurals, and acronyms only in capitals", () => {
    expect(news("Toyota led the market in solar panels").industries).toEqual(["photovoltaic"]);
    expect(news("A new LED bulb design").industries).toEqual(["led-lighting"]);
    expect(news("Applesauce and toys").industries).toEqual(["toys"]);
    expect(news("Batteryless sensor").industries).toEqual([]);
  });

  test("HTS codes place an item in the industry of their heading", () => {
    expect(classify({ title: "Notice", sourceKind: "case", jurisdiction: "US", htsCodes: ["8507.60.0020", "9503.00.0073"] }).industries).toEqual([
      "lithium-battery",
      "toys",
    ]);
  });

  test("an unrelated title gets no industry, no IP type and case type other", () => {
    expect(news("Quarterly meeting schedule published")).toEqual({
      industries: [],
      ipTypes: [],
      caseType: "other",
      products: [],
    });
  });
});

describe("stageFromTitle", () => {
  test.each([
    ["Certain X; Notice of Receipt of Complaint; Solicitation of Comments Relating to the Public Interest", "complaint-received"],
    ["Certain X; Institution of Investigation", "instituted"],
    ["Certain X; Notice of a Commission Determination Not To Review an Initial Determination", "initial-determination"],
    ["Certain X; Final Determination; Issuance of a Limited Exclusion Order", "exclusion-order"],
    ["美国ITC发布普遍排除令", "exclusion-order"],
    ["ITC作出终裁", "final-determination"],
    ["Certain X; Schedule for Filing Written Submissions", null],
  ])("%j → %s", (title, stage) => {
    expect(stageFromTitle(title)).toBe(stage);
  });
});

describe("taxonomy", () => {
  test("covers the required industries with Chinese and English names", () => {
    expect(INDUSTRIES.map((i) => i.id)).toEqual([
      "photovoltaic",
      "lithium-battery",
      "led-lighting",
      "consumer-electronics",
      "home-appliances",
      "furniture",
      "textiles-apparel",
      "toys",
      "auto-parts",
      "machinery",
      "medical-devices",
      "semiconductors",
      "ecommerce-goods",
    ]);
    for (const industry of INDUSTRY_LABELS) {
      expect(industry.zh).toMatch(/\p{Script=Han}/u);
      expect(industry.en).toMatch(/^[A-Z]/);
    }
  });

  test("search synonym groups pair Chinese and English terms", () => {
    expect(SEARCH_SYNONYM_GROUPS).toContainEqual(["光伏", "photovoltaic", "solar", "太阳能"]);
    expect(SEARCH_SYNONYM_GROUPS).toContainEqual(["337调查", "337 investigation", "section 337", "337条款"]);
    for (const group of SEARCH_SYNONYM_GROUPS) {
      expect(group.length).toBeGreaterThanOrEqual(2);
      expect(group.some((t) => /\p{Script=Han}/u.test(t))).toBe(true);
      expect(group.some((t) => /[A-Za-z]/.test(t))).toBe(true);
    }
  });
});
