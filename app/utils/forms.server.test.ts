import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formId, IdParamsSchema, parseIntent, parseParams, parseSearchParams } from "./forms.server.ts";

function formOf(fields: Record<string, string>) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return form;
}

/** The Response a helper threw, or a failure when it returned. */
function thrown(fn: () => unknown): Response {
  try {
    fn();
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
  throw new Error("expected a thrown Response");
}

describe("route input helpers", () => {
  it("parseIntent returns a listed intent and the fallback when the form has none", () => {
    expect(parseIntent(formOf({ intent: "delete" }), ["add", "delete"], "add")).toBe("delete");
    expect(parseIntent(formOf({}), ["add", "delete"], "add")).toBe("add");
  });

  it("parseIntent answers 400 with a message on the intent field for an unknown or missing intent", async () => {
    const unknown = thrown(() => parseIntent(formOf({ intent: "drop-table" }), ["add", "delete"], "add"));
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).fieldErrors).toEqual({ intent: "guidance.err.unknownAction" });
    expect(thrown(() => parseIntent(formOf({}), ["submit", "publish"])).status).toBe(400);
  });

  it("parseParams passes a fitting id and answers 404 for an empty or oversized one", () => {
    expect(parseParams({ id: "ck123" }, IdParamsSchema)).toEqual({ id: "ck123" });
    expect(thrown(() => parseParams({ id: "" }, IdParamsSchema)).status).toBe(404);
    expect(thrown(() => parseParams({ id: "x".repeat(65) }, IdParamsSchema)).status).toBe(404);
    expect(thrown(() => parseParams({}, IdParamsSchema)).status).toBe(404);
  });

  it("formId reads a row id from a hidden field and answers 404 when it is missing or could not be an id", () => {
    expect(formId(formOf({ memberId: "m1" }), "memberId")).toBe("m1");
    expect(thrown(() => formId(formOf({}), "memberId")).status).toBe(404);
    expect(thrown(() => formId(formOf({ memberId: "y".repeat(65) }), "memberId")).status).toBe(404);
  });

  it("parseSearchParams takes the first value of each key and reports per-field messages", () => {
    const schema = z.object({ page: z.coerce.number().int().min(1, "form.tooSmall"), state: z.enum(["a", "b"]).optional().catch(undefined) });
    const ok = parseSearchParams(new Request("http://x/p?page=2&page=9&state=zzz"), schema);
    expect(ok).toMatchObject({ ok: true, data: { page: 2, state: undefined } });
    const bad = parseSearchParams(new Request("http://x/p?page=0"), schema);
    expect(bad).toMatchObject({ ok: false, fieldErrors: { page: "form.tooSmall" }, values: { page: "0" } });
  });
});
