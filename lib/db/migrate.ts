// Applies prisma/<provider>/migrations/*/migration.sql in order, once each.
// Our own small runner rather than `prisma migrate deploy`: it starts in milliseconds, needs no
// wasm engine or pg patches at start-up, and on PostgreSQL takes an advisory lock so several
// app instances starting together apply each migration exactly once.
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { DbTarget } from "./url";

const TABLE = "_ensemble_migrations";
const LOCK_KEY = 734_112_001;

export function migrationsDir(provider: DbTarget["provider"], root = process.cwd()) {
  return join(root, "prisma", provider, "migrations");
}

export function listMigrations(provider: DbTarget["provider"], root = process.cwd()) {
  const dir = migrationsDir(provider, root);
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, "migration.sql")))
    .map((e) => ({ name: e.name, sql: readFileSync(join(dir, e.name, "migration.sql"), "utf8") }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Returns the names of the migrations it applied. */
export async function migrate(target: DbTarget, root = process.cwd()): Promise<string[]> {
  const migrations = listMigrations(target.provider, root);
  return target.provider === "sqlite"
    ? migrateSqlite(target.file, migrations)
    : migratePostgres(target.url, migrations);
}

async function migrateSqlite(file: string, migrations: { name: string; sql: string }[]) {
  mkdirSync(dirname(file), { recursive: true });
  const { default: Database } = await import("better-sqlite3");
  const sqlite = new Database(file);
  try {
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("busy_timeout = 10000");
    sqlite.exec(`CREATE TABLE IF NOT EXISTS ${TABLE} (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`);
    const applied: string[] = [];
    // IMMEDIATE takes the write lock up front, so two processes cannot both apply one migration.
    const run = sqlite.transaction((m: { name: string; sql: string }) => {
      if (sqlite.prepare(`SELECT 1 FROM ${TABLE} WHERE name = ?`).get(m.name)) return;
      sqlite.exec(m.sql);
      sqlite.prepare(`INSERT INTO ${TABLE} (name, applied_at) VALUES (?, ?)`).run(m.name, new Date().toISOString());
      applied.push(m.name);
    });
    for (const m of migrations) run.immediate(m);
    return applied;
  } finally {
    sqlite.close();
  }
}

async function migratePostgres(url: string, migrations: { name: string; sql: string }[]) {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${TABLE} (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
    );
    const done = new Set((await client.query(`SELECT name FROM ${TABLE}`)).rows.map((r) => r.name as string));
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.name)) continue;
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(`INSERT INTO ${TABLE} (name) VALUES ($1)`, [m.name]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${m.name} failed: ${(error as Error).message}`);
      }
      applied.push(m.name);
    }
    return applied;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    await client.end();
  }
}
