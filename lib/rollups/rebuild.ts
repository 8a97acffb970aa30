// Recomputes an organisation's rollups from its stored responses and contribution snapshots:
// a repair tool (and the reference the incremental paths are tested against), not a hot path.
import { db } from "../db";
import { countedAnswer } from "./response-delta";
import { RollupAccumulator } from "./rows";
import { writeChoiceRows, writeRollupRows } from "./write";

const PAGE = 5000;

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
        compare: true,
        returnIntent: true,
        responseChoices: { select: { questionId: true, optionId: true } },
        interaction: {
          select: {
            touchpointId: true,
            contributions: { where: { excludedAt: null }, select: { userId: true, teamId: true, weight: true } },
          },
        },
      },
    });
    for (const r of page) {
      acc.addResponse({ ...countedAnswer(r), timeZone: org.timeZone });
    }
    responses += page.length;
    if (page.length < PAGE) break;
    cursor = page[page.length - 1].id;
  }
  const rows = acc.sorted();
  await db.$transaction(
    async (tx) => {
      await tx.dailyRollup.deleteMany({ where: { orgId } });
      await tx.dailyChoiceRollup.deleteMany({ where: { orgId } });
      await writeRollupRows(tx, rows);
      await writeChoiceRows(tx, acc.choiceRows());
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
  return { responses, rows: rows.length };
}
