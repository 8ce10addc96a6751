// Bundles the process entry points (app code only; node_modules stay external) into
// build/proc/*.js so production processes run on plain node, without a TypeScript loader
// in memory (tsx costs about 45 MB per process, measured in docs/benchmarks.md).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
await build({
  absWorkingDir: root,
  entryPoints: {
    serve: "app/cli/serve.ts",
    web: "app/cli/web.ts",
    jobs: "jobs/main.ts",
    cli: "app/cli/index.ts",
  },
  outdir: "build/proc",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  packages: "external",
  alias: { "~": "./app", "#search": "./search", "#jobs": "./jobs" },
  logLevel: "warning",
});
