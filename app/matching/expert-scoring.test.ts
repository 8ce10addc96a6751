import { describe, expect, it } from "vitest";
import { normaliseName, rankExperts, sameName, scoreExpert, type MatchExpert, type MatchRequest } from "./expert-scoring.ts";

const NOW = new Date("2026-06-15T04:00:00Z");
const request: MatchRequest = {
  ipTypes: ["patent"],
  jurisdiction: "US",
  industries: ["photovoltaic"],
  languages: ["zh", "en"],
  opposingParty: "Acme Solar Inc.",
  opposingCounsel: "Smith & Jones LLP",
  coRespondents: ["Rival Energy Co., Ltd.", "示例光能科技有限公司"],
  requesterNames: ["示例光能科技有限公司"],
};
function expert(over: Partial<MatchExpert>): MatchExpert {
  return {
    id: over.name ?? "x",
    name: "x",
    organisation: null,
    active: true,
    ipTypes: ["patent"],
    jurisdictions: ["US"],
    industries: ["photovoltaic"],
    languages: ["zh", "en"],
    capacity: 4,
    openAssignments: 0,
    unavailable: [],
    conflictCompanies: [],
    conflictFirms: [],
    ratings: [],
    lastAssignedAt: null,
    ...over,
  };
}

describe("name normalisation", () => {
  it("ignores case, full-width forms, punctuation and legal suffixes", () => {
    expect(normaliseName("ＡＣＭＥ Solar, Inc.")).toBe("acmesolar");
    expect(sameName("Acme Solar Inc.", "acme solar")).toBe(true);
    expect(sameName("Smith & Jones LLP", "SMITH & JONES")).toBe(true);
    expect(sameName("Rival Energy Co., Ltd.", "Rival Energy Company Limited")).toBe(true);
    expect(sameName("示例光能科技有限公司", "示例光能科技")).toBe(true);
    expect(sameName("Bancorp", "Ban")).toBe(false);
    expect(sameName("Acme Solar", "Acme Solaris")).toBe(false);
  });
});

describe("expert scoring", () => {
  it("ranks by the sum of explained criteria, a full match scoring 100", () => {
    const full = scoreExpert(request, expert({ name: "full", ratings: [5] }), NOW);
    expect(full.score).toBe(100);
    expect(full.breakdown.map((p) => p.criterion)).toEqual(["ipType", "jurisdiction", "industry", "language", "capacity", "rating", "recency"]);
    const { ranked } = rankExperts(
      request,
      [expert({ name: "tm", ipTypes: ["trademark"] }), expert({ name: "full" }), expert({ name: "busy", openAssignments: 3 })],
      NOW,
    );
    expect(ranked.map((r) => r.name)).toEqual(["full", "busy", "tm"]);
    const busy = ranked.find((r) => r.name === "busy")!;
    expect(busy.breakdown.find((p) => p.criterion === "capacity")).toMatchObject({ points: 2.5, detail: ["1/4"] });
  });

  it("gives full IP-type points for the dispute's main IP type and half for a secondary one", () => {
    const multi = { ...request, ipTypes: ["patent", "trade-secret"] };
    const ip = (types: string[]) => scoreExpert(multi, expert({ ipTypes: types }), NOW).breakdown[0].points;
    expect([ip(["patent"]), ip(["trade-secret"]), ip(["copyright"])]).toEqual([25, 12.5, 0]);
  });

  it("prefers better-rated and longer-idle experts", () => {
    const good = scoreExpert(request, expert({ ratings: [5, 5] }), NOW).score;
    const poor = scoreExpert(request, expert({ ratings: [1, 2] }), NOW).score;
    const recent = scoreExpert(request, expert({ lastAssignedAt: new Date(NOW.getTime() - 86_400_000) }), NOW);
    expect(good).toBeGreaterThan(poor);
    expect(recent.breakdown.find((p) => p.criterion === "recency")!.points).toBeLessThan(1);
  });

  it("excludes with reasons: full capacity, an unavailability window today, inactive", () => {
    const { ranked, excluded } = rankExperts(
      request,
      [
        expert({ name: "full", openAssignments: 4 }),
        expert({
          name: "away",
          unavailable: [{ from: "2026-06-10", to: "2026-06-15" }],
        }),
        expert({
          name: "later",
          unavailable: [{ from: "2026-06-16", to: "2026-07-01" }],
        }),
        expert({ name: "off", active: false }),
      ],
      NOW,
    );
    expect(ranked.map((r) => r.name)).toEqual(["later"]);
    expect(Object.fromEntries(excluded.map((r) => [r.name, r.excluded.map((x) => x.kind)]))).toEqual({
      full: ["no-capacity"],
      away: ["unavailable"],
      off: ["inactive"],
    });
  });

  it("excludes conflicts via the opposing party, its counsel, a competing co-respondent and the expert's own organisation", () => {
    const reasons = (e: Partial<MatchExpert>) => scoreExpert(request, expert(e), NOW).excluded;
    expect(reasons({ conflictCompanies: ["ACME SOLAR"] })).toEqual([
      {
        kind: "conflict",
        role: "opposing-party",
        name: "Acme Solar Inc.",
        declared: "ACME SOLAR",
      },
    ]);
    expect(reasons({ conflictFirms: ["Smith & Jones"] })[0]).toMatchObject({
      role: "opposing-counsel",
    });
    expect(reasons({ conflictCompanies: ["rival energy company limited"] })[0]).toMatchObject({ role: "co-respondent", name: "Rival Energy Co., Ltd." });
    expect(reasons({ organisation: "Smith & Jones L.L.P." })[0]).toMatchObject({
      role: "organisation",
    });
    // The requester named among the respondents is not a conflict against itself.
    expect(reasons({ conflictCompanies: ["示例光能科技"] })).toEqual([]);
  });
});
