// Is a person's impact clearly different from the organisation's? (docs/scoring.md "Is a difference
// clear?"). Every screen, email and API field that words an impact asks this one function.
import { MIN_ANSWERS } from "./scores";
import type { Scores } from "./types";

export type ImpactMetric = "nps" | "csat";

/**
 * `not-enough`: fewer than MIN_ANSWERS answers, no impact at all. `unclear`: |impact| ≤ its
 * margin, so the interval still holds zero. `above` / `below`: a difference worth naming.
 */
export type ImpactClarity = "not-enough" | "unclear" | "above" | "below";

export type ImpactReading = {
  clarity: ImpactClarity;
  n: number;
  impact?: number;
  moe?: number;
  /** the interval impact ± moe, present whenever there are enough answers */
  low?: number;
  high?: number;
};

export function readImpact(s: Scores | null | undefined, metric: ImpactMetric = "nps"): ImpactReading {
  const n = (metric === "nps" ? s?.npsN : s?.csatN) ?? 0;
  const impact = metric === "nps" ? s?.npsImpact : s?.csatImpact;
  const moe = metric === "nps" ? s?.npsImpactMoe : s?.csatImpactMoe;
  if (n < MIN_ANSWERS || impact === undefined || moe === undefined) return { clarity: "not-enough", n };
  const clarity: ImpactClarity = Math.abs(impact) > moe ? (impact > 0 ? "above" : "below") : "unclear";
  return { clarity, n, impact, moe, low: impact - moe, high: impact + moe };
}

/** True when the difference may be named (and, above, praised). */
export function isClear(r: ImpactReading): boolean {
  return r.clarity === "above" || r.clarity === "below";
}
