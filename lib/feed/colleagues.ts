// Colleagues' impact on a person's own feed, only when the admin has switched it on
// (Organization.showColleagueScores, off by default). Names and impact only: no emails, no
// comments (so no customer's words or contact), and no number below MIN_ANSWERS answers.
import type { Actor } from "../auth/authorize";
import { db } from "../db";
import { teamMemberScores } from "../rollups/queries";
import { readImpact, type ImpactReading } from "../scoring/clarity";
import type { Period } from "../time/period";

export type ColleagueRow = { userId: string; name: string; kind: string; impact: ImpactReading };
export type Colleagues = { scope: "team" | "org"; teamName: string | null; rows: ColleagueRow[] };

/** null when the organisation keeps colleagues' scores private. */
export async function colleagueImpact(
  actor: Pick<Actor, "userId" | "orgId">,
  showColleagueScores: boolean,
  period: Period,
): Promise<Colleagues | null> {
  if (!showColleagueScores) return null;
  const me = await db.user.findFirst({
    where: { id: actor.userId, orgId: actor.orgId },
    select: { teamId: true, team: { select: { name: true } } },
  });
  if (!me?.teamId) return { scope: "org", teamName: null, rows: [] };
  const members = await teamMemberScores(actor.orgId, me.teamId, period);
  const rows = members
    .filter((m) => m.userId !== actor.userId)
    .map((m) => ({ userId: m.userId, name: m.name, kind: m.kind, impact: readImpact(m.scores, "nps") }));
  // Already ordered by impact; people under 5 answers go last, unnumbered.
  rows.sort((a, b) => Number(a.impact.clarity === "not-enough") - Number(b.impact.clarity === "not-enough"));
  return { scope: "team", teamName: me.team?.name ?? null, rows };
}
