// Score queries for the feed, the team view and the dashboard, answered from DailyRollup only
// (and the names of the people and touchpoints listed), in plain SQL on the raw driver.
//
// Day granularity: rollups are kept per local day in the org's time zone, so a period
// { from, to } (half-open) selects every local day it touches (lib/time/period.ts). Periods
// that start and end on local midnights, the only ones the app offers, are exact. For arbitrary
// instants use lib/interchange/export-scores.ts, which falls back to raw responses.
import { addSums, emptySums } from "../scoring/sums";
import { scoresFromSums } from "../scoring/scores";
import type { ScoreSums, Scores } from "../scoring/types";
import { periodToDays, type DayRange, type Period } from "../time/period";
import { addDays, localDay, weekStartOfDay } from "../time/zone";
import type { SubjectType } from "./rows";
import { read } from "./read";
import { sumByDayOf, sumBySubject, sumSubject, sumSubjects } from "./sums-query";

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
  const [org] = await read<{ timeZone: string }>(`SELECT "timeZone" FROM "Organization" WHERE "id" = ?`, [orgId]);
  if (!org) throw new Error(`orgId: no organization ${orgId}`);
  if (zones.size > 10_000) zones.clear();
  zones.set(orgId, { zone: org.timeZone, until: Date.now() + ZONE_TTL_MS });
  return org.timeZone;
}

/** The org's zone and the period as its local days (exact only for a day-aligned period). */
export async function daysFor(orgId: string, period?: Period): Promise<{ zone: string; days: DayRange }> {
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
  const sums = await sumSubjects(orgId, days, [
    ["org", [orgId]],
    ["user", [userId]],
  ]);
  return scoresFromSums(sums.get("user")?.get(userId) ?? emptySums(), sums.get("org")?.get(orgId) ?? emptySums());
}

export async function teamScores(orgId: string, teamId: string, period?: Period): Promise<Scores> {
  const { days } = await daysFor(orgId, period);
  return scoresFromSums(await sumSubject(orgId, "team", teamId, days));
}

/** Current members of a team, by impact (NPS impact, then CSAT impact), never by raw score. */
export async function teamMemberScores(orgId: string, teamId: string, period?: Period): Promise<MemberScores[]> {
  const { days } = await daysFor(orgId, period);
  const members = await read<{ id: string; name: string; email: string; kind: string }>(
    `SELECT "id", "name", "email", "kind" FROM "User" WHERE "orgId" = ? AND "teamId" = ? AND "active" = ? ORDER BY "name" ASC`,
    [orgId, teamId, true],
  );
  const sums = await sumSubjects(orgId, days, [
    ["org", [orgId]],
    ["user", members.map((m) => m.id)],
  ]);
  const org = sums.get("org")?.get(orgId) ?? emptySums();
  const byUser = sums.get("user")!;
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
    read<{ id: string; slug: string; name: string }>(
      `SELECT "id", "slug", "name" FROM "Touchpoint" WHERE "orgId" = ? ORDER BY "slug" ASC`,
      [orgId],
    ),
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
  // A person's trend and the org's same weeks, in one read.
  const sums = await sumByDayOf(orgId, days, [
    [subject.type, [subjectId]],
    ...(subject.type === "user" ? [["org", [orgId]] as const] : []),
  ]);
  const byDay = sums.get(subject.type)?.get(subjectId);
  const orgByDay = subject.type === "user" ? sums.get("org")?.get(orgId) : undefined;
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
