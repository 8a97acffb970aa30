// `npm run cli -- scores` and GET /api/v1/scores: the docs/interchange.md scores document for a
// half-open period. Periods on local-day boundaries (or open) come from the rollups; any other
// instants are answered exactly from raw responses and their contribution snapshots. The
// additions (comparison, return intent, attributes, retention) are read from the raw rows.
import { db } from "../db";
import { sumBySubject, sumSubject } from "../rollups/sums-query";
import { credit } from "../scoring/credit";
import { addAnswer, emptySums } from "../scoring/sums";
import { additionsFromSums, emptyAdditions } from "../scoring/additions";
import { scoresFromSums } from "../scoring/scores";
import { additionSums } from "./export-additions";
import type { ScoreSums, ScoresDocument } from "../scoring/types";
import { isDayAligned, periodToDays, type Period } from "../time/period";

type Sums = {
  org: ScoreSums;
  users: Map<string, ScoreSums>;
  teams: Map<string, ScoreSums>;
  touchpoints: Map<string, ScoreSums>;
};

export async function exportScores(orgId: string, period: Period = {}): Promise<ScoresDocument> {
  const org = await db.organization.findUniqueOrThrow({ where: { id: orgId }, select: { timeZone: true } });
  const [users, teams, touchpoints, sums, more] = await Promise.all([
    db.user.findMany({ where: { orgId }, select: { id: true, email: true }, orderBy: { email: "asc" } }),
    db.team.findMany({ where: { orgId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.touchpoint.findMany({ where: { orgId }, select: { id: true, slug: true }, orderBy: { slug: "asc" } }),
    isDayAligned(period, org.timeZone) ? rollupSums(orgId, period, org.timeZone) : rawSums(orgId, period),
    additionSums(orgId, period),
  ]);
  const extra = (m: Map<string, ReturnType<typeof emptyAdditions>>, id: string) =>
    additionsFromSums(m.get(id) ?? emptyAdditions(), more.order);
  return {
    org: { ...scoresFromSums(sums.org), ...additionsFromSums(more.org, more.order) },
    staff: users.map((u) => ({
      email: u.email,
      ...scoresFromSums(sums.users.get(u.id) ?? emptySums(), sums.org),
      ...extra(more.users, u.id),
    })),
    teams: teams.map((t) => ({
      team: t.name,
      ...scoresFromSums(sums.teams.get(t.id) ?? emptySums()),
      ...extra(more.teams, t.id),
    })),
    touchpoints: touchpoints.map((t) => ({
      touchpoint: t.slug,
      ...scoresFromSums(sums.touchpoints.get(t.id) ?? emptySums()),
      ...extra(more.touchpoints, t.id),
    })),
  };
}

async function rollupSums(orgId: string, period: Period, timeZone: string): Promise<Sums> {
  const days = periodToDays(period, timeZone);
  const [org, users, teams, touchpoints] = await Promise.all([
    sumSubject(orgId, "org", orgId, days),
    sumBySubject(orgId, "user", days),
    sumBySubject(orgId, "team", days),
    sumBySubject(orgId, "touchpoint", days),
  ]);
  return { org, users, teams, touchpoints };
}

const PAGE = 5000;

/** Exact to the millisecond: reads every response in the period with its contribution snapshot. */
export async function rawSums(orgId: string, period: Period): Promise<Sums> {
  const out: Sums = { org: emptySums(), users: new Map(), teams: new Map(), touchpoints: new Map() };
  const answeredAt = { ...(period.from ? { gte: period.from } : {}), ...(period.to ? { lt: period.to } : {}) };
  let cursor: string | undefined;
  for (;;) {
    const page = await db.response.findMany({
      // Like the rollups: excluded answers and credits taken back by a dispute count nowhere.
      where: { orgId, answeredAt, excludedAt: null, ...(cursor ? { id: { gt: cursor } } : {}) },
      orderBy: { id: "asc" },
      take: PAGE,
      select: {
        id: true,
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
      addAnswer(out.org, r);
      addAnswer(getOr(out.touchpoints, r.interaction.touchpointId), r);
      const { people, teams } = credit(
        r.interaction.contributions.map((c) => ({ person: c.userId, team: c.teamId, weight: c.weight })),
      );
      for (const [userId, weight] of people) addAnswer(getOr(out.users, userId), r, weight);
      for (const t of teams) addAnswer(getOr(out.teams, t), r);
    }
    if (page.length < PAGE) return out;
    cursor = page[page.length - 1].id;
  }
}

function getOr(map: Map<string, ScoreSums>, key: string): ScoreSums {
  let s = map.get(key);
  if (!s) map.set(key, (s = emptySums()));
  return s;
}
