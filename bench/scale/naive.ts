// The same feed, team and dashboard numbers computed the naive way, straight from raw responses
// and contribution snapshots on every request, for comparison with the rollups.
import { db, dbTarget } from "../../lib/db";
import { addSums, emptySums, SUM_KEYS } from "../../lib/scoring/sums";
import { scoresFromSums } from "../../lib/scoring/scores";
import type { ScoreSums } from "../../lib/scoring/types";
import type { Period } from "../../lib/time/period";
import { localWeekStart } from "../../lib/time/zone";

const sumsSql = (w: string) => `COUNT(*) AS "responses",
  SUM(CASE WHEN r."nps" IS NOT NULL THEN 1 ELSE 0 END) AS "npsN", SUM(CASE WHEN r."nps" IS NOT NULL THEN ${w} ELSE 0 END) AS "npsW",
  SUM(CASE WHEN r."nps" IS NOT NULL THEN ${w} * ${w} ELSE 0 END) AS "npsW2", SUM(CASE WHEN r."nps" >= 9 THEN ${w} ELSE 0 END) AS "npsProm",
  SUM(CASE WHEN r."nps" <= 6 THEN ${w} ELSE 0 END) AS "npsDet",
  SUM(CASE WHEN r."csat" IS NOT NULL THEN 1 ELSE 0 END) AS "csatN", SUM(CASE WHEN r."csat" IS NOT NULL THEN ${w} ELSE 0 END) AS "csatW",
  SUM(CASE WHEN r."csat" IS NOT NULL THEN ${w} * ${w} ELSE 0 END) AS "csatW2", SUM(CASE WHEN r."csat" >= 4 THEN ${w} ELSE 0 END) AS "csatPos",
  SUM(CASE WHEN r."ces" IS NOT NULL THEN 1 ELSE 0 END) AS "cesN", SUM(CASE WHEN r."ces" IS NOT NULL THEN ${w} ELSE 0 END) AS "cesW",
  SUM(CASE WHEN r."ces" IS NOT NULL THEN ${w} * r."ces" ELSE 0 END) AS "cesSum",
  SUM(CASE WHEN r."ces" IS NOT NULL THEN ${w} * r."ces" * r."ces" ELSE 0 END) AS "cesSum2",
  SUM(CASE WHEN r."ces" IS NOT NULL THEN ${w} * ${w} ELSE 0 END) AS "cesW2"`;

async function query<T>(sql: string, ...params: unknown[]): Promise<T[]> {
  let n = 0;
  const text = dbTarget().provider === "postgres" ? sql.replace(/\?/g, () => `$${++n}`) : sql;
  return db.$queryRawUnsafe<T[]>(text, ...params);
}

const toSums = (row: Record<string, unknown> | undefined): ScoreSums => {
  const s = emptySums();
  for (const k of SUM_KEYS) s[k] = Number(row?.[k] ?? 0);
  return s;
};

async function orgSums(orgId: string, p: Period) {
  const [row] = await query<Record<string, unknown>>(
    `SELECT ${sumsSql("1.0")} FROM "Response" r WHERE r."orgId" = ? AND r."answeredAt" >= ? AND r."answeredAt" < ?`,
    orgId,
    p.from,
    p.to,
  );
  return toSums(row);
}

/** Weekly sums from raw rows, bucketed in the org's zone. */
async function weeklyRaw(sql: string, params: unknown[], timeZone: string) {
  const rows = await query<{
    answeredAt: Date | string;
    nps: number | null;
    csat: number | null;
    ces: number | null;
    w: number;
  }>(sql, ...params);
  const weeks = new Map<string, ScoreSums>();
  for (const r of rows) {
    const week = localWeekStart(new Date(r.answeredAt), timeZone);
    const s = emptySums();
    const w = Number(r.w);
    s.responses = 1;
    if (r.nps != null)
      Object.assign(s, {
        npsN: 1,
        npsW: w,
        npsW2: w * w,
        npsProm: Number(r.nps) >= 9 ? w : 0,
        npsDet: Number(r.nps) <= 6 ? w : 0,
      });
    if (r.csat != null) Object.assign(s, { csatN: 1, csatW: w, csatW2: w * w, csatPos: Number(r.csat) >= 4 ? w : 0 });
    if (r.ces != null) Object.assign(s, { cesN: 1, cesW: w, cesSum: w * Number(r.ces) });
    weeks.set(week, addSums(weeks.get(week) ?? emptySums(), s));
  }
  return weeks;
}

export async function naiveFeed(orgId: string, userId: string, p: Period, trend: Period, timeZone: string) {
  const [org, [row]] = await Promise.all([
    orgSums(orgId, p),
    query<Record<string, unknown>>(
      `SELECT ${sumsSql('c."weight"')} FROM "Contribution" c JOIN "Response" r ON r."interactionId" = c."interactionId"
      WHERE c."userId" = ? AND r."answeredAt" >= ? AND r."answeredAt" < ?`,
      userId,
      p.from,
      p.to,
    ),
  ]);
  const [mine, all] = await Promise.all([
    weeklyRaw(
      `SELECT r."answeredAt", r."nps", r."csat", r."ces", c."weight" AS "w" FROM "Contribution" c JOIN "Response" r ON r."interactionId" = c."interactionId"
      WHERE c."userId" = ? AND r."answeredAt" >= ? AND r."answeredAt" < ?`,
      [userId, trend.from, trend.to],
      timeZone,
    ),
    weeklyRaw(
      `SELECT r."answeredAt", r."nps", r."csat", r."ces", 1.0 AS "w" FROM "Response" r WHERE r."orgId" = ? AND r."answeredAt" >= ? AND r."answeredAt" < ?`,
      [orgId, trend.from, trend.to],
      timeZone,
    ),
  ]);
  return {
    scores: scoresFromSums(toSums(row), org),
    trend: [...mine].map(([week, s]) => ({ week, ...scoresFromSums(s, all.get(week)) })),
  };
}

export async function naiveTeam(orgId: string, teamId: string, memberIds: string[], p: Period) {
  const [org, [team], members] = await Promise.all([
    orgSums(orgId, p),
    query<Record<string, unknown>>(
      `SELECT ${sumsSql("1.0")} FROM "Response" r WHERE r."orgId" = ? AND r."answeredAt" >= ? AND r."answeredAt" < ?
      AND r."interactionId" IN (SELECT c."interactionId" FROM "Contribution" c WHERE c."teamId" = ?)`,
      orgId,
      p.from,
      p.to,
      teamId,
    ),
    query<Record<string, unknown>>(
      `SELECT c."userId" AS "userId", ${sumsSql('c."weight"')} FROM "Contribution" c JOIN "Response" r ON r."interactionId" = c."interactionId"
      WHERE c."userId" IN (${memberIds.map(() => "?").join(",")}) AND r."answeredAt" >= ? AND r."answeredAt" < ? GROUP BY c."userId"`,
      ...memberIds,
      p.from,
      p.to,
    ),
  ]);
  return {
    team: scoresFromSums(toSums(team)),
    members: members.map((m) => ({ userId: m.userId as string, ...scoresFromSums(toSums(m), org) })),
  };
}

export async function naiveDashboard(orgId: string, p: Period, trend: Period, timeZone: string) {
  const [org, touchpoints, weeks] = await Promise.all([
    orgSums(orgId, p),
    query<Record<string, unknown>>(
      `SELECT i."touchpointId" AS "touchpointId", ${sumsSql("1.0")} FROM "Response" r JOIN "Interaction" i ON i."id" = r."interactionId"
      WHERE r."orgId" = ? AND r."answeredAt" >= ? AND r."answeredAt" < ? GROUP BY i."touchpointId"`,
      orgId,
      p.from,
      p.to,
    ),
    weeklyRaw(
      `SELECT r."answeredAt", r."nps", r."csat", r."ces", 1.0 AS "w" FROM "Response" r WHERE r."orgId" = ? AND r."answeredAt" >= ? AND r."answeredAt" < ?`,
      [orgId, trend.from, trend.to],
      timeZone,
    ),
  ]);
  return {
    org: scoresFromSums(org),
    touchpoints: touchpoints.map((t) => ({ touchpointId: t.touchpointId as string, ...scoresFromSums(toSums(t)) })),
    trend: [...weeks].map(([week, s]) => ({ week, ...scoresFromSums(s) })),
  };
}
