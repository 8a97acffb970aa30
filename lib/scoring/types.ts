// The shapes every score in the product takes (docs/scoring.md, docs/interchange.md "scores").
import type { AdditionScores } from "./additions";

/**
 * Additive sums from which every score is derived. Sums of two periods (or two days) add up
 * field by field, which is what lets DailyRollup rows be summed and then turned into scores.
 * Field names match the DailyRollup columns.
 */
export type ScoreSums = {
  /** distinct responses (unweighted) */
  responses: number;
  npsN: number; // unweighted count of NPS answers
  npsW: number; // Σw over NPS answers
  npsW2: number; // Σw² over NPS answers
  npsProm: number; // Σw·[nps ≥ 9]
  npsDet: number; // Σw·[nps ≤ 6]
  csatN: number;
  csatW: number;
  csatW2: number;
  csatPos: number; // Σw·[csat ≥ 4]
  cesN: number;
  cesW: number;
  cesSum: number; // Σw·ces
  cesSum2: number; // Σw·ces², for cesMoe
  cesW2: number; // Σw² over CES answers
};

/**
 * A score object. A metric with no answers is absent (its n too). npsShrunk/npsImpact and
 * csatShrunk/csatImpact are only present for people (computed against the org's score).
 */
export type Scores = {
  responses: number;
  npsN?: number;
  nps?: number;
  npsMoe?: number;
  csatN?: number;
  csat?: number;
  csatMoe?: number;
  cesN?: number;
  ces?: number;
  cesMoe?: number;
  npsShrunk?: number;
  npsImpact?: number;
  npsImpactMoe?: number;
  csatShrunk?: number;
  csatImpact?: number;
  csatImpactMoe?: number;
};

/** One answered response as the scoring core sees it: each metric optional. */
export type Answer = { nps?: number | null; csat?: number | null; ces?: number | null };

/** The interchange "scores" document (docs/interchange.md): org, staff sorted by email, teams, touchpoints. */
export type ScoresDocument = {
  org: Scores & AdditionScores;
  staff: (Scores & AdditionScores & { email: string })[];
  teams: (Scores & AdditionScores & { team: string })[];
  /** with the additions; absent from documents computed without the database (lib/scoring/compute.ts) */
  touchpoints?: (Scores & AdditionScores & { touchpoint: string })[];
};
