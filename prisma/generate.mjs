// `prisma generate` offline: the CLI insists on locating a native schema engine even
// though generate never runs it, so point it at an existing file (DESIGN.md §4).
// Two clients: app/generated/prisma (SQLite, the schema as written) and app/generated/prisma-pg
// (PostgreSQL, the variant derived by prisma/postgresql.mjs).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { writePostgresSchema } from "./postgresql.mjs";

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? fileURLToPath(import.meta.url),
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
  PRISMA_GENERATE_SKIP_AUTOINSTALL: "1",
};
for (const schema of ["prisma/schema.prisma", writePostgresSchema()]) {
  const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate", "--schema", schema], {
    env,
    stdio: "inherit",
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
