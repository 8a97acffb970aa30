// Plain SQL for the background work after an answer (the dispatcher, its consumers and the webhook
// sender), on the raw driver of lib/db/raw.ts: statements prepared once per connection, no ORM
// per statement. Statement texts are kept fixed where the row count varies (an id list is one
// parameter), so each is prepared once, not once per batch size.
import { dbTarget } from "../db";
import type { SqlTx } from "../db/raw";
import { sqlFor } from "../responses/sql";
import { timeOrderedHex } from "../util/ordered-id";

const texts = new Map<string, string>();
/** The statement for this provider ("?" → $n on PostgreSQL), converted once per text. */
export function q(text: string): string {
  let out = texts.get(text);
  if (out === undefined) texts.set(text, (out = sqlFor(text)));
  return out;
}

/**
 * `column IN (the ids)` with the whole list as ONE parameter: a JSON array read by json_each on
 * SQLite, a text[] on PostgreSQL. Use with `ids(list)` as the parameter.
 */
export function inIds(column: string): string {
  return dbTarget().provider === "sqlite"
    ? `${column} IN (SELECT "value" FROM json_each(?))`
    : `${column} = ANY(?::text[])`;
}

/** The parameter for `inIds`. */
export function ids(list: readonly string[]): unknown {
  return dbTarget().provider === "sqlite" ? JSON.stringify(list) : list;
}

export function toDate(v: unknown): Date {
  return v instanceof Date ? v : new Date(v as string);
}

/**
 * Inserts `rows` (values in `columns` order) with `suffix` (e.g. an ON CONFLICT clause, a
 * RETURNING list); returns what RETURNING gave. On SQLite one prepared single-row statement runs
 * per row (the driver is in-process, a run costs microseconds); on PostgreSQL rows go a few
 * hundred to a statement, each a round trip.
 */
export async function insertRows<T = never>(
  tx: SqlTx,
  table: string,
  columns: readonly string[],
  rows: unknown[][],
  suffix = "",
  tuple = `(${columns.map(() => "?").join(", ")})`,
): Promise<T[]> {
  if (!rows.length) return [];
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `;
  const returning = /\bRETURNING\b/i.test(suffix);
  const out: T[] = [];
  const per = dbTarget().provider === "sqlite" ? 1 : 200;
  for (let i = 0; i < rows.length; i += per) {
    const part = rows.slice(i, i + per);
    const sql = q(`${head}${part.map(() => tuple).join(", ")}${suffix ? ` ${suffix}` : ""}`);
    if (returning) out.push(...(await tx.$queryRawUnsafe<T[]>(sql, ...part.flat())));
    else await tx.$executeRawUnsafe(sql, ...part.flat());
  }
  return out;
}

/** A row id for the outbox tables (deliveries, attempts, notifications, emails): "r" and a time-ordered hex. */
export function orderedRowId(): string {
  return `r${timeOrderedHex()}`;
}
