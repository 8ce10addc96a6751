// Prisma 7 CLI configuration. Only `prisma generate` is used from the CLI (it needs no
// engine); migrations run through our WebAssembly-engine tool (app/utils/migrate.server.ts).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/radar.db" },
});
