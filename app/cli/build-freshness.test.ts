import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BUILD_OUTPUTS, buildOutdatedBecause } from "./build-freshness.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A project tree whose sources are dated `sourceTime` and build outputs `buildTime` (seconds). */
function project(sourceTime: number, buildTime: number) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "radar-freshness-"));
  dirs.push(root);
  const write = (file: string, at: number) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), "x");
    fs.utimesSync(path.join(root, file), at, at);
  };
  for (const f of ["app/root.tsx", "app/routes/login.tsx", "jobs/main.ts", "package.json", "public/favicon.ico"]) write(f, sourceTime);
  for (const f of [...BUILD_OUTPUTS, "public/build/entry.js"]) write(f, buildTime);
  // Folders get the sources' date too (creating files above moved them to now).
  for (const d of ["app/routes", "app", "jobs"]) fs.utimesSync(path.join(root, d), sourceTime, sourceTime);
  return { root, write };
}

describe("build freshness", () => {
  it("finds a bundle newer than every source current, and names the source that changed since", () => {
    const { root, write } = project(1_000_000, 2_000_000);
    expect(buildOutdatedBecause(root)).toBeNull();
    write("app/routes/login.tsx", 3_000_000);
    expect(buildOutdatedBecause(root)).toBe("app changed since the last build");
  });

  it("rebuilds when an output is missing, and when a source file was deleted (its folder changed)", () => {
    const { root } = project(1_000_000, 2_000_000);
    fs.rmSync(path.join(root, "app/routes/login.tsx"));
    fs.utimesSync(path.join(root, "app/routes"), 3_000_000, 3_000_000);
    expect(buildOutdatedBecause(root)).toBe("app changed since the last build");
    fs.rmSync(path.join(root, "build/proc/cli.js"));
    expect(buildOutdatedBecause(root)).toBe("build/proc/cli.js is missing");
  });

  it("does not count the build's own output in public/build as a changed source", () => {
    const { root, write } = project(1_000_000, 2_000_000);
    write("public/build/entry.js", 3_000_000);
    fs.utimesSync(path.join(root, "public"), 3_000_000, 3_000_000);
    expect(buildOutdatedBecause(root)).toBeNull();
  });
});
