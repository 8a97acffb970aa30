// Bursts of top scores from one origin (an address or a kiosk device). Within any 30 minutes, k
// top scores out of the origin's m scored answers is a burst when k >= 5 and getting that many by
// chance, at the organisation's own rate of top scores p, is below 1 in 1,000 (binomial tail
// P(X >= k | m, p)). A shop where nearly everyone gives a 10 therefore needs a far longer run
// than one where 10s are rare. Overlapping windows merge into one flag.
import { byTime, groupBy, pct, topScore, type FlagDraft, type ScanAnswer } from "./types";

export const BURST_WINDOW_MS = 30 * 60_000;
export const BURST_MIN_TOP = 5;
export const BURST_MAX_CHANCE = 0.001;

/** P(X >= k) for X ~ Binomial(m, p), summed term by term (m is small: one origin's half hour). */
export function binomialTail(k: number, m: number, p: number): number {
  if (k <= 0) return 1;
  if (k > m) return 0;
  let term = Math.pow(1 - p, m); // P(X = 0)
  let sum = 0;
  for (let i = 0; i < m; i++) {
    if (i >= k) sum += term;
    term *= ((m - i) / (i + 1)) * (p / (1 - p));
  }
  return sum + term; // the i = m term
}

/** The organisation's share of top scores among scored answers, kept away from 0 and 1. */
export function topRate(answers: ScanAnswer[]): number {
  let n = 0;
  let top = 0;
  for (const a of answers) {
    const t = topScore(a);
    if (t === null) continue;
    n++;
    if (t) top++;
  }
  if (n < 50) return 0.5;
  return Math.min(0.95, Math.max(0.05, top / n));
}

export function detectBursts(answers: ScanAnswer[], rate = topRate(answers)): FlagDraft[] {
  const out: FlagDraft[] = [];
  for (const [origin, list] of groupBy(answers, (a) => a.origin)) {
    const scored = byTime(list.filter((a) => topScore(a) !== null));
    // Flagged windows as [start, end] indexes into `scored`, merged when they overlap.
    const spans: [number, number][] = [];
    let end = 0;
    for (let start = 0; start < scored.length; start++) {
      if (end < start) end = start;
      const limit = scored[start].answeredAt.getTime() + BURST_WINDOW_MS;
      while (end + 1 < scored.length && scored[end + 1].answeredAt.getTime() <= limit) end++;
      const m = end - start + 1;
      let k = 0;
      for (let i = start; i <= end; i++) if (topScore(scored[i])) k++;
      if (k < BURST_MIN_TOP || binomialTail(k, m, rate) >= BURST_MAX_CHANCE) continue;
      const last = spans[spans.length - 1];
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else spans.push([start, end]);
    }
    for (const [s, e] of spans) {
      const window = scored.slice(s, e + 1);
      const tops = window.filter((a) => topScore(a));
      const where = origin.startsWith("kiosk:") ? "one kiosk" : "one address";
      const minutes = Math.max(
        1,
        Math.round((window[window.length - 1].answeredAt.getTime() - window[0].answeredAt.getTime()) / 60_000),
      );
      out.push({
        kind: "burst",
        key: `burst:${origin}:${tops[0].id}`,
        subjectId: origin,
        summary: `${tops.length} top scores out of ${window.length} answers from ${where} within ${minutes} min; at this organisation's rate of ${pct(rate)} top scores, chance is below 1 in 1,000.`,
        responseIds: tops.map((a) => a.id),
        firstAt: tops[0].answeredAt,
        lastAt: tops[tops.length - 1].answeredAt,
      });
    }
  }
  return out;
}
