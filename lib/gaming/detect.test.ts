// The detectors' edges, without a database: the binomial tail, a burst against the rate, the
// human floor at a kiosk, and the share test's minimum sizes.
import { describe, expect, it } from "vitest";
import { binomialTail, detectBursts } from "./bursts";
import { detectKioskSpeed } from "./kiosk-speed";
import { shareJumpTest } from "./share-jump";
import type { ScanAnswer } from "./types";

const T0 = Date.parse("2026-11-20T10:00:00Z");
const a = (k: number, ms: number, nps: number, origin: string): ScanAnswer => ({
  id: `r${String(k).padStart(3, "0")}`,
  answeredAt: new Date(T0 + ms),
  nps,
  csat: null,
  comment: null,
  origin,
  credits: [],
});

describe("gaming detectors", () => {
  it("binomial tail", () => {
    expect(binomialTail(0, 5, 0.3)).toBe(1);
    expect(binomialTail(6, 5, 0.3)).toBe(0);
    expect(binomialTail(5, 5, 0.4)).toBeCloseTo(0.4 ** 5, 12);
    // P(X >= 2 | 3, 0.5) = (3 + 1) / 8
    expect(binomialTail(2, 3, 0.5)).toBeCloseTo(0.5, 12);
  });

  it("a run of top scores is a burst only when it is unlikely at the organisation's rate", () => {
    const run = (n: number) => Array.from({ length: n }, (_, k) => a(k, k * 120_000, 10, "addr:x"));
    expect(detectBursts(run(8), 0.4)).toHaveLength(1); // 0.4^8 ≈ 0.00066
    expect(detectBursts(run(7), 0.4)).toHaveLength(0); // 0.4^7 ≈ 0.0016
    expect(detectBursts(run(8), 0.9)).toHaveLength(0); // where nearly everyone gives a 10
    // The same eight spread over four hours are not a burst.
    expect(
      detectBursts(
        run(8).map((x, k) => ({ ...x, answeredAt: new Date(T0 + k * 35 * 60_000) })),
        0.4,
      ),
    ).toEqual([]);
  });

  it("a kiosk faster than a person: five answers each under 4 s apart, and not four", () => {
    const k = (gaps: number[]) => {
      let t = 0;
      return [a(0, 0, 9, "kiosk:k1"), ...gaps.map((g, i) => a(i + 1, (t += g), 9, "kiosk:k1"))];
    };
    expect(detectKioskSpeed(k([1000, 1500, 2000, 3999]))).toHaveLength(1);
    expect(detectKioskSpeed(k([1000, 1500, 2000]))).toHaveLength(0);
    expect(detectKioskSpeed(k([1000, 1500, 4000, 2000]))).toHaveLength(0);
    // Address origins are never judged by speed.
    expect(detectKioskSpeed(k([1, 1, 1, 1]).map((x) => ({ ...x, origin: "addr:y" })))).toEqual([]);
  });

  it("the share test needs enough answers on both sides and a rise beyond noise", () => {
    expect(shareJumpTest({ recentN: 30, recentTens: 24, baseN: 60, baseTens: 18 }).flagged).toBe(true);
    expect(shareJumpTest({ recentN: 19, recentTens: 19, baseN: 60, baseTens: 18 }).flagged).toBe(false);
    expect(shareJumpTest({ recentN: 30, recentTens: 24, baseN: 29, baseTens: 5 }).flagged).toBe(false);
    expect(shareJumpTest({ recentN: 30, recentTens: 14, baseN: 60, baseTens: 18 }).flagged).toBe(false);
  });
});
