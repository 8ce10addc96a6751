import { describe, expect, it } from "vitest";
import { throttleDelaySeconds } from "./login.server.ts";

describe("throttleDelaySeconds", () => {
  it("lets the free attempts through, then doubles the wait from 30 s up to the cap", () => {
    expect(throttleDelaySeconds(0, 5, 900)).toBe(0);
    expect(throttleDelaySeconds(4, 5, 900)).toBe(0);
    expect(throttleDelaySeconds(5, 5, 900)).toBe(30);
    expect(throttleDelaySeconds(6, 5, 900)).toBe(60);
    expect(throttleDelaySeconds(8, 5, 900)).toBe(240);
    expect(throttleDelaySeconds(50, 5, 900)).toBe(900);
  });
});
