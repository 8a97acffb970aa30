// What one stored response adds to the DailyRollup table: pure, shared by ingest (recordResponse),
// the interchange import and rebuilds, so every path counts the same way (docs/scoring.md).
import { credit } from "../scoring/credit";
import { answerSums, SUM_KEYS } from "../scoring/sums";
import type { ScoreSums } from "../scoring/types";
import { localDay } from "../time/zone";

export type SubjectType = "org" | "team" | "user" | "touchpoint";
export type RollupKey = { orgId: string; subjectType: SubjectType; subjectId: string; day: string };
export type RollupRow = RollupKey & ScoreSums & Partial<AdditionRollupSums>;

/** docs/scoring.md "Comparison and return intent": what a day row adds for them (lib/scoring/additions.ts). */
export const ADDITION_KEYS = [
  "compareN",
  "compareW",
  "compareW2",
  "compareBetter",
  "compareWorse",
  "returnN",
  "returnW",
  "returnW2",
  "returnYes",
] as const;
export type AdditionRollupSums = Record<(typeof ADDITION_KEYS)[number], number>;
/** Every summed column of a DailyRollup row: the scores' and the additions'. */
export const ROLLUP_SUM_KEYS: readonly string[] = [...SUM_KEYS, ...ADDITION_KEYS];

export type ChoiceRow = { questionId: string; optionId: string };
/**
 * A DailyChoiceRollup row: who chose an option of a question (Σw and count), with the unweighted
 * NPS counts of those answers for "What moves the score". optionId "" is the question itself: every
 * answer that chose anything in it, the attributes' denominator.
 */
export type ChoiceRollupRow = RollupKey & {
  questionId: string;
  optionId: string;
  n: number;
  w: number;
  npsN: number;
  npsProm: number;
  npsDet: number;
};
export const CHOICE_KEY_COLUMNS = ["orgId", "subjectType", "subjectId", "day", "questionId", "optionId"] as const;
export const CHOICE_SUM_KEYS = ["n", "w", "npsN", "npsProm", "npsDet"] as const;
export const CHOICE_COLUMNS: readonly string[] = [...CHOICE_KEY_COLUMNS, ...CHOICE_SUM_KEYS];

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
  /** 1–3 when asked; leaving them out counts nothing for them (paths that predate them). */
  compare?: number | null;
  returnIntent?: number | null;
  /** The chosen options, one row each (ResponseChoice). */
  choices?: readonly ChoiceRow[] | null;
};

export const KEY_COLUMNS = ["orgId", "subjectType", "subjectId", "day"] as const;
export const ROLLUP_COLUMNS: readonly string[] = [...KEY_COLUMNS, ...ROLLUP_SUM_KEYS];

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

const N_SUMS = ROLLUP_SUM_KEYS.length;
const N_CHOICE = CHOICE_SUM_KEYS.length;
type Sums = number[];
const TYPES: readonly SubjectType[] = ["org", "team", "touchpoint", "user"]; // key order of the type names

/**
 * Sums rollup rows in memory, one row per (subject, day), so a bulk write upserts each key once
 * (PostgreSQL requires that of one statement). Built for a million responses: subjects, days and
 * (question, option) pairs are numbered once, every sum lives in one flat number array, and a
 * response allocates nothing beyond the cells it is the first to touch.
 */
export class RollupAccumulator {
  // subject index per type and id; each subject's cell per day index
  private subjectIds = new Map<SubjectType, Map<string, number>>(TYPES.map((t) => [t, new Map()]));
  private subjects: { type: SubjectType; id: string; cells: number[] }[] = [];
  private dayIndex = new Map<string, number>();
  private dayNames: string[] = [];
  private cellSums: number[] = [];
  private cellCount = 0;
  // (question, option) index; optionId "" is the question itself
  private optionIds = new Map<string, Map<string, number>>();
  private optionNames: [string, string][] = [];
  // each cell's choice slot per option index, and the slots' sums (n, w, npsN, npsProm, npsDet)
  private cellChoices: (number[] | undefined)[] = [];
  private choiceSums: number[] = [];
  private choiceCount = 0;
  private chosen: number[] = [];

  constructor(private readonly orgId: string) {}

  addResponse(
    r: Omit<RecordInput, "orgId" | "timeZone" | "responseId"> & { timeZone?: string },
    day = localDay(r.answeredAt, r.timeZone ?? "UTC"),
  ) {
    const d = this.dayOf(day);
    const delta = unitDelta(r.nps, r.csat, r.ces, r.compare ?? null, r.returnIntent ?? null);
    const chosen = this.chosenOptions(r.choices);
    const npsN = r.nps == null ? 0 : 1;
    const prom = r.nps != null && r.nps >= 9 ? 1 : 0;
    const det = r.nps != null && r.nps <= 6 ? 1 : 0;
    const count = (type: SubjectType, id: string, w: number, w2: number) => {
      const cell = this.cellOf(type, id, d);
      add(this.cellSums, cell * N_SUMS, delta, w, w2);
      if (chosen === 0) return;
      let slots = this.cellChoices[cell];
      if (!slots) this.cellChoices[cell] = slots = [];
      const sums = this.choiceSums;
      for (let i = 0; i < chosen; i++) {
        const option = this.chosen[i];
        let slot = slots[option];
        if (slot === undefined) {
          slot = slots[option] = this.choiceCount++;
          sums.push(0, 0, 0, 0, 0);
        }
        const at = slot * N_CHOICE;
        sums[at] += 1;
        sums[at + 1] += w;
        sums[at + 2] += npsN;
        sums[at + 3] += prom;
        sums[at + 4] += det;
      }
    };
    count("org", this.orgId, 1, 1);
    count("touchpoint", r.touchpointId, 1, 1);
    if (r.credits.length === 0) return;
    const { people, teams } = credit(r.credits.map((c) => ({ person: c.userId, team: c.teamId, weight: c.weight })));
    for (const teamId of teams) count("team", teamId, 1, 1);
    for (const [userId, w] of people) count("user", userId, w, w * w);
  }

  /** Fills this.chosen with the option indexes a response counts under: each option it lists, then each question once. */
  private chosenOptions(choices: readonly ChoiceRow[] | null | undefined): number {
    if (!choices?.length) return 0;
    const chosen = this.chosen;
    let n = 0;
    for (const c of choices) {
      chosen[n++] = this.optionOf(c.questionId, c.optionId);
    }
    for (const c of choices) {
      const question = this.optionOf(c.questionId, "");
      if (!includes(chosen, n, question)) chosen[n++] = question;
    }
    return n;
  }

  private dayOf(day: string): number {
    let d = this.dayIndex.get(day);
    if (d === undefined) {
      d = this.dayNames.length;
      this.dayIndex.set(day, d);
      this.dayNames.push(day);
    }
    return d;
  }

  private optionOf(question: string, option: string): number {
    let options = this.optionIds.get(question);
    if (!options) this.optionIds.set(question, (options = new Map()));
    let i = options.get(option);
    if (i === undefined) {
      i = this.optionNames.length;
      options.set(option, i);
      this.optionNames.push([question, option]);
    }
    return i;
  }

  private cellOf(type: SubjectType, id: string, day: number): number {
    const ids = this.subjectIds.get(type)!;
    let s = ids.get(id);
    if (s === undefined) {
      s = this.subjects.length;
      ids.set(id, s);
      this.subjects.push({ type, id, cells: [] });
    }
    const cells = this.subjects[s].cells;
    let cell = cells[day];
    if (cell === undefined) {
      cell = cells[day] = this.cellCount++;
      for (let i = 0; i < N_SUMS; i++) this.cellSums.push(0);
    }
    return cell;
  }

  /** Subjects in key order (type, then id), each with its days in order: the rows' key order. */
  private *cellsInOrder(): Generator<{ type: SubjectType; id: string; day: string; cell: number }> {
    const days = this.dayNames.map((_, i) => i).sort((a, b) => cmp(this.dayNames[a], this.dayNames[b]));
    const subjects = [...this.subjects].sort((a, b) => cmp(a.type, b.type) || cmp(a.id, b.id));
    for (const s of subjects)
      for (const d of days) {
        const cell = s.cells[d];
        if (cell !== undefined) yield { type: s.type, id: s.id, day: this.dayNames[d], cell };
      }
  }

  /** Each choice slot in key order: its cell's subject and day, its (question, option), where its sums start. */
  private *choiceSlotsInOrder(): Generator<{ type: SubjectType; id: string; day: string; option: number; at: number }> {
    const options = this.optionNames
      .map((_, i) => i)
      .sort(
        (a, b) =>
          cmp(this.optionNames[a][0], this.optionNames[b][0]) || cmp(this.optionNames[a][1], this.optionNames[b][1]),
      );
    for (const { type, id, day, cell } of this.cellsInOrder()) {
      const slots = this.cellChoices[cell];
      if (!slots) continue;
      for (const option of options) {
        const slot = slots[option];
        if (slot !== undefined) yield { type, id, day, option, at: slot * N_CHOICE };
      }
    }
  }

  /** The DailyChoiceRollup rows, in key order. */
  choiceRows(): ChoiceRollupRow[] {
    const rows: ChoiceRollupRow[] = [];
    const v = this.choiceSums;
    for (const { type, id, day, option, at } of this.choiceSlotsInOrder())
      rows.push({
        orgId: this.orgId,
        subjectType: type,
        subjectId: id,
        day,
        questionId: this.optionNames[option][0],
        optionId: this.optionNames[option][1],
        n: v[at],
        w: v[at + 1],
        npsN: v[at + 2],
        npsProm: v[at + 3],
        npsDet: v[at + 4],
      });
    return rows;
  }

  /** choiceRows() as CHOICE_COLUMNS value lists (what choiceRowValues gives), without the row objects: for bulk writes. */
  choiceValues(): unknown[][] {
    const out: unknown[][] = [];
    const v = this.choiceSums;
    for (const { type, id, day, option, at } of this.choiceSlotsInOrder()) {
      const [questionId, optionId] = this.optionNames[option];
      out.push([this.orgId, type, id, day, questionId, optionId, v[at], v[at + 1], v[at + 2], v[at + 3], v[at + 4]]);
    }
    return out;
  }

  /** Adds whole rows (for callers that already hold sums). */
  add(rows: RollupRow[]) {
    for (const row of rows) {
      const at =
        this.cellOf(row.subjectType, row.subjectType === "org" ? this.orgId : row.subjectId, this.dayOf(row.day)) *
        N_SUMS;
      for (let i = 0; i < N_SUMS; i++) this.cellSums[at + i] += Number(row[ROLLUP_SUM_KEYS[i] as keyof RollupRow] ?? 0);
    }
  }

  get size() {
    return this.cellCount;
  }

  /** sorted() as ROLLUP_COLUMNS value lists (what rowValues gives), without the row objects: for bulk writes. */
  sortedValues(): unknown[][] {
    const out: unknown[][] = [];
    for (const { type, id, day, cell } of this.cellsInOrder()) {
      const values: unknown[] = [this.orgId, type, id, day];
      const at = cell * N_SUMS;
      for (let i = 0; i < N_SUMS; i++) values.push(this.cellSums[at + i]);
      out.push(values);
    }
    return out;
  }

  /** Rows in key order: concurrent writers then lock rows in the same order and cannot deadlock. */
  sorted(): RollupRow[] {
    const rows: RollupRow[] = [];
    for (const { type, id, day, cell } of this.cellsInOrder()) {
      const row = { orgId: this.orgId, subjectType: type, subjectId: id, day } as RollupRow;
      const at = cell * N_SUMS;
      for (let i = 0; i < N_SUMS; i++) (row as Record<string, unknown>)[ROLLUP_SUM_KEYS[i]] = this.cellSums[at + i];
      rows.push(row);
    }
    return rows;
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function includes(list: number[], n: number, x: number) {
  for (let i = 0; i < n; i++) if (list[i] === x) return true;
  return false;
}

// Index of each sum whose value scales with w² rather than w (the effective-sample-size sums).
const SQUARED = new Set(["npsW2", "csatW2", "cesW2", "compareW2", "returnW2"]);
const COUNTS = new Set(["responses", "npsN", "csatN", "cesN", "compareN", "returnN"]);
const SCALE = ROLLUP_SUM_KEYS.map((k) => (COUNTS.has(k) ? 0 : SQUARED.has(k) ? 2 : 1));

// What one answer adds at weight 1, memoised per (nps, csat, ces): a few hundred combinations,
// so a million responses allocate nothing here, and answerSums stays the one definition.
const unitDeltas = new Map<string, Sums>();
function unitDelta(
  nps: number | null,
  csat: number | null,
  ces: number | null,
  compare: number | null,
  returnIntent: number | null,
): Sums {
  const key = `${nps},${csat},${ces},${compare},${returnIntent}`;
  let d = unitDeltas.get(key);
  if (!d) {
    const s = answerSums({ nps, csat, ces }, 1);
    d = SUM_KEYS.map((k) => s[k]);
    const asked = (v: number | null) => (v == null ? 0 : 1);
    d.push(
      asked(compare),
      asked(compare),
      asked(compare),
      compare === 3 ? 1 : 0,
      compare === 1 ? 1 : 0,
      asked(returnIntent),
      asked(returnIntent),
      asked(returnIntent),
      returnIntent === 3 ? 1 : 0,
    );
    unitDeltas.set(key, d);
  }
  return d;
}

/** target[at…] += delta, with w (or w² for the squared sums) applied to the weighted sums; counts stay unweighted. */
function add(target: Sums, at: number, delta: Sums, w: number, w2: number) {
  for (let i = 0; i < N_SUMS; i++)
    target[at + i] += SCALE[i] === 0 ? delta[i] : SCALE[i] === 1 ? delta[i] * w : delta[i] * w2;
}

export function rowValues(row: RollupRow): unknown[] {
  return ROLLUP_COLUMNS.map((c) => row[c as keyof RollupRow] ?? 0);
}

export function choiceRowValues(row: ChoiceRollupRow): unknown[] {
  return CHOICE_COLUMNS.map((c) => row[c as keyof ChoiceRollupRow]);
}

/** The same rows with every sum negated: what subtracting them adds. */
export function negated<T extends object>(rows: T[], keys: readonly string[]): T[] {
  return rows.map((r) => {
    const out = { ...r } as Record<string, unknown>;
    for (const k of keys) out[k] = -Number(out[k] ?? 0);
    return out as T;
  });
}
