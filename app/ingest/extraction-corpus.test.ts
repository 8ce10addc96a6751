import { describe, expect, test } from "vitest";
import { extractCaseFacts } from "./case-facts.ts";
import { EXTRACTION_CORPUS } from "./extraction-corpus/index.ts";
import { partyKey } from "./parties.ts";

const names = (list: { name: string }[] | string[]) =>
  list.map((p) => (typeof p === "string" ? p : p.name)).map(partyKey).sort();

describe("case facts on published notice texts", () => {
  test("the corpus holds at least 40 texts, each with a source", () => {
    expect(EXTRACTION_CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(EXTRACTION_CORPUS.map((c) => c.id)).size).toBe(EXTRACTION_CORPUS.length);
    for (const c of EXTRACTION_CORPUS) expect(c.source).not.toBe("");
  });

  test.each(EXTRACTION_CORPUS.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const facts = extractCaseFacts({ title: c.title, text: c.text });
    expect({
      caseType: facts.forum?.caseType ?? null,
      jurisdiction: facts.forum?.jurisdiction ?? null,
      caseNumber: facts.caseNumber,
      stage: facts.forum?.caseType === "us-itc-337" ? facts.stage : null,
      complainants: names(facts.complainants),
      respondents: names(facts.respondents),
    }).toEqual({
      ...c.expect,
      complainants: names(c.expect.complainants),
      respondents: names(c.expect.respondents),
    });
  });
});
