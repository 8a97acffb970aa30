// The staff impact feed's summary: the person's own scores and impact for the period, their
// weekly trend and the promoter comments worth celebrating. Every number comes from the rollup
// queries; the Actor decides whose feed it is, never a user id from the request.
import type { Actor } from "../auth/authorize";
import { db } from "../db";
import { userScores, weeklyTrend, type TrendPoint } from "../rollups/queries";
import type { Scores } from "../scoring/types";
import { colleagueImpact, type Colleagues } from "./colleagues";
import { myAttributes, type AttributeQuestion } from "./my-attributes";
import { myResponses, type FeedResponse } from "./my-responses";
import { orgSettings, type OrgSettings } from "./org-settings";
import { periodFor, trendWeeks, type Period, type PeriodKey } from "./period";

export type TrendRows = TrendPoint[];

export type MyFeed = {
  org: OrgSettings;
  periodKey: PeriodKey;
  period: Period;
  scores: Scores;
  trend: TrendRows;
  kudos: FeedResponse[];
  /** false for someone no answer has ever credited: the empty state explains what will appear */
  everAnswered: boolean;
  /** null unless the admin shows colleagues' scores to staff */
  colleagues: Colleagues | null;
  /** what customers picked under "what stood out" and other choice questions, the person's own only */
  attributes: AttributeQuestion[];
};

export async function myFeed(
  actor: Pick<Actor, "userId" | "orgId">,
  periodKey: PeriodKey,
  now = new Date(),
): Promise<MyFeed> {
  const org = await orgSettings(actor.orgId);
  const period = periodFor(periodKey, org.timeZone, now);
  const [scores, trend, kudos, colleagues, attributes] = await Promise.all([
    userScores(actor.orgId, actor.userId, period),
    weeklyTrend(actor.orgId, { type: "user", id: actor.userId }, trendWeeks(periodKey), period),
    myResponses(actor, { period, limit: 3, promotersWithComments: true }),
    colleagueImpact(actor, org.showColleagueScores, period),
    myAttributes(actor, period),
  ]);
  const everAnswered =
    scores.responses > 0 ||
    (await db.contribution.findFirst({
      where: { orgId: actor.orgId, userId: actor.userId, interaction: { response: { isNot: null } } },
      select: { id: true },
    })) !== null;
  return { org, periodKey, period, scores, trend, kudos: kudos.items, everAnswered, colleagues, attributes };
}
