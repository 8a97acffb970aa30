// Which database DATABASE_URL names. Pure, so the CLI, the server and tests share one rule.
import { isAbsolute, resolve } from "node:path";

export type DbTarget = { provider: "sqlite"; file: string } | { provider: "postgres"; url: string };

export const DEFAULT_SQLITE_FILE = "./data/ensemble.db";

export class DatabaseUrlError extends Error {}

export function parseDatabaseUrl(raw: string | undefined, cwd = process.cwd()): DbTarget {
  const value = raw?.trim();
  if (!value) return { provider: "sqlite", file: resolve(cwd, DEFAULT_SQLITE_FILE) };
  if (value.startsWith("file:")) {
    const path = value.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    if (!path) throw new DatabaseUrlError(explain(value));
    return { provider: "sqlite", file: isAbsolute(path) ? path : resolve(cwd, path) };
  }
  if (/^postgres(ql)?:\/\/[^\s]+$/.test(value)) {
    try {
      new URL(value);
    } catch {
      throw new DatabaseUrlError(explain(value));
    }
    return { provider: "postgres", url: value };
  }
  throw new DatabaseUrlError(explain(value));
}

function explain(value: string) {
  const shown = value.replace(/\/\/[^@/]*@/, "//***@").slice(0, 60);
  return `DATABASE_URL="${shown}" is not supported: leave it unset for SQLite at ${DEFAULT_SQLITE_FILE}, or use file:PATH (SQLite) or postgres://USER@HOST:5432/DB (PostgreSQL).`;
}
