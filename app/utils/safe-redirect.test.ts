import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect.ts";

const HOME = "/exporter";

describe("safeRedirectPath", () => {
  it("keeps a same-site path with its query and fragment", () => {
    expect(safeRedirectPath("/exporter/search?q=solar&page=2#r", HOME)).toBe("/exporter/search?q=solar&page=2#r");
    expect(safeRedirectPath("/", HOME)).toBe("/");
  });

  it.each([
    ["tab before a second slash", "/\t/evil.example/x"],
    ["newline before a second slash", "/\n/evil.example"],
    ["carriage return", "/\r/evil.example"],
    ["protocol-relative", "//evil.example"],
    ["backslash after the slash", "/\\evil.example"],
    ["backslash later on", "/a\\b"],
    ["ideographic space U+3000", "/\u3000/evil.example"],
    ["no-break space", "/\u00a0x"],
    ["plain space", "/a b"],
    ["NUL", "/a\u0000"],
    ["DEL", "/a\u007f"],
    ["absolute URL", "https://evil.example/"],
    ["javascript: URL", "javascript:alert(1)"],
    ["relative path", "exporter"],
    ["empty", ""],
  ])("falls back for %s", (_name, value) => {
    expect(safeRedirectPath(value, HOME)).toBe(HOME);
  });

  it("falls back for values that are not strings or are absurdly long", () => {
    expect(safeRedirectPath(null, HOME)).toBe(HOME);
    expect(safeRedirectPath(undefined, HOME)).toBe(HOME);
    expect(safeRedirectPath(`/${"a".repeat(5000)}`, HOME)).toBe(HOME);
  });
});
