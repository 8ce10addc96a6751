import { describe, expect, it } from "vitest";
import { CASE_TYPES, INDUSTRIES, IP_TYPES, STAGES } from "~/ingest/taxonomy.ts";
import { CASE_TYPE_LABELS, INDUSTRY_LABELS, IP_TYPE_LABELS, STAGE_LABELS } from "./taxonomy-labels.ts";

const labelsOf = (list: readonly { id: string; zh: string; en: string }[]) => list.map(({ id, zh, en }) => ({ id, zh, en }));

describe("taxonomy labels shipped to the browser", () => {
  it("match the taxonomy entry for entry, so a new industry, IP type, case type or stage gets its label", () => {
    expect(labelsOf(INDUSTRY_LABELS)).toEqual(labelsOf(INDUSTRIES));
    expect(labelsOf(IP_TYPE_LABELS)).toEqual(labelsOf(IP_TYPES));
    expect(labelsOf(CASE_TYPE_LABELS)).toEqual(labelsOf(CASE_TYPES));
    expect(labelsOf(STAGE_LABELS)).toEqual(labelsOf(STAGES));
  });
});
