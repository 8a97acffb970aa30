// Taking whole answers out of DailyRollup, or putting them back (an admin excluding flagged
// answers, then including them again): the rows ingest added for each answer, with the credits
// that still count, subtracted or added in the caller's transaction. Scores change at once and
// match a rebuild from raw responses, which skips excluded answers.
import type { Prisma } from "../db";
import { localDay } from "../time/zone";
import { RollupAccumulator, type ChoiceRow } from "./rows";
import { writeAccumulated } from "./write";

export type CountedAnswer = {
  answeredAt: Date;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  touchpointId: string;
  credits: { userId: string; teamId: string | null; weight: number }[];
  compare: number | null;
  returnIntent: number | null;
  choices: ChoiceRow[];
};

/** A stored answer as read with its interaction's touchpoint, credits still counting, and choices. */
export type StoredAnswer = Omit<CountedAnswer, "touchpointId" | "credits" | "choices"> & {
  interaction: { touchpointId: string; contributions: CountedAnswer["credits"] };
  responseChoices: ChoiceRow[];
};

export function countedAnswer(r: StoredAnswer): CountedAnswer {
  return {
    answeredAt: r.answeredAt,
    nps: r.nps,
    csat: r.csat,
    ces: r.ces,
    touchpointId: r.interaction.touchpointId,
    credits: r.interaction.contributions,
    compare: r.compare,
    returnIntent: r.returnIntent,
    choices: r.responseChoices,
  };
}

export async function applyAnswers(
  tx: Prisma.TransactionClient,
  orgId: string,
  timeZone: string,
  answers: CountedAnswer[],
  sign: 1 | -1,
): Promise<void> {
  const acc = new RollupAccumulator(orgId);
  for (const a of answers) acc.addResponse({ ...a, timeZone }, localDay(a.answeredAt, timeZone));
  await writeAccumulated(tx, acc, sign);
}
