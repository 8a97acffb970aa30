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
  /** Refreshes the planner's statistics for these tables (after a bulk load changed them a lot). */
  analyze(tables: string[]): Promise<void>;
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
    async analyze(tables) {
      // A sample of each index is enough for the planner, and keeps this to milliseconds.
      sqlite.pragma("analysis_limit = 1000");
      for (const t of tables) sqlite.exec(`ANALYZE ${q(t)}`);
    },
    async begin() {
      // Foreign keys are not checked row by row here: every id the import writes is one it read
      // or wrote itself inside this transaction, under the write lock, and it deletes nothing.
      // The checks were a third of the cost of each credit's row. (The pragma only changes
      // outside a transaction, and only for this connection.)
      sqlite.pragma("foreign_keys = OFF");
      sqlite.exec("BEGIN IMMEDIATE"); // take the write lock now: reads in the transaction stay true
    },
    async commit() {
      sqlite.exec("COMMIT");
      sqlite.pragma("foreign_keys = ON");
    },
    async rollback() {
      if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
      sqlite.pragma("foreign_keys = ON");
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

/** Column `c` of rows[start, end) as a PostgreSQL array literal (values: strings, numbers, booleans, Dates, null). */
function pgArray(rows: unknown[][], c: number, start: number, end: number): string {
  let out = "{";
  for (let i = start; i < end; i++) {
    const v = rows[i][c];
    if (i > start) out += ",";
    if (v === null || v === undefined) out += "NULL";
    else if (typeof v === "number") out += String(v);
    else if (typeof v === "boolean") out += v ? "t" : "f";
    else {
      const text = v instanceof Date ? v.toISOString() : String(v);
      out += `"${text.includes('"') || text.includes("\\") ? text.replace(/["\\]/g, "\\$&") : text}"`;
    }
  }
  return out + "}";
}

function pgSql(sql: string) {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

async function openPostgres(url: string): Promise<RawDb> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  // Measured: 5,000 rows a statement load faster than 20,000 (the server's unnest slows with
  // array length), and writing the array literals here costs a fifth of what the driver's
  // general conversion does.
  const PER_STATEMENT = 5_000;
  const pgValue = (v: unknown) => (v instanceof Date ? v.toISOString() : (v ?? null));
  let superuser: boolean | undefined;
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
        const end = Math.min(rows.length, i + PER_STATEMENT);
        const arrays = columns.map((_, c) => pgArray(rows, c, i, end));
        inserted += (await client.query(sql, arrays)).rowCount ?? 0;
      }
      return inserted;
    },
    async bulkLoad(_table, fn) {
      return fn();
    },
    async analyze(tables) {
      if (tables.length) await client.query(`ANALYZE ${tables.map(q).join(", ")}`);
    },
    async begin() {
      await client.query("BEGIN");
      // As on SQLite, foreign keys are not checked row by row: every id the import writes is one
      // it read or wrote in this transaction, and it deletes nothing. PostgreSQL checks each
      // with a trigger, half of what a credit's row cost; the replica role skips them for this
      // transaction only, and only a superuser may take it.
      superuser ??= (await client.query(`SELECT current_setting('is_superuser') AS "s"`)).rows[0].s === "on";
      if (superuser) await client.query("SET LOCAL session_replication_role = replica");
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
