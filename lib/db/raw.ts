// Raw driver access for the answer hot path: a write transaction and link reads that skip the
// ORM. Through Prisma every statement is compiled by its query compiler and prepared again by the
// adapter; here a statement is prepared once per connection (better-sqlite3 statements kept by
// SQL text; named statements on PostgreSQL) and parameters go straight to the driver.
// Same connections as Prisma: on SQLite its one connection, taken under the adapter's own
// transaction lock, so a raw write transaction and a Prisma one never overlap; on PostgreSQL a
// connection from its pool. Values are written exactly as the adapters write them (dates in UTC),
// so rows read back through Prisma unchanged.
import { createHash } from "node:crypto";
import type { Database } from "better-sqlite3";
import type { PoolClient, QueryConfig } from "pg";
import { getDriver } from "../db";
import { sqliteStatement } from "./sqlite-driver";

/** What a write needs of a transaction: raw statements with "?" placeholders already fitted to the provider. */
export type SqlTx = {
  $executeRawUnsafe(sql: string, ...values: unknown[]): Promise<number>;
  $queryRawUnsafe<T = unknown>(sql: string, ...values: unknown[]): Promise<T>;
};

/** Dates as Prisma's SQLite adapter writes them (ISO 8601, "+00:00"), booleans as 0/1. */
export function sqliteValue(v: unknown): unknown {
  if (v instanceof Date) return `${v.toISOString().slice(0, -1)}+00:00`;
  if (typeof v === "boolean") return v ? 1 : 0;
  return v ?? null;
}

/** Dates as Prisma's PostgreSQL adapter writes them into timestamp(3): UTC, without a zone. */
function pgValue(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString().replace("T", " ").replace("Z", "");
  return v ?? null;
}

const MAX_STATEMENTS = 2000;

function sqliteTx(conn: Database): SqlTx {
  return {
    // One array of values, not spread arguments: a group's statements carry hundreds.
    $executeRawUnsafe: async (sql, ...values) => sqliteStatement(conn, sql).run(values.map(sqliteValue)).changes,
    $queryRawUnsafe: async <T>(sql: string, ...values: unknown[]) =>
      sqliteStatement(conn, sql).all(values.map(sqliteValue)) as T,
  };
}

const pgNames = new Map<string, string>();
/** One name per statement text: PostgreSQL parses and plans it once per connection. */
function pgName(sql: string): string {
  let name = pgNames.get(sql);
  if (!name) {
    if (pgNames.size >= MAX_STATEMENTS) pgNames.clear();
    pgNames.set(sql, (name = `e_${createHash("sha1").update(sql).digest("base64url")}`));
  }
  return name;
}

const TIMESTAMP_OID = 1114;
let pgDefaults: typeof import("pg").types | undefined;
/** timestamp(3) holds UTC (as the adapter writes it); pg alone would read it as local time. */
const pgTypes = {
  getTypeParser: (oid: number, format?: string) => {
    if (oid === TIMESTAMP_OID) return (text: string) => new Date(`${text.replace(" ", "T")}Z`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- pg is loaded only on PostgreSQL
    pgDefaults ??= (require("pg") as typeof import("pg")).types;
    return pgDefaults.getTypeParser(oid, format as "text");
  },
} as QueryConfig["types"];

function pgQuery(sql: string, values: unknown[]): QueryConfig {
  return { name: pgName(sql), text: sql, values: values.map(pgValue), types: pgTypes };
}

function pgTx(client: PoolClient): SqlTx {
  return {
    $executeRawUnsafe: async (sql, ...values) => (await client.query(pgQuery(sql, values))).rowCount ?? 0,
    $queryRawUnsafe: async <T>(sql: string, ...values: unknown[]) =>
      (await client.query(pgQuery(sql, values))).rows as T,
  };
}

/**
 * Runs fn in one write transaction on the raw driver: committed when fn resolves, rolled back
 * when it throws (the error is rethrown as the driver raised it).
 */
export async function rawTransaction<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T> {
  const driver = await getDriver();
  if (driver.provider === "sqlite") {
    const { adapter } = driver;
    const lock = await adapter.startTransaction();
    const conn = adapter.client;
    try {
      // Take the write lock now (the adapter BEGINs deferred). Another connection may write the
      // same file (the webhook sender's thread, another process): a deferred transaction that
      // read first would fail with SQLITE_BUSY on its first write if that connection committed
      // meanwhile, while BEGIN IMMEDIATE waits for its lock (the connection's busy timeout).
      sqliteStatement(conn, "ROLLBACK").run();
      sqliteStatement(conn, "BEGIN IMMEDIATE").run();
      const out = await fn(sqliteTx(conn));
      sqliteStatement(conn, "COMMIT").run();
      await lock.commit();
      return out;
    } catch (error) {
      if (conn.inTransaction) conn.exec("ROLLBACK");
      await lock.rollback();
      throw error;
    }
  }
  const client = await driver.pool.connect();
  try {
    await client.query("BEGIN");
    const out = await fn(pgTx(client));
    await client.query("COMMIT");
    client.release();
    return out;
  } catch (error) {
    let broken: Error | undefined;
    await client.query("ROLLBACK").catch((e: Error) => (broken = e));
    client.release(broken);
    throw error;
  }
}

/**
 * A read outside any transaction on PostgreSQL's pool, as a named statement; null on SQLite,
 * where hot reads use their own connection (lib/db/sqlite-driver.ts).
 */
export async function pgRead<T>(sql: string, params: unknown[]): Promise<T[] | null> {
  const driver = await getDriver();
  if (driver.provider !== "postgres") return null;
  return (await driver.pool.query(pgQuery(sql, params))).rows as T[];
}
