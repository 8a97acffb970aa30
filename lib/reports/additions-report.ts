// What customers told us beyond the scores, for the admin dashboard (the organisation, every team,
// touchpoint and person), the team view (the team and its current members) and the driver view:
// attribute shares with n, a weekly attribute trend, comparison index and return intent with
// margins, retention where interactions carry a customer key, and what moves NPS (docs/scoring.md).
// Attributes, comparison, return intent, their trend and the drivers come from the daily rollups
// (lib/reports/rollup-additions.ts), so the report costs the same at a million answers as at a
// hundred; retention reads the period's keyed interactions (Interaction by orgId + occurredAt).
import "server-only";
import { db } from "../db";
import { choiceLabels } from "../feed/my-attributes";
import { addRetentionOf, choiceQuestions } from "../interchange/export-additions";
import { additionsFromSums, emptyAdditions, type AdditionScores, type AdditionSums } from "../scoring/additions";
import { driversFromSums, type Driver } from "../scoring/drivers";
import { periodToDays, type Period } from "../time/period";
import { rollupAdditions } from "./rollup-additions";
import { addDays, localDay, weekStartOfDay } from "../time/zone";

export type SubjectRow = { id: string; name: string; scores: AdditionScores };
export type ChoiceQuestionInfo = { id: string; label: string; options: { id: string; label: string }[] };
export type WeekShares = { weekStart: string; n: number; shares: Record<string, number> };
export type AttributeTrend = { question: string; weeks: WeekShares[] };

export type AdditionsReport = {
  questions: ChoiceQuestionInfo[];
  /** A template asks the question, or answers to it exist in the period. */
  asked: { compare: boolean; return: boolean };
  /** Some interaction of the organisation carries a customer key. */
  keyed: boolean;
  /** The organisation's numbers, or the team's in a team scope. */
  total: AdditionScores;
  teams: SubjectRow[];
  touchpoints: SubjectRow[];
  people: SubjectRow[];
  trend: AttributeTrend[];
  drivers: Driver[];
};

export type ReportScope = { type: "org" } | { type: "team"; teamId: string };

/** The weeks (Monday starts, org-local) that overlap the period, oldest first; an open period shows `maxWeeks`. */
export function periodWeeks(period: Period, timeZone: string, maxWeeks: number, now = new Date()): string[] {
  const last = weekStartOfDay(localDay(period.to ? new Date(period.to.getTime() - 1) : now, timeZone));
  const first = period.from ? weekStartOfDay(localDay(period.from, timeZone)) : addDays(last, -7 * (maxWeeks - 1));
  const weeks: string[] = [];
  for (let w = last; w >= first; w = addDays(w, -7)) weeks.unshift(w);
  return weeks;
}

export async function additionsReport(
  orgId: string,
  period: Period,
  scope: ReportScope,
  { timeZone, maxWeeks, now = new Date() }: { timeZone: string; maxWeeks: number; now?: Date },
): Promise<AdditionsReport> {
  // All time: the trend ends at the week of the latest answer, so a quiet spell does not blank it.
  const latest = period.to
    ? null
    : await db.response.findFirst({
        where: { orgId, excludedAt: null },
        orderBy: { answeredAt: "desc" },
        select: { answeredAt: true },
      });
  const weeks = periodWeeks(period, timeZone, maxWeeks, latest && latest.answeredAt < now ? latest.answeredAt : now);
  const teamId = scope.type === "team" ? scope.teamId : undefined;
  const [{ order }, labels, keyed, names] = await Promise.all([
    choiceQuestions(orgId),
    choiceLabels(orgId),
    db.interaction.findFirst({ where: { orgId, customer: { not: null } }, select: { id: true } }),
    subjectNames(orgId, teamId),
  ]);
  const sums = await rollupAdditions(
    orgId,
    periodToDays(period, timeZone),
    { teamId, people: names.people.map((p) => p.id) },
    order,
  );
  await addRetentionOf(orgId, period, now, sums, teamId);
  const weekly = new Map<string, AdditionSums>(weeks.map((w) => [w, emptyAdditions()]));
  for (const [day, s] of sums.byDay) {
    const week = weekly.get(weekStartOfDay(day));
    if (week) addChoiceSums(week, s);
  }
  const score = (s: AdditionSums | undefined) => additionsFromSums(s ?? emptyAdditions(), order);
  const total = score(teamId ? sums.teams.get(teamId) : sums.org);
  const rows = (list: { id: string; name: string }[], m: Map<string, AdditionSums>) =>
    list.map((x) => ({ ...x, scores: score(m.get(x.id)) }));
  const questions = [...order].map(([id, options]) => ({
    id,
    label: labels.get(id) ?? id,
    options: options.map((o) => ({ id: o, label: labels.get(`${id}/${o}`) ?? o })),
  }));
  return {
    questions,
    asked: {
      compare: labels.asked.has("compare") || total.compareN !== undefined,
      return: labels.asked.has("return") || total.returnN !== undefined,
    },
    keyed: keyed !== null,
    total,
    teams: teamId ? [] : rows(names.teams, sums.teams),
    touchpoints: teamId ? [] : rows(names.touchpoints, sums.touchpoints),
    // People nobody's answer credits in the period would only add rows of dashes.
    people: rows(names.people, sums.users).filter((p) => Object.keys(p.scores).length > 0),
    trend: questions.map((q) => ({ question: q.id, weeks: weekShares(weekly, q.id) })),
    drivers: driversFromSums(sums.drivers, order),
  };
}

function addChoiceSums(into: AdditionSums, from: AdditionSums) {
  for (const [question, q] of from.choices) {
    let t = into.choices.get(question);
    if (!t) into.choices.set(question, (t = { n: 0, w: 0, options: new Map() }));
    t.n += q.n;
    t.w += q.w;
    for (const [option, o] of q.options) {
      const x = t.options.get(option) ?? { count: 0, w: 0 };
      x.count += o.count;
      x.w += o.w;
      t.options.set(option, x);
    }
  }
}

function weekShares(weekly: Map<string, AdditionSums>, question: string): WeekShares[] {
  return [...weekly].map(([weekStart, s]) => {
    const q = s.choices.get(question);
    const shares: Record<string, number> = {};
    for (const [option, o] of q?.options ?? []) shares[option] = q!.w > 0 ? (100 * o.w) / q!.w : 0;
    return { weekStart, n: q?.n ?? 0, shares };
  });
}

/** Names for the rows: every team and touchpoint, and the people (a team's current members in a team scope). */
async function subjectNames(orgId: string, teamId?: string) {
  const [teams, touchpoints, people] = await Promise.all([
    teamId ? [] : db.team.findMany({ where: { orgId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    teamId
      ? []
      : db.touchpoint.findMany({ where: { orgId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.user.findMany({
      where: { orgId, active: true, ...(teamId ? { teamId } : {}) },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { teams, touchpoints, people };
}
