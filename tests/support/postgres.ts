// The PostgreSQL side of the test suite. `.ci/test-postgres` starts a throwaway cluster
// (.ci/postgres) and runs the integration and browser suites with TEST_PG_ADMIN_URL set; the
// global setup then migrates a template database once and every test file gets its own copy
// (CREATE DATABASE … TEMPLATE), as it gets its own copy of the SQLite template otherwise.
import crypto from "node:crypto";
import pg from "pg";

/** The admin URL of the test cluster when the suite runs on PostgreSQL. */
export function pgAdminUrl(): string | undefined {
  return process.env.TEST_PG_ADMIN_URL || undefined;
}

/** True while the suite runs on PostgreSQL (for the few tests that are SQLite-only). */
export const onPostgres = Boolean(process.env.TEST_PG_ADMIN_URL);

/** The URL of database `name` on the cluster of `adminUrl`. */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates a fresh database (a copy of `template` when given) and returns its URL. */
export async function createPgDatabase(adminUrl: string, opts: { prefix?: string; template?: string } = {}): Promise<string> {
  const name = `${opts.prefix ?? "t"}_${crypto.randomBytes(5).toString("hex")}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"${opts.template ? ` TEMPLATE "${opts.template}"` : ""}`);
  } finally {
    await client.end();
  }
  return databaseUrl(adminUrl, name);
}

/** The database name of a PostgreSQL URL. */
export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}
