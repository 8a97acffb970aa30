// Building ScoreSums: one answer at a time, or by adding sums together.
import type { Answer, ScoreSums } from "./types";

export function emptySums(): ScoreSums {
  return {
    responses: 0,
    npsN: 0,
    npsW: 0,
    npsW2: 0,
    npsProm: 0,
    npsDet: 0,
    csatN: 0,
    csatW: 0,
    csatW2: 0,
    csatPos: 0,
    cesN: 0,
    cesW: 0,
    cesSum: 0,
    cesSum2: 0,
    cesW2: 0,
  };
}

/** The sums one response contributes to a subject credited with `weight` (1 for org, team, touchpoint). */
export function answerSums(answer: Answer, weight = 1): ScoreSums {
  const s = emptySums();
  s.responses = 1;
  const w = weight;
  if (answer.nps != null) {
    s.npsN = 1;
    s.npsW = w;
    s.npsW2 = w * w;
    s.npsProm = answer.nps >= 9 ? w : 0;
    s.npsDet = answer.nps <= 6 ? w : 0;
  }
  if (answer.csat != null) {
    s.csatN = 1;
    s.csatW = w;
    s.csatW2 = w * w;
    s.csatPos = answer.csat >= 4 ? w : 0;
  }
  if (answer.ces != null) {
    s.cesN = 1;
    s.cesW = w;
    s.cesSum = w * answer.ces;
    s.cesSum2 = w * answer.ces * answer.ces;
    s.cesW2 = w * w;
  }
  return s;
}

const KEYS = Object.keys(emptySums()) as (keyof ScoreSums)[];

/** Adds `b` into `a` (mutating `a`, which is returned). */
export function addSums(a: ScoreSums, b: Partial<ScoreSums>): ScoreSums {
  for (const k of KEYS) a[k] += Number(b[k] ?? 0);
  return a;
}

export function addAnswer(sums: ScoreSums, answer: Answer, weight = 1): ScoreSums {
  return addSums(sums, answerSums(answer, weight));
}

export const SUM_KEYS: readonly (keyof ScoreSums)[] = KEYS;
