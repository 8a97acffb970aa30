// Keeping DailyRollup current on ingest: atomic upsert-increment statements inside the
// transaction that stores the responses; the score queries read them (lib/rollups/queries.ts).
import type { SqlTx } from "../db/raw";
import { localDay } from "../time/zone";
import { RollupAccumulator, type RecordInput } from "./rows";
import { writeAccumulated } from "./write";

export type { RecordInput, Credit } from "./rows";

/** Call exactly once per stored response, with the same transaction client that inserted it. */
export async function recordResponse(tx: SqlTx, r: RecordInput): Promise<void> {
  await recordResponses(tx, [r]);
}

/**
 * The same for many responses (group commit, batches): their rows are summed in memory first, so
 * each (subject, day) is upserted once and a group of 200 answers costs a statement or two, not 200.
 */
export async function recordResponses(tx: SqlTx, rs: RecordInput[]): Promise<void> {
  const byOrg = new Map<string, RollupAccumulator>();
  for (const r of rs) {
    let acc = byOrg.get(r.orgId);
    if (!acc) byOrg.set(r.orgId, (acc = new RollupAccumulator(r.orgId)));
    acc.addResponse(r, localDay(r.answeredAt, r.timeZone));
  }
  for (const acc of byOrg.values()) await writeAccumulated(tx, acc, 1);
}
