// Whether the bundled build (build/index.js, build/proc/*.js, public/build) is older than any
// file it is built from. `npm start` skips the build when it is current (issue 17: a warm
// restart spent most of its time rebuilding an unchanged app).
import fs from "node:fs";
import path from "node:path";

/** Folders and files the build reads (besides node_modules, judged by the lock file). */
const SOURCES = ["app", "jobs", "search", "public", "remix.config.js", "tsconfig.json", "package.json", "package-lock.json"];
/** Build outputs, all of which must exist. */
export const BUILD_OUTPUTS = ["build/index.js", "build/proc/serve.js", "build/proc/web.js", "build/proc/jobs.js", "build/proc/cli.js"];
const SKIPPED_FOLDERS = new Set(["node_modules", ".cache"]);

function newestMtime(file: string, skip: string, publicFolder: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  // A deleted or renamed file changes its folder's mtime; public/ itself changes when the
  // build recreates public/build, so only its contents count.
  let newest = file === publicFolder ? 0 : stat.mtimeMs;
  for (const entry of fs.readdirSync(file, { withFileTypes: true })) {
    const child = path.join(file, entry.name);
    if (child === skip || SKIPPED_FOLDERS.has(entry.name)) continue;
    newest = Math.max(newest, newestMtime(child, skip, publicFolder));
  }
  return newest;
}

/** Why the build must run, or null when every output is newer than every source. */
export function buildOutdatedBecause(root: string): string | null {
  let oldestOutput = Infinity;
  for (const output of BUILD_OUTPUTS) {
    const file = path.join(root, output);
    if (!fs.existsSync(file)) return `${output} is missing`;
    oldestOutput = Math.min(oldestOutput, fs.statSync(file).mtimeMs);
  }
  const publicBuild = path.join(root, "public/build");
  for (const source of SOURCES) {
    if (newestMtime(path.join(root, source), publicBuild, path.join(root, "public")) > oldestOutput) return `${source} changed since the last build`;
  }
  return null;
}
