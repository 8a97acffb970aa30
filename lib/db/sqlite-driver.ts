// Direct better-sqlite3 access beside Prisma, for the two places Prisma's per-query cost matters:
// bulk imports (lib/interchange/raw-db.ts) and the ingest hot path's link lookup.
import { createRequire } from "node:module";
import type BetterSqlite3 from "better-sqlite3";
import { dbTarget } from "../db";

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

type Reader = { file: string; conn: BetterSqlite3.Database; statements: Map<string, BetterSqlite3.Statement> };
const holder = ((globalThis as { __ensembleSqliteReader?: { reader?: Reader } }).__ensembleSqliteReader ??= {});

/**
 * A shared connection for hot-path reads on SQLite, or null on PostgreSQL. In WAL mode it reads
 * the last committed state without waiting for writers; it never writes (writes stay in Prisma
 * transactions). A prepared statement here costs microseconds, against milliseconds per raw
 * query through the adapter.
 */
export function sqliteRead<T>(sql: string, params: unknown[]): T[] | null {
  const target = dbTarget();
  if (target.provider !== "sqlite") return null;
  let reader = holder.reader;
  if (!reader || reader.file !== target.file) {
    reader?.conn.close();
    const Database = loadSqlite();
    const conn = new Database(target.file, { fileMustExist: true, timeout: 10_000 });
    reader = holder.reader = { file: target.file, conn, statements: new Map() };
  }
  let statement = reader.statements.get(sql);
  if (!statement) reader.statements.set(sql, (statement = reader.conn.prepare(sql)));
  return statement.all(...params) as T[];
}
