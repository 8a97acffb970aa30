// Keeping DailyRollup current on ingest: atomic upsert-increment statements inside the
// transaction that stores the responses; the score queries read them (lib/rollups/queries.ts).
import type { Prisma } from "../db";
import { dbTarget } from "../db";
import { localDay } from "../time/zone";
import { RollupAccumulator, rollupRowsFor, rowValues, type RecordInput, type RollupRow } from "./rows";
import { rollupUpsertSql } from "./upsert-sql";

export type { RecordInput, Credit } from "./rows";

// 17 parameters a row: 200 rows stay far below both providers' parameter limits.
const CHUNK = 200;

/** Call exactly once per stored response, with the same transaction client that inserted it. */
export async function recordResponse(tx: Prisma.TransactionClient, r: RecordInput): Promise<void> {
  await upsertRows(tx, rollupRowsFor(r));
}

/**
 * The same for many responses (group commit, batches): their rows are summed in memory first, so
 * each (subject, day) is upserted once and a group of 200 answers costs a statement or two, not 200.
 */
export async function recordResponses(tx: Prisma.TransactionClient, rs: RecordInput[]): Promise<void> {
  const byOrg = new Map<string, RollupAccumulator>();
  for (const r of rs) {
    let acc = byOrg.get(r.orgId);
    if (!acc) byOrg.set(r.orgId, (acc = new RollupAccumulator(r.orgId)));
    acc.addResponse(r, localDay(r.answeredAt, r.timeZone));
  }
  for (const acc of byOrg.values()) await upsertRows(tx, acc.sorted());
}

async function upsertRows(tx: Prisma.TransactionClient, rows: RollupRow[]) {
  const provider = dbTarget().provider;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK);
    await tx.$executeRawUnsafe(rollupUpsertSql(provider, part.length), ...part.flatMap(rowValues));
  }
}
