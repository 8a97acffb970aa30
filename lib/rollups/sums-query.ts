// Reading DailyRollup: sums of day rows over a day range, for one subject or grouped by subject.
import { db } from "../db";
import { emptySums, SUM_KEYS } from "../scoring/sums";
import type { ScoreSums } from "../scoring/types";
import type { DayRange } from "../time/period";
import type { SubjectType } from "./rows";

const SUM_SELECT = Object.fromEntries(SUM_KEYS.map((k) => [k, true])) as Record<keyof ScoreSums, true>;

function toSums(raw: Partial<Record<keyof ScoreSums, number | null>> | null | undefined): ScoreSums {
  const s = emptySums();
  for (const k of SUM_KEYS) s[k] = Number(raw?.[k] ?? 0);
  return s;
}

function dayWhere(days: DayRange) {
  if (!days.fromDay && !days.toDay) return {};
  return { day: { ...(days.fromDay ? { gte: days.fromDay } : {}), ...(days.toDay ? { lt: days.toDay } : {}) } };
}

export async function sumSubject(
  orgId: string,
  subjectType: SubjectType,
  subjectId: string,
  days: DayRange,
): Promise<ScoreSums> {
  const agg = await db.dailyRollup.aggregate({
    where: { orgId, subjectType, subjectId, ...dayWhere(days) },
    _sum: SUM_SELECT,
  });
  return toSums(agg._sum);
}

/** Sums per subject of one type (optionally only `ids`); subjects with no rows are absent. */
export async function sumBySubject(
  orgId: string,
  subjectType: SubjectType,
  days: DayRange,
  ids?: string[],
): Promise<Map<string, ScoreSums>> {
  if (ids && ids.length === 0) return new Map();
  const groups = await db.dailyRollup.groupBy({
    by: ["subjectId"],
    where: { orgId, subjectType, ...(ids ? { subjectId: { in: ids } } : {}), ...dayWhere(days) },
    _sum: SUM_SELECT,
  });
  return new Map(groups.map((g) => [g.subjectId, toSums(g._sum)]));
}

/** Sums per local day for one subject, for trends. */
export async function sumByDay(
  orgId: string,
  subjectType: SubjectType,
  subjectId: string,
  days: DayRange,
): Promise<Map<string, ScoreSums>> {
  const rows = await db.dailyRollup.findMany({
    where: { orgId, subjectType, subjectId, ...dayWhere(days) },
    select: { day: true, ...SUM_SELECT },
  });
  return new Map(rows.map((r) => [r.day, toSums(r)]));
}
