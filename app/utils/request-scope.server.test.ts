import { describe, expect, it } from "vitest";
import { memoInRequest, runInRequestScope } from "./request-scope.server.ts";

describe("request scope", () => {
  it("computes a key once per request, across awaits, and anew in the next request", async () => {
    let calls = 0;
    const lookup = () => memoInRequest("session-user:a", async () => ++calls);
    const first = await runInRequestScope(async () => {
      const [a, b] = await Promise.all([lookup(), (async () => (await Promise.resolve(), lookup()))()]);
      return [a, b, await lookup()];
    });
    expect(first).toEqual([1, 1, 1]);
    expect(await runInRequestScope(lookup)).toBe(2);
  });

  it("keeps different keys apart and computes every time outside a request", async () => {
    let calls = 0;
    await runInRequestScope(async () => {
      expect(memoInRequest("x", () => ++calls)).toBe(1);
      expect(memoInRequest("y", () => ++calls)).toBe(2);
    });
    expect(memoInRequest("x", () => ++calls)).toBe(3);
    expect(memoInRequest("x", () => ++calls)).toBe(4);
  });
});
