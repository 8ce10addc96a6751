import { describe, expect, it } from "vitest";
import { CASE_TYPE_LABELS, INDUSTRY_LABELS, IP_TYPE_LABELS, STAGE_LABELS } from "~/domain/taxonomy.ts";
import { CASE_TYPES, INDUSTRIES, IP_TYPES, STAGES } from "~/ingest/taxonomy.ts";

const ids = (list: readonly { id: string }[]) => list.map((entry) => entry.id);

describe("the taxonomy's labels and its keyword lists", () => {
  it("list the same ids in the same order, so every industry, IP type, case type and stage has its label and classification order is the labels' order", () => {
    expect(ids(INDUSTRIES)).toEqual(ids(INDUSTRY_LABELS));
    expect(ids(IP_TYPES)).toEqual(ids(IP_TYPE_LABELS));
    expect(ids(CASE_TYPES)).toEqual(ids(CASE_TYPE_LABELS));
    expect(ids(STAGES)).toEqual(ids(STAGE_LABELS));
  });
});
