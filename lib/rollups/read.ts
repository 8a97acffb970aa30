// Reads for the score pages (feed, team view, dashboard, reports) in plain SQL on the raw driver:
// a rollup read is a fraction of a millisecond there, against 15-40 ms for the same aggregate
// through the ORM on a loaded 2-core machine, and a page makes several. "?" placeholders become
// $n on PostgreSQL; Date and boolean parameters are stored as the ORM stores them.
import { dbTarget } from "../db";
import { pgRead } from "../db/raw";
import { sqliteRead } from "../db/sqlite-driver";

const pgText = new Map<string, string>();
function forPg(sql: string): string {
  let out = pgText.get(sql);
  if (out === undefined) {
    let n = 0;
    if (pgText.size > 2000) pgText.clear();
    pgText.set(sql, (out = sql.replace(/\?/g, () => `$${++n}`)));
  }
  return out;
}

export const isPostgres = () => dbTarget().provider === "postgres";

/**
 * `column IN (…)` for a list: one array parameter on PostgreSQL (`= ANY`), so the named statement
 * is the same whatever the list's length; one "?" per item on SQLite. Appends the items to params.
 */
export function inList(column: string, items: readonly string[], params: unknown[]): string {
  if (isPostgres()) {
    params.push([...items]);
    return `${column} = ANY(?::text[])`;
  }
  params.push(...items);
  return `${column} IN (${items.map(() => "?").join(",")})`;
}

/** Dates as Prisma's SQLite adapter writes them (ISO 8601, "+00:00"), booleans as 0/1. */
function sqliteValue(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString().replace("Z", "+00:00");
  if (typeof v === "boolean") return v ? 1 : 0;
  return v ?? null;
}

export async function read<T>(sql: string, params: unknown[]): Promise<T[]> {
  const rows = isPostgres() ? await pgRead<T>(forPg(sql), params) : sqliteRead<T>(sql, params.map(sqliteValue));
  if (!rows) throw new Error("read: no driver for this database");
  return rows;
}
