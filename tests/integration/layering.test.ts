// The layering rules of STYLE.md that a reviewer would otherwise check by hand.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");

/** Module specifiers a file imports at run time (`import type` is erased and allowed). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^import\s+(?!type\s)[^;]*?from\s+"([^"]+)"/gms)].map((m) => m[1]!);
}

function filesIn(dir: string, pattern: RegExp) {
  return readdirSync(join(root, dir))
    .filter((f) => pattern.test(f) && !f.includes(".test."))
    .map((f) => join(root, dir, f));
}

describe("layering", () => {
  it("keeps models free of run-time imports from UI components", () => {
    const offending = filesIn("app/models", /\.ts$/).flatMap((file) =>
      runtimeImports(file)
        .filter((s) => s.includes("/components/"))
        .map((s) => `${file}: ${s}`),
    );
    expect(offending).toEqual([]);
  });

  it("keeps the browser-bound catalogue free of the taxonomy's keyword lists", () => {
    const offending = filesIn("app/i18n/catalogue", /\.ts$/).flatMap((file) =>
      runtimeImports(file)
        .filter((s) => s.includes("ingest/"))
        .map((s) => `${file}: ${s}`),
    );
    expect(offending).toEqual([]);
  });
});
