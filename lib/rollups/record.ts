// Keeping DailyRollup current on ingest: one atomic upsert-increment statement per response,
// inside the transaction that stores the response (helpers-brief contract 1).
import type { Prisma } from "../db";
import { dbTarget } from "../db";
import { rollupRowsFor, rowValues, type RecordInput } from "./rows";
import { rollupUpsertSql } from "./upsert-sql";

export type { RecordInput, Credit } from "./rows";

/** Call exactly once per stored response, with the same transaction client that inserted it. */
export async function recordResponse(tx: Prisma.TransactionClient, r: RecordInput): Promise<void> {
  const rows = rollupRowsFor(r);
  await tx.$executeRawUnsafe(rollupUpsertSql(dbTarget().provider, rows.length), ...rows.flatMap(rowValues));
}
