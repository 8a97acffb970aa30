// A raw driver connection for bulk work (imports, the scale benchmark). Prisma's raw queries
// move about 0.13 M parameters a second here, too slow for a million responses, so bulk writes
// go straight to better-sqlite3 (prepared multi-row statements) or pg (unnest over arrays).
// One connection, one transaction: begin, write, commit or roll back.
import { loadSqlite } from "../db/sqlite-driver";
import { dbTarget } from "../db";
import type { DbTarget } from "../db/url";
import type { SqlTx } from "../responses/sql";

export type ColumnType = "text" | "int" | "float" | "timestamp" | "bool";
export type Column = { name: string; type: ColumnType };
export type Provider = DbTarget["provider"];

export interface RawDb {
  provider: Provider;
  /** SQL with "?" placeholders (rewritten to $n for PostgreSQL). */
  all<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  run(sql: string, params?: unknown[]): Promise<number>;
  /** Inserts rows in chunks; returns how many were inserted (`conflict` may be "ON CONFLICT … DO NOTHING"). */
  insert(table: string, columns: Column[], rows: unknown[][], conflict?: string): Promise<number>;
  /**
   * Runs a large insert into `table`. On SQLite it drops the table's secondary indexes first
   * and rebuilds them after, inside the caller's transaction: building an index once from
   * sorted data is about five times faster than a million random index inserts, and a rollback
   * restores them. PostgreSQL keeps its indexes (dropping them would lock out readers).
   */
  bulkLoad<T>(table: string, fn: () => Promise<T>): Promise<T>;
  begin(): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  close(): Promise<void>;
}

const q = (name: string) => `"${name}"`;

/** Dates as Prisma's SQLite adapter writes them, so Prisma reads imported rows back unchanged. */
function sqliteValue(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString().replace("Z", "+00:00");
  if (typeof v === "boolean") return v ? 1 : 0;
  return v ?? null;
}

async function openSqlite(file: string): Promise<RawDb> {
  const Database = loadSqlite();
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 10000");
  sqlite.pragma("synchronous = NORMAL"); // durable across app crashes in WAL mode
  sqlite.pragma("cache_size = -262144"); // 256 MB: a million random keys stay in memory
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("temp_store = MEMORY"); // index rebuilds sort in memory, not in temp files
  sqlite.pragma("threads = 2"); // and may use the second core to do it
  const statements = new Map<string, import("better-sqlite3").Statement>();
  const prepare = (sql: string) => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = sqlite.prepare(sql)));
    return s;
  };
  const PER_STATEMENT = 200;
  return {
    provider: "sqlite",
    async all<T>(sql: string, params: unknown[] = []) {
      return prepare(sql).all(...params.map(sqliteValue)) as T[];
    },
    async run(sql, params = []) {
      return prepare(sql).run(...params.map(sqliteValue)).changes;
    },
    async insert(table, columns, rows, conflict = "") {
      const head = `INSERT INTO ${q(table)} (${columns.map((c) => q(c.name)).join(",")}) VALUES `;
      const tuple = `(${columns.map(() => "?").join(",")})`;
      const rowsPer = Math.max(1, Math.min(PER_STATEMENT, Math.floor(30000 / columns.length)));
      let inserted = 0;
      for (let i = 0; i < rows.length; i += rowsPer) {
        const chunk = rows.slice(i, i + rowsPer);
        const stmt = prepare(`${head}${Array(chunk.length).fill(tuple).join(",")} ${conflict}`);
        const args: unknown[] = [];
        for (const row of chunk) for (const v of row) args.push(sqliteValue(v));
        inserted += stmt.run(...args).changes;
      }
      return inserted;
    },
    async bulkLoad(table, fn) {
      const indexes = sqlite
        .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`)
        .all(table) as { name: string; sql: string }[];
      for (const i of indexes) sqlite.exec(`DROP INDEX ${q(i.name)}`);
      statements.clear();
      const result = await fn();
      for (const i of indexes) sqlite.exec(i.sql);
      return result;
    },
    async begin() {
      sqlite.exec("BEGIN IMMEDIATE"); // take the write lock now: reads in the transaction stay true
    },
    async commit() {
      sqlite.exec("COMMIT");
    },
    async rollback() {
      if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
    },
    async close() {
      sqlite.close();
    },
  };
}

const PG_ARRAY: Record<ColumnType, string> = {
  text: "text[]",
  int: "int[]",
  float: "float8[]",
  timestamp: "timestamp(3)[]",
  bool: "bool[]",
};

function pgSql(sql: string) {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

async function openPostgres(url: string): Promise<RawDb> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  const PER_STATEMENT = 20_000;
  const pgValue = (v: unknown) => (v instanceof Date ? v.toISOString() : (v ?? null));
  return {
    provider: "postgres",
    async all<T>(sql: string, params: unknown[] = []) {
      return (await client.query(pgSql(sql), params.map(pgValue))).rows as T[];
    },
    async run(sql, params = []) {
      return (await client.query(pgSql(sql), params.map(pgValue))).rowCount ?? 0;
    },
    async insert(table, columns, rows, conflict = "") {
      // One parameter per column: unnest turns parallel arrays back into rows.
      const sql = `INSERT INTO ${q(table)} (${columns.map((c) => q(c.name)).join(",")}) SELECT * FROM unnest(${columns
        .map((c, i) => `$${i + 1}::${PG_ARRAY[c.type]}`)
        .join(",")}) ${conflict}`;
      let inserted = 0;
      for (let i = 0; i < rows.length; i += PER_STATEMENT) {
        const chunk = rows.slice(i, i + PER_STATEMENT);
        const arrays = columns.map((_, c) => chunk.map((row) => pgValue(row[c])));
        inserted += (await client.query(sql, arrays)).rowCount ?? 0;
      }
      return inserted;
    },
    async bulkLoad(_table, fn) {
      return fn();
    },
    async begin() {
      await client.query("BEGIN");
    },
    async commit() {
      await client.query("COMMIT");
    },
    async rollback() {
      await client.query("ROLLBACK").catch(() => {});
    },
    async close() {
      await client.end();
    },
  };
}

/** The raw connection seen as a transaction client, so the write path's SQL runs in the import's transaction. */
export function rawTx(raw: RawDb): SqlTx {
  return {
    $executeRawUnsafe: (sql: string, ...values: unknown[]) => raw.run(sql, values),
    $queryRawUnsafe: (sql: string, ...values: unknown[]) => raw.all(sql, values),
  } as unknown as SqlTx;
}

export async function openRawDb(target: DbTarget = dbTarget()): Promise<RawDb> {
  return target.provider === "sqlite" ? openSqlite(target.file) : openPostgres(target.url);
}
