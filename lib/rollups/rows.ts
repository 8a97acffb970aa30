// What one stored response adds to the DailyRollup table: pure, shared by ingest (recordResponse),
// the interchange import and rebuilds, so every path counts the same way (SCORING.md).
import { addSums, answerSums, emptySums, SUM_KEYS } from "../scoring/sums";
import type { ScoreSums } from "../scoring/types";
import { localDay } from "../time/zone";

export type SubjectType = "org" | "team" | "user" | "touchpoint";
export type RollupKey = { orgId: string; subjectType: SubjectType; subjectId: string; day: string };
export type RollupRow = RollupKey & ScoreSums;

export type Credit = { userId: string; teamId: string | null; weight: number };
export type RecordInput = {
  orgId: string;
  timeZone: string;
  responseId: string;
  answeredAt: Date;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  touchpointId: string;
  credits: Credit[];
};

export const KEY_COLUMNS = ["orgId", "subjectType", "subjectId", "day"] as const;
export const ROLLUP_COLUMNS: readonly string[] = [...KEY_COLUMNS, ...SUM_KEYS];

/**
 * The rollup rows of one response: the org and its touchpoint at weight 1, each distinct team
 * among the credits at weight 1 (a team counts a response once), each person at their weight,
 * all on the org-local day of answeredAt. A person credited twice keeps the higher weight.
 */
export function rollupRowsFor(r: RecordInput, day = localDay(r.answeredAt, r.timeZone)): RollupRow[] {
  const answer = { nps: r.nps, csat: r.csat, ces: r.ces };
  const one = answerSums(answer, 1);
  const rows: RollupRow[] = [
    { orgId: r.orgId, subjectType: "org", subjectId: r.orgId, day, ...one },
    { orgId: r.orgId, subjectType: "touchpoint", subjectId: r.touchpointId, day, ...one },
  ];
  const weights = new Map<string, number>();
  const teams = new Set<string>();
  for (const c of r.credits) {
    weights.set(c.userId, Math.max(weights.get(c.userId) ?? 0, c.weight));
    if (c.teamId) teams.add(c.teamId);
  }
  for (const teamId of teams) rows.push({ orgId: r.orgId, subjectType: "team", subjectId: teamId, day, ...one });
  for (const [userId, w] of weights) rows.push({ orgId: r.orgId, subjectType: "user", subjectId: userId, day, ...answerSums(answer, w) });
  return rows;
}

const keyOf = (k: RollupKey) => `${k.subjectType}\u0000${k.subjectId}\u0000${k.day}`;

/** Accumulates rows by key, so a bulk write upserts each key once (PostgreSQL requires that of one statement). */
export class RollupAccumulator {
  private rows = new Map<string, RollupRow>();

  add(rows: RollupRow[]) {
    for (const row of rows) {
      const key = keyOf(row);
      const have = this.rows.get(key);
      if (have) addSums(have, row);
      else this.rows.set(key, { ...emptySums(), ...row });
    }
  }

  get size() {
    return this.rows.size;
  }

  /** Rows in key order: concurrent writers then lock rows in the same order and cannot deadlock. */
  sorted(): RollupRow[] {
    return [...this.rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
  }
}

export function rowValues(row: RollupRow): unknown[] {
  return ROLLUP_COLUMNS.map((c) => row[c as keyof RollupRow]);
}
