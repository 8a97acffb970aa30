// What one stored response adds to the DailyRollup table: pure, shared by ingest (recordResponse),
// the interchange import and rebuilds, so every path counts the same way (docs/scoring.md).
import { credit } from "../scoring/credit";
import { answerSums, SUM_KEYS } from "../scoring/sums";
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
  const acc = new RollupAccumulator(r.orgId);
  acc.addResponse(r, day);
  return acc.sorted();
}

const N_SUMS = SUM_KEYS.length;
// Plain number arrays rather than typed arrays: V8 allocates them on its own heap, where tens of
// thousands of small ones are cheap; typed arrays' backing stores made the GC work hard.
type Sums = number[];
type DayBucket = { org?: Sums; touchpoint: Map<string, Sums>; team: Map<string, Sums>; user: Map<string, Sums> };

/**
 * Sums rollup rows in memory, one row per (subject, day), so a bulk write upserts each key once
 * (PostgreSQL requires that of one statement). Built for a million responses: sums live in
 * small number arrays and nothing is allocated per response beyond a new key's array.
 */
export class RollupAccumulator {
  private days = new Map<string, DayBucket>();

  constructor(private readonly orgId: string) {}

  addResponse(
    r: Omit<RecordInput, "orgId" | "timeZone" | "responseId"> & { timeZone?: string },
    day = localDay(r.answeredAt, r.timeZone ?? "UTC"),
  ) {
    let bucket = this.days.get(day);
    if (!bucket) this.days.set(day, (bucket = { touchpoint: new Map(), team: new Map(), user: new Map() }));
    const d = unitDelta(r.nps, r.csat, r.ces);
    add((bucket.org ??= new Array<number>(N_SUMS).fill(0)), d, 1, 1);
    add(slot(bucket.touchpoint, r.touchpointId), d, 1, 1);
    if (r.credits.length === 0) return;
    const { people, teams } = credit(r.credits.map((c) => ({ person: c.userId, team: c.teamId, weight: c.weight })));
    for (const teamId of teams) add(slot(bucket.team, teamId), d, 1, 1);
    for (const [userId, w] of people) add(slot(bucket.user, userId), d, w, w * w);
  }

  /** Adds whole rows (for callers that already hold sums). */
  add(rows: RollupRow[]) {
    for (const row of rows) {
      let bucket = this.days.get(row.day);
      if (!bucket) this.days.set(row.day, (bucket = { touchpoint: new Map(), team: new Map(), user: new Map() }));
      const target =
        row.subjectType === "org"
          ? (bucket.org ??= new Array<number>(N_SUMS).fill(0))
          : slot(bucket[row.subjectType], row.subjectId);
      for (let i = 0; i < N_SUMS; i++) target[i] += row[SUM_KEYS[i]];
    }
  }

  get size() {
    let n = 0;
    for (const b of this.days.values()) n += (b.org ? 1 : 0) + b.touchpoint.size + b.team.size + b.user.size;
    return n;
  }

  /** Rows in key order: concurrent writers then lock rows in the same order and cannot deadlock. */
  sorted(): RollupRow[] {
    const rows: RollupRow[] = [];
    const emit = (subjectType: SubjectType, subjectId: string, day: string, v: Sums) => {
      const row = { orgId: this.orgId, subjectType, subjectId, day } as RollupRow;
      SUM_KEYS.forEach((k, i) => (row[k] = v[i]));
      rows.push(row);
    };
    for (const [day, b] of this.days) {
      if (b.org) emit("org", this.orgId, day, b.org);
      for (const type of ["team", "touchpoint", "user"] as const) for (const [id, v] of b[type]) emit(type, id, day, v);
    }
    const keyed = rows.map((r) => ({ key: `${r.subjectType}\u0000${r.subjectId}\u0000${r.day}`, r }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return keyed.map((k) => k.r);
  }
}

// Index of each sum whose value scales with w² rather than w (the effective-sample-size sums).
const SQUARED = new Set(["npsW2", "csatW2", "cesW2"]);
const COUNTS = new Set(["responses", "npsN", "csatN", "cesN"]);
const SCALE = SUM_KEYS.map((k) => (COUNTS.has(k) ? 0 : SQUARED.has(k) ? 2 : 1));

// What one answer adds at weight 1, memoised per (nps, csat, ces): a few hundred combinations,
// so a million responses allocate nothing here, and answerSums stays the one definition.
const unitDeltas = new Map<string, Sums>();
function unitDelta(nps: number | null, csat: number | null, ces: number | null): Sums {
  const key = `${nps},${csat},${ces}`;
  let d = unitDeltas.get(key);
  if (!d) unitDeltas.set(key, (d = SUM_KEYS.map((k) => answerSums({ nps, csat, ces }, 1)[k])));
  return d;
}

/** target += delta, with w (or w² for the squared sums) applied to the weighted sums; counts stay unweighted. */
function add(target: Sums, delta: Sums, w: number, w2: number) {
  for (let i = 0; i < N_SUMS; i++)
    target[i] += SCALE[i] === 0 ? delta[i] : SCALE[i] === 1 ? delta[i] * w : delta[i] * w2;
}

function slot(map: Map<string, Sums>, id: string): Sums {
  let v = map.get(id);
  if (!v) map.set(id, (v = new Array<number>(N_SUMS).fill(0)));
  return v;
}

export function rowValues(row: RollupRow): unknown[] {
  return ROLLUP_COLUMNS.map((c) => row[c as keyof RollupRow]);
}
