// docs/scoring.md "Attributes", "Comparison and return intent" and "Retention": additive sums per
// subject and the numbers they give. Pure: no database, no framework.
import { round3 } from "./scores";

const Z = 1.96;

export type ChoiceSums = { n: number; w: number; options: Map<string, { count: number; w: number }> };

export type AdditionSums = {
  compareN: number;
  compareW: number;
  compareW2: number;
  compareBetter: number; // Σw·[compare = 3]
  compareWorse: number; // Σw·[compare = 1]
  returnN: number;
  returnW: number;
  returnW2: number;
  returnYes: number; // Σw·[return = 3]
  /** question id → who answered it and what they chose */
  choices: Map<string, ChoiceSums>;
  /** eligible interactions with a customer key, and those retained: counted, and weighted (Σw) */
  retentionEligibleN: number;
  retentionRetainedN: number;
  retentionEligible: number;
  retentionRetained: number;
};

export type Attribute = { question: string; option: string; n: number; count: number; share: number };
export type Retention = { eligible: number; retained: number; pct: number };
export type AdditionScores = {
  compareN?: number;
  compare?: number;
  compareMoe?: number;
  returnN?: number;
  return?: number;
  returnMoe?: number;
  attributes?: Attribute[];
  retention?: Retention;
};

export const emptyAdditions = (): AdditionSums => ({
  compareN: 0,
  compareW: 0,
  compareW2: 0,
  compareBetter: 0,
  compareWorse: 0,
  returnN: 0,
  returnW: 0,
  returnW2: 0,
  returnYes: 0,
  choices: new Map(),
  retentionEligibleN: 0,
  retentionRetainedN: 0,
  retentionEligible: 0,
  retentionRetained: 0,
});

/** One response's compare, return and choices (question id → option ids), credited with weight w. */
export function addAdditions(
  s: AdditionSums,
  r: { compare?: number | null; returnIntent?: number | null; choices?: Map<string, string[]> | null },
  w = 1,
) {
  if (r.compare != null) {
    s.compareN++;
    s.compareW += w;
    s.compareW2 += w * w;
    if (r.compare === 3) s.compareBetter += w;
    if (r.compare === 1) s.compareWorse += w;
  }
  if (r.returnIntent != null) {
    s.returnN++;
    s.returnW += w;
    s.returnW2 += w * w;
    if (r.returnIntent === 3) s.returnYes += w;
  }
  for (const [question, options] of r.choices ?? []) {
    if (options.length === 0) continue;
    let q = s.choices.get(question);
    if (!q) s.choices.set(question, (q = { n: 0, w: 0, options: new Map() }));
    q.n++;
    q.w += w;
    for (const o of options) {
      const opt = q.options.get(o) ?? { count: 0, w: 0 };
      opt.count++;
      opt.w += w;
      q.options.set(o, opt);
    }
  }
}

function moe(variance: number, w: number, w2: number): number {
  return Z * 100 * Math.sqrt(Math.max(0, variance) / ((w * w) / w2));
}

/**
 * The numbers. `order` lists question ids and, per question, option ids in the template's order;
 * options nobody chose are listed with share 0 when the template names them.
 */
export function additionsFromSums(s: AdditionSums, order?: Map<string, string[]>): AdditionScores {
  const out: AdditionScores = {};
  if (s.compareN > 0 && s.compareW > 0) {
    const b = s.compareBetter / s.compareW;
    const wo = s.compareWorse / s.compareW;
    out.compareN = s.compareN;
    out.compare = round3(100 * (b - wo));
    out.compareMoe = round3(moe(b + wo - (b - wo) ** 2, s.compareW, s.compareW2));
  }
  if (s.returnN > 0 && s.returnW > 0) {
    const y = s.returnYes / s.returnW;
    out.returnN = s.returnN;
    out.return = round3(100 * y);
    out.returnMoe = round3(moe(y * (1 - y), s.returnW, s.returnW2));
  }
  const attributes: Attribute[] = [];
  const questions = [...new Set([...(order?.keys() ?? []), ...s.choices.keys()])];
  for (const question of questions) {
    const q = s.choices.get(question);
    if (!q || q.w <= 0) continue;
    const options = [...new Set([...(order?.get(question) ?? []), ...q.options.keys()])];
    for (const option of options) {
      const o = q.options.get(option) ?? { count: 0, w: 0 };
      attributes.push({ question, option, n: q.n, count: o.count, share: round3((100 * o.w) / q.w) });
    }
  }
  if (attributes.length) out.attributes = attributes;
  // The counts are interactions; the percentage is weighted by contribution (1 except for a person).
  if (s.retentionEligible > 0)
    out.retention = {
      eligible: s.retentionEligibleN,
      retained: s.retentionRetainedN,
      pct: round3((100 * s.retentionRetained) / s.retentionEligible),
    };
  return out;
}

/** One eligible interaction, retained or not, credited with weight w. */
export function addRetention(s: AdditionSums, retained: boolean, w = 1) {
  s.retentionEligibleN++;
  s.retentionEligible += w;
  if (retained) {
    s.retentionRetainedN++;
    s.retentionRetained += w;
  }
}

export const RETENTION_DAYS = 60;
export const DAY_MS = 86_400_000;
