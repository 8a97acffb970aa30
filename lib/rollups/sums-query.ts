// Reading DailyRollup: sums of day rows over a day range, for one subject or grouped by subject.
// Plain SQL on the raw driver (lib/rollups/read.ts): each is one primary-key range scan.
import { emptySums, SUM_KEYS } from "../scoring/sums";
import type { ScoreSums } from "../scoring/types";
import type { DayRange } from "../time/period";
import { inList, read } from "./read";
import type { SubjectType } from "./rows";

const SUM_SELECT = SUM_KEYS.map((k) => `SUM("${k}") AS "${k}"`).join(", ");
const COLUMNS = SUM_KEYS.map((k) => `"${k}"`).join(", ");

function toSums(raw: Record<string, unknown> | undefined): ScoreSums {
  const s = emptySums();
  for (const k of SUM_KEYS) s[k] = Number(raw?.[k] ?? 0);
  return s;
}

/** The day bounds as SQL, with their parameters appended. */
export function dayWhere(days: DayRange, params: unknown[]): string {
  let sql = "";
  if (days.fromDay) {
    sql += ` AND "day" >= ?`;
    params.push(days.fromDay);
  }
  if (days.toDay) {
    sql += ` AND "day" < ?`;
    params.push(days.toDay);
  }
  return sql;
}

export async function sumSubject(
  orgId: string,
  subjectType: SubjectType,
  subjectId: string,
  days: DayRange,
): Promise<ScoreSums> {
  const params: unknown[] = [orgId, subjectType, subjectId];
  const where = dayWhere(days, params);
  const [row] = await read<Record<string, unknown>>(
    `SELECT ${SUM_SELECT} FROM "DailyRollup" WHERE "orgId" = ? AND "subjectType" = ? AND "subjectId" = ?${where}`,
    params,
  );
  return toSums(row);
}

/** Sums per subject of one type (optionally only `ids`); subjects with no rows are absent. */
export async function sumBySubject(
  orgId: string,
  subjectType: SubjectType,
  days: DayRange,
  ids?: string[],
): Promise<Map<string, ScoreSums>> {
  if (ids && ids.length === 0) return new Map();
  const params: unknown[] = [orgId, subjectType];
  const only = ids ? ` AND ${inList(`"subjectId"`, ids, params)}` : "";
  const where = dayWhere(days, params);
  const rows = await read<Record<string, unknown> & { subjectId: string }>(
    `SELECT "subjectId", ${SUM_SELECT} FROM "DailyRollup" WHERE "orgId" = ? AND "subjectType" = ?${only}${where} GROUP BY "subjectId"`,
    params,
  );
  return new Map(rows.map((g) => [g.subjectId, toSums(g)]));
}

/** Sums per local day for one subject, for trends. */
export async function sumByDay(
  orgId: string,
  subjectType: SubjectType,
  subjectId: string,
  days: DayRange,
): Promise<Map<string, ScoreSums>> {
  const params: unknown[] = [orgId, subjectType, subjectId];
  const where = dayWhere(days, params);
  const rows = await read<Record<string, unknown> & { day: string }>(
    `SELECT "day", ${COLUMNS} FROM "DailyRollup" WHERE "orgId" = ? AND "subjectType" = ? AND "subjectId" = ?${where}`,
    params,
  );
  return new Map(rows.map((r) => [r.day, toSums(r)]));
}

type SubjectSet = readonly [SubjectType, readonly string[]];

/** "(type = ? AND id IN …) OR …" for several subject sets, with their parameters appended. */
function subjectsWhere(subjects: readonly SubjectSet[], params: unknown[]): string {
  return subjects
    .map(([type, ids]) => {
      params.push(type);
      return `("subjectType" = ? AND ${inList(`"subjectId"`, ids, params)})`;
    })
    .join(" OR ");
}

/**
 * Sums per subject for several subject sets in one statement (a page's org row beside its
 * person or team members): type → id → sums; subjects with no rows are absent.
 */
export async function sumSubjects(
  orgId: string,
  days: DayRange,
  subjects: readonly SubjectSet[],
): Promise<Map<SubjectType, Map<string, ScoreSums>>> {
  const params: unknown[] = [orgId];
  const which = subjectsWhere(subjects, params);
  const where = dayWhere(days, params);
  const rows = await read<Record<string, unknown> & { subjectType: SubjectType; subjectId: string }>(
    `SELECT "subjectType", "subjectId", ${SUM_SELECT} FROM "DailyRollup" WHERE "orgId" = ? AND (${which})${where} GROUP BY "subjectType", "subjectId"`,
    params,
  );
  const out = new Map<SubjectType, Map<string, ScoreSums>>(subjects.map(([type]) => [type, new Map()]));
  for (const r of rows) out.get(r.subjectType)?.set(r.subjectId, toSums(r));
  return out;
}

/** Sums per local day for several subjects in one statement, for trends: type → id → day → sums. */
export async function sumByDayOf(
  orgId: string,
  days: DayRange,
  subjects: readonly SubjectSet[],
): Promise<Map<SubjectType, Map<string, Map<string, ScoreSums>>>> {
  const params: unknown[] = [orgId];
  const which = subjectsWhere(subjects, params);
  const where = dayWhere(days, params);
  const rows = await read<Record<string, unknown> & { subjectType: SubjectType; subjectId: string; day: string }>(
    `SELECT "subjectType", "subjectId", "day", ${COLUMNS} FROM "DailyRollup" WHERE "orgId" = ? AND (${which})${where}`,
    params,
  );
  const out = new Map<SubjectType, Map<string, Map<string, ScoreSums>>>(subjects.map(([type]) => [type, new Map()]));
  for (const r of rows) {
    const byId = out.get(r.subjectType);
    if (!byId) continue;
    let byDay = byId.get(r.subjectId);
    if (!byDay) byId.set(r.subjectId, (byDay = new Map()));
    byDay.set(r.day, toSums(r));
  }
  return out;
}
