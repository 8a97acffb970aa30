// Writing what a RollupAccumulator summed: its DailyRollup and DailyChoiceRollup rows, added (ingest,
// an answer included again) or subtracted (exclusion, a dispute, erasure) in the caller's transaction.
import { dbTarget } from "../db";
import {
  CHOICE_SUM_KEYS,
  choiceRowValues,
  negated,
  ROLLUP_SUM_KEYS,
  rowValues,
  type ChoiceRollupRow,
  type RollupAccumulator,
  type RollupRow,
} from "./rows";
import { choiceUpsertSql, rollupUpsertSql } from "./upsert-sql";

type Exec = { $executeRawUnsafe: (sql: string, ...values: unknown[]) => Promise<number> };

// 24 and 12 parameters a row: both stay far below the providers' parameter limits.
const CHUNK = 200;

export async function writeRollupRows(tx: Exec, rows: RollupRow[], sign: 1 | -1 = 1): Promise<void> {
  const provider = dbTarget().provider;
  const out = sign === 1 ? rows : negated(rows, ROLLUP_SUM_KEYS);
  for (let i = 0; i < out.length; i += CHUNK) {
    const part = out.slice(i, i + CHUNK);
    await tx.$executeRawUnsafe(rollupUpsertSql(provider, part.length), ...part.flatMap(rowValues));
  }
}

export async function writeChoiceRows(tx: Exec, rows: ChoiceRollupRow[], sign: 1 | -1 = 1): Promise<void> {
  const provider = dbTarget().provider;
  const out = sign === 1 ? rows : negated(rows, CHOICE_SUM_KEYS);
  for (let i = 0; i < out.length; i += CHUNK) {
    const part = out.slice(i, i + CHUNK);
    await tx.$executeRawUnsafe(choiceUpsertSql(provider, part.length), ...part.flatMap(choiceRowValues));
  }
}

/** Both tables; `filter` keeps only some subjects (a dispute takes back one person's and maybe a team's). */
export async function writeAccumulated(
  tx: Exec,
  acc: RollupAccumulator,
  sign: 1 | -1,
  filter?: (r: { subjectType: string }) => boolean,
): Promise<void> {
  const keep = <T extends { subjectType: string }>(rows: T[]) => (filter ? rows.filter(filter) : rows);
  await writeRollupRows(tx, keep(acc.sorted()), sign);
  await writeChoiceRows(tx, keep(acc.choiceRows()), sign);
}
