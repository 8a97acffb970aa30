// The atomic upsert-increment both providers understand: INSERT … ON CONFLICT DO UPDATE SET
// x = x + excluded.x. Concurrent ingests then add to a day row instead of overwriting it.
import {
  CHOICE_COLUMNS,
  CHOICE_KEY_COLUMNS,
  CHOICE_SUM_KEYS,
  KEY_COLUMNS,
  ROLLUP_COLUMNS,
  ROLLUP_SUM_KEYS,
} from "./rows";

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

export const ROLLUP_CONFLICT = `ON CONFLICT (${KEY_COLUMNS.map(q).join(",")}) DO UPDATE SET ${ROLLUP_SUM_KEYS.map(
  (k) => `${q(k)} = ${q("DailyRollup")}.${q(k)} + excluded.${q(k)}`,
).join(", ")}`;

export const CHOICE_CONFLICT = `ON CONFLICT (${CHOICE_KEY_COLUMNS.map(q).join(",")}) DO UPDATE SET ${CHOICE_SUM_KEYS.map(
  (k) => `${q(k)} = ${q("DailyChoiceRollup")}.${q(k)} + excluded.${q(k)}`,
).join(", ")}`;

export function choiceUpsertSql(provider: Provider, rows: number): string {
  return `INSERT INTO ${q("DailyChoiceRollup")} (${CHOICE_COLUMNS.map(q).join(",")}) VALUES ${placeholders(provider, rows, CHOICE_COLUMNS.length)} ${CHOICE_CONFLICT}`;
}

export function rollupUpsertSql(provider: Provider, rows: number): string {
  return `INSERT INTO ${q("DailyRollup")} (${ROLLUP_COLUMNS.map(q).join(",")}) VALUES ${placeholders(provider, rows, ROLLUP_COLUMNS.length)} ${ROLLUP_CONFLICT}`;
}
