// Infrastructure knows no domain (STYLE.md): nothing in app/utils imports app/models. The
// login flow once did (auth.server.ts → audit.server.ts); it now lives in models/login.server.ts.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

describe("app/utils layering", () => {
  it("has no module that imports app/models", () => {
    const dir = import.meta.dirname;
    const offenders = fs
      .readdirSync(dir)
      .filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".test.ts"))
      .filter((f) => /from\s+["'](~\/models\/|\.\.\/models\/)/.test(fs.readFileSync(path.join(dir, f), "utf8")));
    expect(offenders).toEqual([]);
  });
});
