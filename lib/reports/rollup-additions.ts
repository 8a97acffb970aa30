// The additions report's sums from the daily rollups (DailyRollup's comparison and return-intent
// columns, DailyChoiceRollup's options): a few grouped reads over the period's days, however many
// answers there are, in plain SQL on the raw driver. The same sums lib/interchange/export-additions.ts
// takes from raw rows.
import { dayWhere } from "../rollups/sums-query";
import "server-only";
import { inList, read } from "../rollups/read";
import { ADDITION_KEYS, type SubjectType } from "../rollups/rows";
import { emptyAdditions, type AdditionSums } from "../scoring/additions";
import type { DriverSums } from "../scoring/drivers";
import type { DayRange } from "../time/period";

export type RollupAdditions = {
  org: AdditionSums;
  users: Map<string, AdditionSums>;
  teams: Map<string, AdditionSums>;
  touchpoints: Map<string, AdditionSums>;
  /** The scope's own subject (org, or the team) per local day: choices only, for the trend. */
  byDay: Map<string, AdditionSums>;
  /** The scope's own subject: NPS of those who chose each option, for "What moves the score". */
  drivers: DriverSums;
};

function choiceSlot(s: AdditionSums, question: string) {
  let q = s.choices.get(question);
  if (!q) s.choices.set(question, (q = { n: 0, w: 0, options: new Map() }));
  return q;
}

/** Adds one grouped DailyChoiceRollup row: optionId "" is the question's own count. */
function addChoiceRow(s: AdditionSums, question: string, option: string, n: number, w: number) {
  if (n <= 0) return;
  const q = choiceSlot(s, question);
  if (option === "") {
    q.n += n;
    q.w += w;
  } else {
    const o = q.options.get(option) ?? { count: 0, w: 0 };
    o.count += n;
    o.w += w;
    q.options.set(option, o);
  }
}

/**
 * Sums per subject over the days: in a team scope only the team and the given people. `order`
 * (question id → option ids) orders the questions and options that have no rows of their own.
 */
export async function rollupAdditions(
  orgId: string,
  days: DayRange,
  scope: { teamId?: string; people?: string[] },
  order: Map<string, string[]>,
): Promise<RollupAdditions> {
  const ownSubject: { subjectType: SubjectType; subjectId: string } = scope.teamId
    ? { subjectType: "team", subjectId: scope.teamId }
    : { subjectType: "org", subjectId: orgId };
  // The same filters for each read: the period's days, and in a team scope only its subjects.
  const base = (own?: boolean) => {
    const params: unknown[] = [orgId];
    let sql = `"orgId" = ?${dayWhere(days, params)}`;
    if (own) {
      sql += ` AND "subjectType" = ? AND "subjectId" = ?`;
      params.push(ownSubject.subjectType, ownSubject.subjectId);
    } else if (scope.teamId) {
      sql += ` AND (("subjectType" = 'team' AND "subjectId" = ?)`;
      params.push(scope.teamId);
      sql += ` OR ("subjectType" = 'user' AND ${inList(`"subjectId"`, scope.people ?? [], params)}))`;
    }
    return { sql, params };
  };
  const all = base();
  const mine = base(true);
  const sum = (keys: readonly string[]) => keys.map((k) => `SUM("${k}") AS "${k}"`).join(", ");
  type Sums<K extends string> = Record<K, number | string | null>;
  const [sums, choices, daily, nps] = await Promise.all([
    read<{ subjectType: string; subjectId: string } & Sums<(typeof ADDITION_KEYS)[number]>>(
      `SELECT "subjectType", "subjectId", ${sum(ADDITION_KEYS)} FROM "DailyRollup" WHERE ${all.sql} GROUP BY "subjectType", "subjectId"`,
      all.params,
    ),
    read<{ subjectType: string; subjectId: string; questionId: string; optionId: string } & Sums<"n" | "w">>(
      `SELECT "subjectType", "subjectId", "questionId", "optionId", ${sum(["n", "w"])} FROM "DailyChoiceRollup" WHERE ${all.sql} GROUP BY "subjectType", "subjectId", "questionId", "optionId"`,
      all.params,
    ),
    read<{ day: string; questionId: string; optionId: string } & Sums<"n" | "w">>(
      `SELECT "day", "questionId", "optionId", ${sum(["n", "w"])} FROM "DailyChoiceRollup" WHERE ${mine.sql} GROUP BY "day", "questionId", "optionId"`,
      mine.params,
    ),
    read<{ questionId: string; optionId: string } & Sums<"npsN" | "npsProm" | "npsDet">>(
      `SELECT "questionId", "optionId", ${sum(["npsN", "npsProm", "npsDet"])} FROM "DailyChoiceRollup" WHERE ${mine.sql} GROUP BY "questionId", "optionId"`,
      mine.params,
    ),
  ]);
  const out: RollupAdditions = {
    org: emptyAdditions(),
    users: new Map(),
    teams: new Map(),
    touchpoints: new Map(),
    byDay: new Map(),
    drivers: new Map(),
  };
  const maps = { team: out.teams, user: out.users, touchpoint: out.touchpoints } as const;
  const of = (type: string, id: string): AdditionSums | undefined => {
    if (type === "org") return out.org;
    const m = maps[type as keyof typeof maps];
    if (!m) return undefined;
    let s = m.get(id);
    if (!s) m.set(id, (s = emptyAdditions()));
    return s;
  };
  for (const g of sums) {
    const s = of(g.subjectType, g.subjectId);
    if (!s) continue;
    for (const k of ADDITION_KEYS) s[k] += Number(g[k] ?? 0);
  }
  for (const g of inOrder(choices, order)) {
    const s = of(g.subjectType, g.subjectId);
    if (s) addChoiceRow(s, g.questionId, g.optionId, Number(g.n ?? 0), Number(g.w ?? 0));
  }
  for (const g of inOrder(daily, order)) {
    let s = out.byDay.get(g.day);
    if (!s) out.byDay.set(g.day, (s = emptyAdditions()));
    addChoiceRow(s, g.questionId, g.optionId, Number(g.n ?? 0), Number(g.w ?? 0));
  }
  // Only answers with an NPS say anything about it; questions and options without any are left out.
  for (const g of inOrder(nps, order)) {
    const sums = { n: Number(g.npsN ?? 0), prom: Number(g.npsProm ?? 0), det: Number(g.npsDet ?? 0) };
    if (sums.n <= 0) continue;
    let q = out.drivers.get(g.questionId);
    if (!q) out.drivers.set(g.questionId, (q = { answered: { n: 0, prom: 0, det: 0 }, options: new Map() }));
    if (g.optionId === "") q.answered = sums;
    else q.options.set(g.optionId, sums);
  }
  return out;
}

/** One subject's attribute sums over the days (DailyChoiceRollup), in the templates' order: a person's own feed. */
export async function subjectChoiceSums(
  orgId: string,
  days: DayRange,
  subject: { subjectType: SubjectType; subjectId: string },
  order: Map<string, string[]>,
): Promise<AdditionSums> {
  const params: unknown[] = [orgId];
  const where = `"orgId" = ?${dayWhere(days, params)} AND "subjectType" = ? AND "subjectId" = ?`;
  params.push(subject.subjectType, subject.subjectId);
  const rows = await read<{ questionId: string; optionId: string; n: number | string | null; w: number | null }>(
    `SELECT "questionId", "optionId", SUM("n") AS "n", SUM("w") AS "w" FROM "DailyChoiceRollup" WHERE ${where} GROUP BY "questionId", "optionId"`,
    params,
  );
  const out = emptyAdditions();
  for (const g of inOrder(rows, order)) addChoiceRow(out, g.questionId, g.optionId, Number(g.n ?? 0), Number(g.w ?? 0));
  return out;
}

/** Rows in the templates' order of questions and options, then by id. */
function inOrder<T extends { questionId: string; optionId: string }>(rows: T[], order: Map<string, string[]>): T[] {
  const rank = rankOf(order);
  return [...rows].sort((a, b) => rank(a.questionId, a.optionId) - rank(b.questionId, b.optionId) || cmp(a, b));
}

const cmp = (a: { questionId: string; optionId: string }, b: { questionId: string; optionId: string }) =>
  a.questionId < b.questionId
    ? -1
    : a.questionId > b.questionId
      ? 1
      : a.optionId < b.optionId
        ? -1
        : a.optionId > b.optionId
          ? 1
          : 0;

/** Questions in the templates' order, then the rest; within one, its own row first, then options in order. */
function rankOf(order: Map<string, string[]>) {
  const questions = [...order.keys()];
  return (question: string, option: string) => {
    const qi = questions.indexOf(question);
    const q = qi < 0 ? questions.length : qi;
    const listed = order.get(question) ?? [];
    const oi = option === "" ? -1 : listed.indexOf(option);
    const o = option === "" ? 0 : oi < 0 ? listed.length + 1 : oi + 1;
    return q * 10_000 + o;
  };
}
