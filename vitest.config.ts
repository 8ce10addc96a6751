import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    alias: { "~": r("./app"), "#search": r("./search"), "#jobs": r("./jobs") },
  },
  test: {
    include: ["{app,jobs,search,tests}/**/*.test.ts"],
    globalSetup: ["./tests/setup/global-setup.ts"],
    setupFiles: ["./tests/setup/setup-worker.ts"],
    pool: "forks",
    reporters: ["default", "./tests/setup/summary-reporter.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: true,
  },
});
