import { describe, expect, test } from "vitest";
import { searchQueryFromParams } from "./search.server.ts";

describe("searchQueryFromParams", () => {
  test("an invalid parameter falls back to its default and keeps the search text and the valid filters", () => {
    const query = searchQueryFromParams(new URLSearchParams("q=337 调查&range=2w&sort=oldest&page=-3&jurisdiction=US&kind=case"));
    expect(query).toMatchObject({ q: "337 调查", range: "", sort: "relevance", page: 1, jurisdiction: ["US"], kind: ["case"] });
  });

  test("one over-long facet value is dropped, the other values of that facet are kept", () => {
    const query = searchQueryFromParams(new URLSearchParams(`q=patent&jurisdiction=${"X".repeat(40)}&jurisdiction=EU&page=2`));
    expect(query).toMatchObject({ q: "patent", jurisdiction: ["EU"], page: 2 });
  });

  test("valid parameters are read as before", () => {
    const query = searchQueryFromParams(new URLSearchParams("q=  trademark &range=30d&sort=date&page=3&stage=filed&stage=ruled"));
    expect(query).toMatchObject({ q: "trademark", range: "30d", sort: "date", page: 3, stage: ["filed", "ruled"], ipTypes: [] });
  });
});
