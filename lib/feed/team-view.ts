// The manager's team view: the team's scores and trend, members ranked by impact (never by raw
// score; fewer than MIN_ANSWERS answers are listed but not ranked), and frontline vs back-office.
import type { Actor } from "../auth/authorize";
import { teamMemberScores, teamScores, weeklyTrend } from "../rollups/queries";
import { MIN_ANSWERS } from "../scoring/scores";
import type { Scores } from "../scoring/types";
import { kindSplit, type KindSplit } from "./kind-split";
import type { TrendRows } from "./my-feed";
import { orgSettings, type OrgSettings } from "./org-settings";
import { periodFor, trendWeeks, type Period, type PeriodKey } from "./period";
import { accessibleTeams, assertTeamAccess, type TeamRef } from "./team-access";
import { periodCommentThemes, type CommentThemes } from "../themes/queries";
import { additionsReport, type AdditionsReport } from "../reports/additions-report";

export type MemberRow = { userId: string; name: string; kind: string; scores: Scores; rank: number | null };

export type TeamView = {
  org: OrgSettings;
  teams: TeamRef[];
  team: TeamRef;
  periodKey: PeriodKey;
  period: Period;
  scores: Scores;
  trend: TrendRows;
  ranked: MemberRow[];
  unranked: MemberRow[];
  split: KindSplit;
  themes: CommentThemes;
  additions: AdditionsReport;
};

/** Ranks by shrunk NPS impact; ties by answers. Small samples stay out of the ranking. */
export function rankMembers(members: { userId: string; name: string; kind: string; scores: Scores }[]): {
  ranked: MemberRow[];
  unranked: MemberRow[];
} {
  // Emails stay out of the view: the screen shows names only.
  const rows: MemberRow[] = members.map(({ userId, name, kind, scores }) => ({
    userId,
    name,
    kind,
    scores,
    rank: null,
  }));
  const ranked = rows
    .filter((r) => (r.scores.npsN ?? 0) >= MIN_ANSWERS && r.scores.npsImpact !== undefined)
    .sort(
      (a, b) =>
        b.scores.npsImpact! - a.scores.npsImpact! ||
        (b.scores.npsN ?? 0) - (a.scores.npsN ?? 0) ||
        a.name.localeCompare(b.name),
    );
  ranked.forEach((r, i) => (r.rank = i + 1));
  const unranked = rows
    .filter((r) => r.rank === null)
    .sort((a, b) => (b.scores.npsN ?? 0) - (a.scores.npsN ?? 0) || a.name.localeCompare(b.name));
  return { ranked, unranked };
}

/** null when the actor manages no team (the page says so). Throws AuthError(403) for a team not theirs. */
export async function teamView(
  actor: Pick<Actor, "userId" | "orgId" | "role">,
  teamId: string | undefined,
  periodKey: PeriodKey,
  now = new Date(),
): Promise<TeamView | null> {
  const teams = await accessibleTeams(actor);
  const wanted = teamId ?? teams[0]?.id;
  if (!wanted) return null;
  const team = await assertTeamAccess(actor, wanted);
  const org = await orgSettings(actor.orgId);
  const period = periodFor(periodKey, org.timeZone, now);
  const [scores, trend, members, themes, additions] = await Promise.all([
    teamScores(actor.orgId, team.id, period),
    weeklyTrend(actor.orgId, { type: "team", id: team.id }, trendWeeks(periodKey), period),
    teamMemberScores(actor.orgId, team.id, period),
    periodCommentThemes(actor.orgId, period, { type: "team", teamId: team.id }),
    additionsReport(
      actor.orgId,
      period,
      { type: "team", teamId: team.id },
      { timeZone: org.timeZone, maxWeeks: trendWeeks(periodKey), now },
    ),
  ]);
  const split = await kindSplit(actor.orgId, org.timeZone, members, period);
  return {
    org,
    teams,
    team: { id: team.id, name: team.name },
    periodKey,
    period,
    scores,
    trend,
    split,
    themes,
    additions,
    ...rankMembers(members),
  };
}
