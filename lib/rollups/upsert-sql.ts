// The atomic upsert-increment both providers understand: INSERT … ON CONFLICT DO UPDATE SET
// x = x + excluded.x. Concurrent ingests then add to a day row instead of overwriting it.
import { SUM_KEYS } from "../scoring/sums";
import { KEY_COLUMNS, ROLLUP_COLUMNS } from "./rows";

export type Provider = "sqlite" | "postgres";

const q = (name: string) => `"${name}"`;

/** "?" placeholders for SQLite, "$n" for PostgreSQL. */
export function placeholders(provider: Provider, rows: number, columns: number, start = 1): string {
  const out: string[] = [];
  let n = start;
  for (let r = 0; r < rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < columns; c++) cells.push(provider === "sqlite" ? "?" : `$${n++}`);
    out.push(`(${cells.join(",")})`);
  }
  return out.join(",");
}

export const ROLLUP_CONFLICT = `ON CONFLICT (${KEY_COLUMNS.map(q).join(",")}) DO UPDATE SET ${SUM_KEYS.map(
  (k) => `${q(k)} = ${q("DailyRollup")}.${q(k)} + excluded.${q(k)}`,
).join(", ")}`;

export function rollupUpsertSql(provider: Provider, rows: number): string {
  return `INSERT INTO ${q("DailyRollup")} (${ROLLUP_COLUMNS.map(q).join(",")}) VALUES ${placeholders(provider, rows, ROLLUP_COLUMNS.length)} ${ROLLUP_CONFLICT}`;
}
