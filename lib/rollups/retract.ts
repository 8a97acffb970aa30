// Taking credits back out of DailyRollup (an accepted dispute): the same rows ingest added for
// that person, subtracted, so scores change from then on without rebuilding anything.
import type { Prisma } from "../db";
import { localDay } from "../time/zone";
import { RollupAccumulator, type ChoiceRow } from "./rows";
import { writeAccumulated } from "./write";

type Answer = {
  answeredAt: Date;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  touchpointId: string;
  compare: number | null;
  returnIntent: number | null;
  choices: ChoiceRow[];
};

/**
 * Removes one person's credit for one response: their user row, and their team's row when no
 * other still-counted credit of that response is in the same team (a team counts a response once).
 */
export async function retractCredit(
  tx: Prisma.TransactionClient,
  args: {
    orgId: string;
    timeZone: string;
    answer: Answer;
    credit: { userId: string; teamId: string | null; weight: number };
    teamStillCredited: boolean;
  },
): Promise<void> {
  const day = localDay(args.answer.answeredAt, args.timeZone);
  const acc = new RollupAccumulator(args.orgId);
  acc.addResponse({ ...args.answer, timeZone: args.timeZone, credits: [args.credit] }, day);
  await writeAccumulated(
    tx,
    acc,
    -1,
    (r) => r.subjectType === "user" || (r.subjectType === "team" && !args.teamStillCredited),
  );
}
