// One Prisma client per process, on the better-sqlite3 driver adapter (Rust-free client).
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { PrismaClient } from "~/generated/prisma/client.ts";
import { getEnv } from "./env.server.ts";

export type Db = PrismaClient;

/** The filesystem path behind a `file:` SQLite URL. */
export function sqlitePath(url: string): string {
  return url.replace(/^file:/, "");
}

export function createAdapterFactory(url: string) {
  const file = sqlitePath(url);
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // busy timeout: several processes (web, scheduler, CLI) share one file.
  return new PrismaBetterSqlite3({ url: file, timeout: 5000 });
}

const urls = new WeakMap<PrismaClient, string>();
const rawHandles = new Map<string, Database.Database>();

/**
 * A plain better-sqlite3 connection to the same database file as a Prisma client, for the
 * few hot paths that write thousands of rows per run (feed ingestion). Prisma costs about
 * 1–2 ms per written row here through its JS query layer; prepared statements inside one
 * synchronous transaction cost microseconds (DESIGN.md §5: ~230k rows/s). SQLite-specific:
 * a PostgreSQL deployment would give these paths a pg implementation.
 */
export function rawSqlite(db: PrismaClient): Database.Database {
  const url = urls.get(db) ?? getEnv().DATABASE_URL;
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

export async function createDb(url: string): Promise<PrismaClient> {
  const db = new PrismaClient({ adapter: createAdapterFactory(url) });
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
}
