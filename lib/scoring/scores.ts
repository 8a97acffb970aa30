// docs/scoring.md, exactly: NPS, CSAT %, CES, margins of error and shrinkage toward the org.
import type { ScoreSums, Scores } from "./types";

/** Below this many answers the UI shows "not enough answers yet" instead of a number. */
export const MIN_ANSWERS = 5;
/** Pseudo-responses at the organisation's score used for fair impact. */
export const K_SHRINK = 10;

const Z = 1.96;

/** Rounded to 3 decimals, the precision of the interchange export; never -0. */
export function round3(x: number): number {
  const r = Math.round(x * 1000) / 1000;
  return r === 0 ? 0 : r;
}

/** 1.96 × 100 × √(variance / n_eff), n_eff = (Σw)² / Σw². Variance is clamped at 0 against float noise. */
function moe(variance: number, w: number, w2: number): number {
  const nEff = (w * w) / w2;
  return Z * 100 * Math.sqrt(Math.max(0, variance) / nEff);
}

/**
 * cesMoe = 1.96 × √(Σw·(ces − CES)² / Σw) / √n_eff. Undefined for rollup rows written before
 * Σw·ces² was kept (it is then below Σw, impossible for answers from 1 to 7) until a rebuild.
 */
function cesMoe(s: ScoreSums): number | undefined {
  if (s.cesSum2 < s.cesW - 1e-9 || s.cesW2 <= 0) return undefined;
  const mean = s.cesSum / s.cesW;
  const variance = Math.max(0, s.cesSum2 / s.cesW - mean * mean);
  const nEff = (s.cesW * s.cesW) / s.cesW2;
  return (Z * Math.sqrt(variance)) / Math.sqrt(nEff);
}

/**
 * Turns additive sums into a score object. With `org` (the organisation's scores for the
 * same period, as scores or better as its sums, which avoids rounding) it also gives the
 * person's shrunk scores and impact.
 */
export function scoresFromSums(sums: ScoreSums, orgScores?: Pick<Scores, "nps" | "csat"> | ScoreSums): Scores {
  const org = orgScores && "npsW" in orgScores ? orgLevels(orgScores) : orgScores;
  const out: Scores = { responses: sums.responses };
  let npsMoe = 0;
  let csatMoe = 0;
  if (sums.npsN > 0 && sums.npsW > 0) {
    const p = sums.npsProm / sums.npsW;
    const d = sums.npsDet / sums.npsW;
    const nps = 100 * (p - d);
    npsMoe = moe(p + d - (p - d) ** 2, sums.npsW, sums.npsW2);
    out.npsN = sums.npsN;
    out.nps = round3(nps);
    out.npsMoe = round3(npsMoe);
  }
  if (sums.csatN > 0 && sums.csatW > 0) {
    const c = sums.csatPos / sums.csatW;
    csatMoe = moe(c * (1 - c), sums.csatW, sums.csatW2);
    out.csatN = sums.csatN;
    out.csat = round3(100 * c);
    out.csatMoe = round3(csatMoe);
  }
  if (sums.cesN > 0 && sums.cesW > 0) {
    out.cesN = sums.cesN;
    out.ces = round3(sums.cesSum / sums.cesW);
    const m = cesMoe(sums);
    if (m !== undefined) out.cesMoe = round3(m);
  }
  if (org) {
    // Σw·s = promoters − detractors (weighted); k pseudo-answers at the org's NPS.
    if (out.nps !== undefined && org.nps !== undefined) {
      const shrunk = (100 * (sums.npsProm - sums.npsDet) + K_SHRINK * org.nps) / (sums.npsW + K_SHRINK);
      out.npsShrunk = round3(shrunk);
      out.npsImpact = round3(shrunk - org.nps);
      // Shrinkage scales the person's noise by the factor it scales their score (docs/scoring.md).
      out.npsImpactMoe = round3((npsMoe * sums.npsW) / (sums.npsW + K_SHRINK));
    }
    if (out.csat !== undefined && org.csat !== undefined) {
      const shrunk = (100 * sums.csatPos + K_SHRINK * org.csat) / (sums.csatW + K_SHRINK);
      out.csatShrunk = round3(shrunk);
      out.csatImpact = round3(shrunk - org.csat);
      out.csatImpactMoe = round3((csatMoe * sums.csatW) / (sums.csatW + K_SHRINK));
    }
  }
  return out;
}

/** The org's unrounded NPS and CSAT %, so shrinkage does not inherit the export's rounding. */
function orgLevels(s: ScoreSums): Pick<Scores, "nps" | "csat"> {
  return {
    nps: s.npsW > 0 ? (100 * (s.npsProm - s.npsDet)) / s.npsW : undefined,
    csat: s.csatW > 0 ? (100 * s.csatPos) / s.csatW : undefined,
  };
}

/** True when a metric has enough answers to be shown as a number. */
export function isShowable(n: number | undefined): boolean {
  return (n ?? 0) >= MIN_ANSWERS;
}
