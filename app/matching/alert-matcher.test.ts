import { describe, expect, it } from "vitest";
import { AlertMatcher, marketMatches, type MatchItem, type MatchSubscription } from "./alert-matcher.ts";

const sub = (over: Partial<MatchSubscription> & { id: string }): MatchSubscription => ({
  companyId: `c-${over.id}`,
  industries: [],
  keywords: [],
  hsCodes: [],
  markets: [],
  ipTypes: [],
  caseTypes: [],
  minSeverity: "low",
  ...over,
});

const item = (over: Partial<MatchItem>): MatchItem => ({
  id: "i1",
  title: "",
  summary: "",
  kind: "case",
  jurisdiction: "US",
  caseType: "us-itc-337",
  ipTypes: ["patent"],
  industries: [],
  products: [],
  htsCodes: [],
  ...over,
});

// Wording from Federal Register 337 notices and Chinese trade media.
const PV_NOTICE = item({
  title: "Certain Photovoltaic Connectors and Components Thereof; Notice of Receipt of Complaint",
  summary:
    "The complaint alleges violations of section 337 in the importation into the United States of certain photovoltaic connectors. The products are classified under HTSUS 8536.69.4040.",
  htsCodes: ["8536.69.4040"],
  industries: ["photovoltaic"],
});

const ZH_BATTERY = item({
  title: "美国ITC对锂离子电池及其组件发起337调查",
  summary: "涉及中国广东、浙江的多家储能电池企业。",
  jurisdiction: "US",
  industries: ["lithium-battery"],
});

describe("alert matching", () => {
  const cases: [string, MatchSubscription, MatchItem, string | null][] = [
    ["an English product term in a subscribed market", sub({ id: "pv", keywords: ["photovoltaic connectors"], markets: ["US"] }), PV_NOTICE, "high"],
    ["a plural in the text matches a singular term", sub({ id: "conn", keywords: ["photovoltaic connector"] }), PV_NOTICE, "high"],
    ["a Chinese term against a Chinese report", sub({ id: "zh", keywords: ["锂离子电池"], markets: ["US", "DE"] }), ZH_BATTERY, "high"],
    ["a Traditional-script term against a Simplified report", sub({ id: "tw", keywords: ["鋰離子電池"] }), ZH_BATTERY, "high"],
    ["the same 6-digit HS subheading", sub({ id: "hs6", hsCodes: ["853669"] }), PV_NOTICE, "high"],
    ["a 4-digit heading covers its subheadings", sub({ id: "hs4", hsCodes: ["8536"] }), PV_NOTICE, "high"],
    // Industry alone is too weak for an alert of its own: low (digest only) unless opted in.
    ["an industry only", sub({ id: "ind", industries: ["photovoltaic"], markets: ["US"] }), PV_NOTICE, "low"],
    [
      "an industry only, opted in to industry alerts",
      sub({ id: "ind2", industries: ["photovoltaic"], markets: ["US"], industryAlerts: true }),
      PV_NOTICE,
      "medium",
    ],
    // Near misses a careless matcher would accept:
    [
      "a word that merely starts like the term (solar ≠ solaris)",
      sub({ id: "sol", keywords: ["solaris"] }),
      item({ title: "Certain Solar Cells; Institution of Investigation" }),
      null,
    ],
    ["a different HS subheading in the same chapter", sub({ id: "hsx", hsCodes: ["853690"] }), PV_NOTICE, null],
    [
      "the right product in a market the company does not sell to",
      sub({ id: "mkt", keywords: ["photovoltaic connectors"], markets: ["DE", "JP"] }),
      PV_NOTICE,
      null,
    ],
    ["an IP-type restriction that excludes the item", sub({ id: "tm", keywords: ["photovoltaic"], ipTypes: ["trademark"] }), PV_NOTICE, null],
    ["below the subscription's minimum severity", sub({ id: "min", industries: ["photovoltaic"], minSeverity: "high" }), PV_NOTICE, null],
  ];
  it.each(cases)("%s", (_name, subscription, it_, expected) => {
    const hits = new AlertMatcher([subscription]).match(it_);
    expect(hits[0]?.severity ?? null).toBe(expected);
  });

  it("explains a match with the terms, codes and market that matched", () => {
    const [hit] = new AlertMatcher([sub({ id: "pv", keywords: ["photovoltaic connectors", "光伏连接器"], hsCodes: ["853669"], markets: ["US"] })]).match(
      PV_NOTICE,
    );
    expect(hit.reasons).toEqual([
      { kind: "keyword", subscriptionId: "pv", terms: ["photovoltaic connectors"] },
      { kind: "hs-code", subscriptionId: "pv", codes: ["853669"] },
      { kind: "market", subscriptionId: "pv", market: "US" },
    ]);
  });

  it("warns of a law change in a subscribed market at low severity, and not elsewhere", () => {
    const law = item({
      title: "EU Design Regulation amendments enter into force",
      kind: "law",
      caseType: "law-rule-change",
      jurisdiction: "EU",
      ipTypes: ["design"],
    });
    const m = new AlertMatcher([sub({ id: "de", markets: ["DE"] }), sub({ id: "us", markets: ["US"] }), sub({ id: "any" })]);
    expect(m.match(law).map((h) => [h.subscriptionId, h.severity])).toEqual([["de", "low"]]);
  });

  it("keeps the most severe subscription per company, with that subscription's reasons", () => {
    const m = new AlertMatcher([sub({ id: "a", companyId: "c", industries: ["photovoltaic"] }), sub({ id: "b", companyId: "c", keywords: ["photovoltaic"] })]);
    const best = m.matchBest(PV_NOTICE).get("c")!;
    expect(best.severity).toBe("high");
    expect(best.subscriptionId).toBe("b");
    expect(best.reasons).toEqual([{ kind: "keyword", subscriptionId: "b", terms: ["photovoltaic"] }]);
    expect(best).toEqual(m.match(PV_NOTICE).find((h) => h.subscriptionId === "b"));
  });

  it("chooses per company the first most severe hit, and a law change over an equally low industry-only digest hit", () => {
    const law = item({ title: "Photovoltaic rule change", kind: "law", caseType: "law-rule-change", jurisdiction: "US", industries: ["photovoltaic"] });
    const m = new AlertMatcher([
      sub({ id: "ind", companyId: "c", industries: ["photovoltaic"], markets: ["US"] }),
      sub({ id: "watch", companyId: "c", markets: ["US"] }),
      sub({ id: "d1", companyId: "d", industries: ["photovoltaic"] }),
      sub({ id: "d2", companyId: "d", industries: ["photovoltaic"] }),
    ]);
    const best = m.matchBest(law);
    expect(best.get("c")).toMatchObject({ subscriptionId: "watch", severity: "low", reasons: [{ kind: "law-change" }] });
    expect(best.get("c")!.digestOnly).toBeUndefined();
    expect(best.get("d")).toMatchObject({ subscriptionId: "d1", severity: "low", digestOnly: true });
  });

  it("treats EU-wide measures as reaching member-state markets and the reverse", () => {
    expect(marketMatches(["DE"], "EU")).toBe("DE");
    expect(marketMatches(["EU"], "FR")).toBe("EU");
    expect(marketMatches(["US"], "EU")).toBeNull();
  });
});
