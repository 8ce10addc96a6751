// One Prisma client per process. `file:` URLs run on SQLite through the better-sqlite3 driver
// adapter (the embedded default); `postgresql://` URLs run on PostgreSQL through the pg driver
// adapter with the client generated from the PostgreSQL variant of the schema (prisma/
// postgresql.mjs). Both clients are generated from one schema, so the models and their types
// are the same; the process sees one `Db` type either way.
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import Database from "better-sqlite3";
import pg from "pg";
import { PrismaClient } from "~/generated/prisma/client.ts";
import { PrismaClient as PgPrismaClient } from "~/generated/prisma-pg/client.ts";
import { getEnv } from "./env.server.ts";

export type Db = PrismaClient;
export type Provider = "sqlite" | "postgresql";

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export function providerOf(url: string): Provider {
  return isPostgresUrl(url) ? "postgresql" : "sqlite";
}

/** The filesystem path behind a `file:` SQLite URL. */
export function sqlitePath(url: string): string {
  return url.replace(/^file:/, "");
}

/** Connections per process to PostgreSQL (Prisma's pool; the raw pool of rawPg is separate). */
const PG_POOL_MAX = 10;

export function createAdapterFactory(url: string) {
  if (isPostgresUrl(url)) return new PrismaPg({ connectionString: url, max: PG_POOL_MAX });
  const file = sqlitePath(url);
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // busy timeout: several processes (web, scheduler, CLI) share one file.
  return new PrismaBetterSqlite3({ url: file, timeout: 5000 });
}

const urls = new WeakMap<PrismaClient, string>();
const rawHandles = new Map<string, Database.Database>();
const pgPools = new Map<string, pg.Pool>();

function urlOf(db: PrismaClient): string {
  return urls.get(db) ?? getEnv().DATABASE_URL;
}

/** Which database a client talks to. */
export function dbProvider(db: PrismaClient): Provider {
  return providerOf(urlOf(db));
}

/**
 * A `contains` filter that ignores ASCII case on both databases, as SQLite's LIKE does;
 * PostgreSQL's LIKE is case-sensitive, so there it asks for ILIKE (`mode: "insensitive"`, a
 * PostgreSQL-only option the SQLite client's types do not know, hence the cast).
 */
export function containsText(db: PrismaClient, value: string): { contains: string } {
  return (dbProvider(db) === "postgresql" ? { contains: value, mode: "insensitive" } : { contains: value }) as { contains: string };
}

/**
 * A plain better-sqlite3 connection to the same database file as a Prisma client, for the
 * few hot paths that write thousands of rows per run (feed ingestion). Prisma costs about
 * 1–2 ms per written row here through its JS query layer; prepared statements inside one
 * synchronous transaction cost microseconds (DESIGN.md §5: ~230k rows/s). On PostgreSQL the
 * same paths use rawPg.
 */
export function rawSqlite(db: PrismaClient): Database.Database {
  const url = urlOf(db);
  let handle = rawHandles.get(url);
  if (!handle || !handle.open) {
    handle = new Database(sqlitePath(url), { timeout: 5000 });
    handle.pragma("journal_mode = WAL");
    handle.pragma("synchronous = NORMAL");
    handle.pragma("foreign_keys = ON");
    rawHandles.set(url, handle);
  }
  return handle;
}

/** A plain pg pool to the same PostgreSQL database as a Prisma client (the rawSqlite of PostgreSQL). */
export function rawPg(db: PrismaClient): pg.Pool {
  const url = urlOf(db);
  let pool = pgPools.get(url);
  if (!pool) {
    pool = new pg.Pool({ connectionString: url, max: 4 });
    pgPools.set(url, pool);
  }
  return pool;
}

// Prisma's defaults (wait 2 s for a connection, abort after 5 s) expire ordinary transactions
// when the pool is busy or the machine is loaded, most of all on PostgreSQL with several
// processes; a transaction that really hangs is still cut off, later.
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 };

export async function createDb(url: string): Promise<PrismaClient> {
  if (isPostgresUrl(url)) {
    // Same models, same generated types, other provider: the cast is the one place that says so.
    const db = new PgPrismaClient({ adapter: createAdapterFactory(url) as PrismaPg, transactionOptions: TRANSACTION_OPTIONS }) as unknown as PrismaClient;
    urls.set(db, url);
    return db;
  }
  const db = new PrismaClient({ adapter: createAdapterFactory(url) as PrismaBetterSqlite3, transactionOptions: TRANSACTION_OPTIONS });
  urls.set(db, url);
  // WAL lets readers proceed while a job writes; NORMAL is durable enough with WAL
  // and measured an order of magnitude faster for batched writes (DESIGN.md §5).
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  return db;
}

let clientPromise: Promise<PrismaClient> | undefined;

/** The process-wide client. */
export function getDb(): Promise<PrismaClient> {
  clientPromise ??= createDb(getEnv().DATABASE_URL);
  return clientPromise;
}

export async function disconnectDb() {
  if (!clientPromise) return;
  const db = await clientPromise;
  clientPromise = undefined;
  await db.$disconnect();
  for (const handle of rawHandles.values()) handle.close();
  rawHandles.clear();
  await Promise.all([...pgPools.values()].map((pool) => pool.end()));
  pgPools.clear();
}

/** Liveness check: the database answers a trivial query (throws when it does not). */
export async function pingDatabase(db: PrismaClient): Promise<void> {
  await db.$queryRawUnsafe("SELECT 1");
}
