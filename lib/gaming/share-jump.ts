// A person whose share of NPS 10s jumps against their own history. The recent window (the last
// 14 days) is compared with the 90 days before it, on the answers that credit the person, by a
// one-sided two-proportion z-test with the pooled share:
//   z = (p1 - p0) / sqrt(p (1 - p) (1/n1 + 1/n0))
// Flagged when n1 >= 20 and n0 >= 30 (too few answers say nothing), the rise is at least 20
// points (small real changes are not worth an admin's time) and z >= 3.09 (p < 0.001: a jump this
// large happens by chance about once in a thousand comparisons).
import { pct, type FlagDraft, type ScanAnswer } from "./types";

const DAY_MS = 86_400_000;
export const RECENT_DAYS = 14;
export const BASELINE_DAYS = 90;
export const MIN_RECENT = 20;
export const MIN_BASELINE = 30;
export const MIN_RISE = 0.2;
export const Z_CRITICAL = 3.09;

export type TensTally = { recentN: number; recentTens: number; baseN: number; baseTens: number };

export function shareJumpTest(t: TensTally): { p1: number; p0: number; z: number; flagged: boolean } {
  const p1 = t.recentN ? t.recentTens / t.recentN : 0;
  const p0 = t.baseN ? t.baseTens / t.baseN : 0;
  const pooled = t.recentN + t.baseN ? (t.recentTens + t.baseTens) / (t.recentN + t.baseN) : 0;
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / Math.max(1, t.recentN) + 1 / Math.max(1, t.baseN)));
  const z = se > 0 ? (p1 - p0) / se : 0;
  const flagged = t.recentN >= MIN_RECENT && t.baseN >= MIN_BASELINE && p1 - p0 >= MIN_RISE && z >= Z_CRITICAL;
  return { p1, p0, z, flagged };
}

/** The windows the test compares, for `now`: recent [now - 14 d, now), baseline the 90 days before. */
export function shareWindows(now: Date) {
  const recentFrom = new Date(now.getTime() - RECENT_DAYS * DAY_MS);
  return { recentFrom, baseFrom: new Date(recentFrom.getTime() - BASELINE_DAYS * DAY_MS), to: now };
}

/**
 * Answers with an NPS over the baseline and recent windows. The draft's key has no date: the
 * caller (lib/gaming/save-flags.ts) keeps one open flag per person.
 */
export function detectShareJumps(answers: ScanAnswer[], now: Date): FlagDraft[] {
  const w = shareWindows(now);
  const tally = new Map<string, TensTally & { tens: ScanAnswer[] }>();
  for (const a of answers) {
    if (a.nps == null) continue;
    const t = a.answeredAt.getTime();
    if (t < w.baseFrom.getTime() || t >= w.to.getTime()) continue;
    const recent = t >= w.recentFrom.getTime();
    for (const userId of new Set(a.credits)) {
      let s = tally.get(userId);
      if (!s) tally.set(userId, (s = { recentN: 0, recentTens: 0, baseN: 0, baseTens: 0, tens: [] }));
      if (recent) {
        s.recentN++;
        if (a.nps === 10) {
          s.recentTens++;
          s.tens.push(a);
        }
      } else {
        s.baseN++;
        if (a.nps === 10) s.baseTens++;
      }
    }
  }
  const out: FlagDraft[] = [];
  for (const [userId, s] of tally) {
    const r = shareJumpTest(s);
    if (!r.flagged) continue;
    const tens = [...s.tens].sort((a, b) => a.answeredAt.getTime() - b.answeredAt.getTime());
    out.push({
      kind: "share-jump",
      key: `share-jump:${userId}`,
      subjectId: userId,
      summary: `10s rose to ${pct(r.p1)} of ${s.recentN} answers in the last ${RECENT_DAYS} days, from ${pct(r.p0)} of ${s.baseN} in the ${BASELINE_DAYS} days before (z = ${r.z.toFixed(1)}, more than chance at p < 0.001).`,
      responseIds: tens.map((a) => a.id),
      firstAt: tens[0].answeredAt,
      lastAt: tens[tens.length - 1].answeredAt,
    });
  }
  return out;
}
