// Direct better-sqlite3 access beside Prisma, for the two places Prisma's per-query cost matters:
// bulk imports (lib/interchange/raw-db.ts) and the ingest hot path's link lookup.
import { createRequire } from "node:module";
import type BetterSqlite3 from "better-sqlite3";
import { connectedDriver, dbTarget } from "../db";

/**
 * better-sqlite3 as Prisma's adapter loads it. Two SQLite libraries in one process break each
 * other's file locks (closing one copy's connection let the other checkpoint away the WAL, and
 * Prisma then read a stale database), so package.json keeps better-sqlite3 at the adapter's
 * version (one copy), and this resolves through the adapter in case an install ever nests one.
 */
export function loadSqlite(): typeof BetterSqlite3 {
  let adapterRequire: NodeRequire;
  try {
    adapterRequire = createRequire(require.resolve("@prisma/adapter-better-sqlite3"));
  } catch {
    adapterRequire = require;
  }
  return adapterRequire("better-sqlite3");
}

type Reader = { file: string; conn: BetterSqlite3.Database };
const holder = ((globalThis as { __ensembleSqliteReader?: { reader?: Reader } }).__ensembleSqliteReader ??= {});

// Statement texts vary only with the number of rows a multi-row statement carries, so this cache
// stays small; the bound is a guard, not a policy.
const MAX_STATEMENTS = 2000;
const statements = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/** A statement prepared once per connection and kept by its SQL text; reads give plain numbers. */
export function sqliteStatement(conn: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
  let byText = statements.get(conn);
  if (!byText) statements.set(conn, (byText = new Map()));
  let statement = byText.get(sql);
  if (!statement) {
    if (byText.size >= MAX_STATEMENTS) byText.clear();
    statement = conn.prepare(sql);
    // Prisma's adapter turns safe integers (BigInt) on for its connection.
    if (statement.reader) statement.safeIntegers(false);
    byText.set(sql, statement);
  }
  return statement;
}

/**
 * A hot-path read on SQLite, or null on PostgreSQL: a prepared statement costs microseconds,
 * against milliseconds per raw query through the adapter. It runs on Prisma's connection when
 * that is connected and outside a transaction (so it sees exactly the committed state): that
 * connection does the writes, so its page cache stays warm. Otherwise, on a connection of its
 * own, which in WAL mode reads the last committed state without waiting for writers but must
 * read again every page changed since its last read.
 */
export function sqliteRead<T>(sql: string, params: unknown[]): T[] | null {
  const target = dbTarget();
  if (target.provider !== "sqlite") return null;
  const driver = connectedDriver();
  if (driver?.provider === "sqlite" && !driver.adapter.client.inTransaction)
    return sqliteStatement(driver.adapter.client, sql).all(...params) as T[];
  let reader = holder.reader;
  if (!reader || reader.file !== target.file) {
    reader?.conn.close();
    const Database = loadSqlite();
    const conn = new Database(target.file, { fileMustExist: true, timeout: 10_000 });
    reader = holder.reader = { file: target.file, conn };
  }
  return sqliteStatement(reader.conn, sql).all(...params) as T[];
}
