// Recomputes an organisation's rollups from its stored responses and contribution snapshots:
// a repair tool (and the reference the incremental paths are tested against), not a hot path.
import { db, dbTarget } from "../db";
import { RollupAccumulator, rowValues, type RollupRow } from "./rows";
import { rollupUpsertSql } from "./upsert-sql";

const PAGE = 5000;
const WRITE_CHUNK = 1000;

export async function rebuildRollups(orgId: string): Promise<{ responses: number; rows: number }> {
  const org = await db.organization.findUniqueOrThrow({ where: { id: orgId }, select: { timeZone: true } });
  const acc = new RollupAccumulator(orgId);
  let responses = 0;
  let cursor: string | undefined;
  for (;;) {
    const page = await db.response.findMany({
      // Answers an admin excluded and credits taken back by an accepted dispute count nowhere.
      where: { orgId, excludedAt: null, ...(cursor ? { id: { gt: cursor } } : {}) },
      orderBy: { id: "asc" },
      take: PAGE,
      select: {
        id: true,
        answeredAt: true,
        nps: true,
        csat: true,
        ces: true,
        interaction: {
          select: {
            touchpointId: true,
            contributions: { where: { excludedAt: null }, select: { userId: true, teamId: true, weight: true } },
          },
        },
      },
    });
    for (const r of page) {
      acc.addResponse({
        timeZone: org.timeZone,
        answeredAt: r.answeredAt,
        nps: r.nps,
        csat: r.csat,
        ces: r.ces,
        touchpointId: r.interaction.touchpointId,
        credits: r.interaction.contributions,
      });
    }
    responses += page.length;
    if (page.length < PAGE) break;
    cursor = page[page.length - 1].id;
  }
  const rows = acc.sorted();
  await db.$transaction(
    async (tx) => {
      await tx.dailyRollup.deleteMany({ where: { orgId } });
      for (let i = 0; i < rows.length; i += WRITE_CHUNK) await writeRows(tx, rows.slice(i, i + WRITE_CHUNK));
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
  return { responses, rows: rows.length };
}

async function writeRows(
  tx: { $executeRawUnsafe: (sql: string, ...values: unknown[]) => Promise<number> },
  rows: RollupRow[],
) {
  if (rows.length)
    await tx.$executeRawUnsafe(rollupUpsertSql(dbTarget().provider, rows.length), ...rows.flatMap(rowValues));
}
