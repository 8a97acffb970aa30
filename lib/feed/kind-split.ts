// Frontline and back-office side by side for a team: each column adds up the rollup sums of the
// team's members of that kind (their credits, weighted), then applies docs/scoring.md to the total.
// A response that credits two frontline colleagues counts for both, as it does on each of their
// feeds; the team score above the columns counts it once.
import { sumBySubject } from "../rollups/sums-query";
import { scoresFromSums } from "../scoring/scores";
import { addSums, emptySums } from "../scoring/sums";
import type { Scores } from "../scoring/types";
import { periodToDays, type Period } from "../time";

export type KindSplit = { frontline: Scores & { people: number }; backoffice: Scores & { people: number } };

export async function kindSplit(
  orgId: string,
  timeZone: string,
  members: { userId: string; kind: string }[],
  period: Period,
): Promise<KindSplit> {
  const byUser = await sumBySubject(
    orgId,
    "user",
    periodToDays(period, timeZone),
    members.map((m) => m.userId),
  );
  const out = {} as KindSplit;
  for (const kind of ["frontline", "backoffice"] as const) {
    const ids = members.filter((m) => m.kind === kind).map((m) => m.userId);
    const sums = emptySums();
    for (const id of ids) addSums(sums, byUser.get(id) ?? {});
    out[kind] = { ...scoresFromSums(sums), people: ids.length };
  }
  return out;
}
