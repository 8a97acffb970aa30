// Score queries for the feed, the team view and the dashboard, answered from DailyRollup only.
//
// Day granularity: rollups are kept per local day in the org's time zone, so a period
// { from, to } (half-open) selects every local day it touches (lib/time/period.ts). Periods
// that start and end on local midnights, the only ones the app offers, are exact. For arbitrary
// instants use lib/interchange/export-scores.ts, which falls back to raw responses.
import { db } from "../db";
import { addSums, emptySums } from "../scoring/sums";
import { scoresFromSums } from "../scoring/scores";
import type { ScoreSums, Scores } from "../scoring/types";
import { periodToDays, type DayRange, type Period } from "../time/period";
import { addDays, localDay, weekStartOfDay } from "../time/zone";
import type { SubjectType } from "./rows";
import { sumByDay, sumBySubject, sumSubject } from "./sums-query";

export type { Period } from "../time/period";
export type MemberScores = { userId: string; name: string; email: string; kind: string; scores: Scores };
export type TouchpointScores = { touchpointId: string; slug: string; name: string; scores: Scores };
export type TrendPoint = Scores & { weekStart: string };
export type TrendSubject = { type: SubjectType; id?: string };

// Every query needs the org's zone; it changes about never, so it is kept for a few seconds
// rather than read again on each of the several queries a page makes.
const ZONE_TTL_MS = 10_000;
const zones = new Map<string, { zone: string; until: number }>();

async function orgZone(orgId: string): Promise<string> {
  const hit = zones.get(orgId);
  if (hit && hit.until > Date.now()) return hit.zone;
  const org = await db.organization.findUnique({ where: { id: orgId }, select: { timeZone: true } });
  if (!org) throw new Error(`orgId: no organization ${orgId}`);
  if (zones.size > 10_000) zones.clear();
  zones.set(orgId, { zone: org.timeZone, until: Date.now() + ZONE_TTL_MS });
  return org.timeZone;
}

async function daysFor(orgId: string, period?: Period): Promise<{ zone: string; days: DayRange }> {
  const zone = await orgZone(orgId);
  return { zone, days: periodToDays(period, zone) };
}

export async function orgScores(orgId: string, period?: Period): Promise<Scores> {
  const { days } = await daysFor(orgId, period);
  return scoresFromSums(await sumSubject(orgId, "org", orgId, days));
}

/** A person's scores with shrunk scores and impact against the org over the same period. */
export async function userScores(orgId: string, userId: string, period?: Period): Promise<Scores> {
  const { days } = await daysFor(orgId, period);
  const [org, user] = await Promise.all([
    sumSubject(orgId, "org", orgId, days),
    sumSubject(orgId, "user", userId, days),
  ]);
  return scoresFromSums(user, org);
}

export async function teamScores(orgId: string, teamId: string, period?: Period): Promise<Scores> {
  const { days } = await daysFor(orgId, period);
  return scoresFromSums(await sumSubject(orgId, "team", teamId, days));
}

/** Current members of a team, by impact (NPS impact, then CSAT impact), never by raw score. */
export async function teamMemberScores(orgId: string, teamId: string, period?: Period): Promise<MemberScores[]> {
  const { days } = await daysFor(orgId, period);
  const members = await db.user.findMany({
    where: { orgId, teamId, active: true },
    select: { id: true, name: true, email: true, kind: true },
    orderBy: { name: "asc" },
  });
  const [org, byUser] = await Promise.all([
    sumSubject(orgId, "org", orgId, days),
    sumBySubject(
      orgId,
      "user",
      days,
      members.map((m) => m.id),
    ),
  ]);
  const rows = members.map((m) => ({
    userId: m.id,
    name: m.name,
    email: m.email,
    kind: m.kind,
    scores: scoresFromSums(byUser.get(m.id) ?? emptySums(), org),
  }));
  const impact = (s: Scores) => s.npsImpact ?? s.csatImpact ?? Number.NEGATIVE_INFINITY;
  return rows.sort((a, b) => impact(b.scores) - impact(a.scores) || a.name.localeCompare(b.name));
}

export async function touchpointScores(orgId: string, period?: Period): Promise<TouchpointScores[]> {
  const { days } = await daysFor(orgId, period);
  const [touchpoints, sums] = await Promise.all([
    db.touchpoint.findMany({
      where: { orgId },
      select: { id: true, slug: true, name: true },
      orderBy: { slug: "asc" },
    }),
    sumBySubject(orgId, "touchpoint", days),
  ]);
  return touchpoints.map((t) => ({
    touchpointId: t.id,
    slug: t.slug,
    name: t.name,
    scores: scoresFromSums(sums.get(t.id) ?? emptySums()),
  }));
}

/**
 * The last `weeks` ISO weeks (Monday starts, org-local) up to the week holding `period.to`
 * (default now), oldest first, every week present (responses 0 when quiet). A person's weeks
 * carry shrunk scores against the org's same week.
 */
export async function weeklyTrend(
  orgId: string,
  subject: TrendSubject,
  weeks = 12,
  period?: Period,
): Promise<TrendPoint[]> {
  const zone = await orgZone(orgId);
  const lastWeek = weekStartOfDay(localDay(period?.to ? new Date(period.to.getTime() - 1) : new Date(), zone));
  const firstWeek = addDays(lastWeek, -7 * (weeks - 1));
  const days = { fromDay: firstWeek, toDay: addDays(lastWeek, 7) };
  const subjectId = subject.type === "org" ? orgId : subject.id;
  if (!subjectId) throw new Error(`subject.id: required for a ${subject.type} trend`);
  const [byDay, orgByDay] = await Promise.all([
    sumByDay(orgId, subject.type, subjectId, days),
    subject.type === "user" ? sumByDay(orgId, "org", orgId, days) : Promise.resolve(undefined),
  ]);
  const week = (m: Map<string, ScoreSums> | undefined) => {
    const out = new Map<string, ScoreSums>();
    for (const [day, s] of m ?? []) {
      const w = weekStartOfDay(day);
      out.set(w, addSums(out.get(w) ?? emptySums(), s));
    }
    return out;
  };
  const subjectWeeks = week(byDay);
  const orgWeeks = week(orgByDay);
  const points: TrendPoint[] = [];
  for (let i = 0; i < weeks; i++) {
    const weekStart = addDays(firstWeek, 7 * i);
    const sums = subjectWeeks.get(weekStart) ?? emptySums();
    points.push({
      weekStart,
      ...scoresFromSums(sums, subject.type === "user" ? (orgWeeks.get(weekStart) ?? emptySums()) : undefined),
    });
  }
  return points;
}
