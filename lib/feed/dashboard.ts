// The admin dashboard: org scores and trends, touchpoint scores and response rates, and the
// follow-up summary. Scores come from the rollup queries; escalations are applied by the
// server's timer (lib/followups/scheduler.ts), so reading the dashboard changes nothing.
import type { Actor } from "../auth/authorize";
import { AuthError } from "../auth/authorize";
import { orgScores, touchpointScores, weeklyTrend } from "../rollups/queries";
import type { Scores } from "../scoring/types";
import { followUpSummary, type FollowUpSummary } from "../followups/summary";
import type { TrendRows } from "./my-feed";
import { orgSettings, type OrgSettings } from "./org-settings";
import { periodFor, trendWeeks, type Period, type PeriodKey } from "./period";
import { responseRates, type TouchpointRate } from "./response-rate";
import { periodCommentThemes, type CommentThemes } from "../themes/queries";
import { additionsReport, type AdditionsReport } from "../reports/additions-report";

export type Dashboard = {
  org: OrgSettings;
  periodKey: PeriodKey;
  period: Period;
  scores: Scores;
  trend: TrendRows;
  touchpoints: (TouchpointRate & { scores: Scores | null })[];
  followUps: FollowUpSummary;
  themes: CommentThemes;
  additions: AdditionsReport;
};

export async function adminDashboard(
  actor: Pick<Actor, "orgId" | "role">,
  periodKey: PeriodKey,
  now = new Date(),
): Promise<Dashboard> {
  if (actor.role !== "admin") throw new AuthError(403, "Only admins see the organisation dashboard.");
  const org = await orgSettings(actor.orgId);
  const period = periodFor(periodKey, org.timeZone, now);
  const [scores, trend, tpScores, rates, followUps, themes, additions] = await Promise.all([
    orgScores(actor.orgId, period),
    weeklyTrend(actor.orgId, { type: "org" }, trendWeeks(periodKey), period),
    touchpointScores(actor.orgId, period),
    responseRates(actor.orgId, period),
    followUpSummary(actor.orgId, period),
    periodCommentThemes(actor.orgId, period),
    additionsReport(
      actor.orgId,
      period,
      { type: "org" },
      { timeZone: org.timeZone, maxWeeks: trendWeeks(periodKey), now },
    ),
  ]);
  const byTouchpoint = new Map(tpScores.map((t) => [t.touchpointId, t.scores]));
  return {
    org,
    periodKey,
    period,
    scores,
    trend,
    touchpoints: rates.map((r) => ({ ...r, scores: byTouchpoint.get(r.touchpointId) ?? null })),
    followUps,
    themes,
    additions,
  };
}
