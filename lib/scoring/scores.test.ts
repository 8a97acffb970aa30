import { describe, expect, it } from "vitest";
import { addAnswer, addSums, answerSums, emptySums } from "./sums";
import { isShowable, MIN_ANSWERS, K_SHRINK, scoresFromSums } from "./scores";

describe("scoresFromSums", () => {
  it("scores unweighted answers (org/team: weight 1)", () => {
    const sums = emptySums();
    // NPS 10, 9, 9, 7, 3 → P = 3, D = 1, N = 5: p = 0.6, d = 0.2, NPS = 100 × 0.4 = 40
    // moe = 1.96 × 100 × √((0.6 + 0.2 − 0.4²) / 5) = 196 × √0.128 = 70.123
    for (const nps of [10, 9, 9, 7, 3]) addAnswer(sums, { nps });
    // CSAT 5, 4, 3, 2 → c = 2/4 = 0.5: 50 %, moe = 196 × √(0.25 / 4) = 49
    for (const csat of [5, 4, 3, 2]) addAnswer(sums, { csat });
    // CES 7, 5 → mean 6, variance 1, cesMoe = 1.96 × 1 / √2 = 1.386
    for (const ces of [7, 5]) addAnswer(sums, { ces });
    expect(scoresFromSums(sums)).toEqual({
      responses: 11,
      npsN: 5,
      nps: 40,
      npsMoe: 70.123,
      csatN: 4,
      csat: 50,
      csatMoe: 49,
      cesN: 2,
      ces: 6,
      cesMoe: 1.386,
    });
  });

  it("weights a person's credits and shrinks toward the org", () => {
    const sums = emptySums();
    // A: nps 10, csat 5 at weight 1; B: nps 0, csat 2 at weight 0.5.
    addAnswer(sums, { nps: 10, csat: 5 }, 1);
    addAnswer(sums, { nps: 0, csat: 2 }, 0.5);
    // Σw = 1.5, Σw² = 1.25, n_eff = 2.25 / 1.25 = 1.8
    // p = 1 / 1.5 = 2/3, d = 0.5 / 1.5 = 1/3, NPS = 33.333
    // npsMoe = 196 × √((1 − (1/3)²) / 1.8) = 137.735
    // npsShrunk (org NPS 20) = (100 × (1 − 0.5) + 10 × 20) / (1.5 + 10) = 250 / 11.5 = 21.739, impact 1.739
    // CSAT c = 1 / 1.5 = 66.667 %, moe = 196 × √((2/9) / 1.8) = 68.867
    // csatShrunk (org 50) = (100 × 1 + 10 × 50) / 11.5 = 52.174, impact 2.174
    expect(scoresFromSums(sums, { nps: 20, csat: 50 })).toEqual({
      responses: 2,
      npsN: 2,
      nps: 33.333,
      npsMoe: 137.735,
      csatN: 2,
      csat: 66.667,
      csatMoe: 68.867,
      npsShrunk: 21.739,
      npsImpact: 1.739,
      // impact margins: moe × Σw / (Σw + k) = 137.735 × 1.5 / 11.5 and 68.867 × 1.5 / 11.5
      npsImpactMoe: 17.965,
      csatShrunk: 52.174,
      csatImpact: 2.174,
      csatImpactMoe: 8.983,
    });
  });

  it("leaves out metrics with no answers, and shrinkage without an org score", () => {
    const sums = answerSums({ comment: "x" } as never);
    expect(scoresFromSums(sums, {})).toEqual({ responses: 1 });
    expect(scoresFromSums(answerSums({ ces: 4 }), { nps: 10 })).toEqual({ responses: 1, cesN: 1, ces: 4, cesMoe: 0 });
  });

  it("gives a zero margin (not NaN) when every answer agrees", () => {
    const sums = emptySums();
    // p = 1, d = 0: variance 1 + 0 − 1² = 0 (may come out as −1e-17 in floats)
    for (let i = 0; i < 3; i++) addAnswer(sums, { nps: 10, csat: 5 }, 0.25);
    const s = scoresFromSums(sums);
    expect(s.nps).toBe(100);
    expect(s.npsMoe).toBe(0);
    expect(s.csatMoe).toBe(0);
  });

  it("sums of days add up to the sums of the period", () => {
    const day1 = answerSums({ nps: 9, csat: 4, ces: 3 }, 0.5);
    const day2 = answerSums({ nps: 2 }, 1);
    const both = addSums(addSums(emptySums(), day1), day2);
    expect(both).toMatchObject({
      responses: 2,
      npsN: 2,
      npsW: 1.5,
      npsW2: 1.25,
      npsProm: 0.5,
      npsDet: 1,
      csatPos: 0.5,
      cesSum: 1.5,
    });
  });

  it("shrinks a newcomer with three perfect answers most of the way to the org", () => {
    const sums = emptySums();
    for (let i = 0; i < 3; i++) addAnswer(sums, { nps: 10 });
    // (100 × 3 + 10 × 0) / (3 + 10) = 23.077: a strong start, not a +100 outlier
    const s = scoresFromSums(sums, { nps: 0 });
    expect(s.npsShrunk).toBe(23.077);
    expect(K_SHRINK).toBe(10);
  });

  it("gives CES its margin: 1.96 × weighted SD / √n_eff", () => {
    const sums = emptySums();
    // CES 7, 5, 3 at weight 1: mean 5, Σ(ces − 5)² / 3 = 8/3, n_eff 3 → 1.96 × √(8/3) / √3 = 1.848
    for (const ces of [7, 5, 3]) addAnswer(sums, { ces });
    expect(scoresFromSums(sums).cesMoe).toBe(1.848);
    // Weighted: 7 at w 1 and 1 at w 0.5 → mean 5, variance (4 + 0.5 × 16) / 1.5 = 8, n_eff 2.25 / 1.25 = 1.8
    // 1.96 × √8 / √1.8 = 4.132
    const weighted = emptySums();
    addAnswer(weighted, { ces: 7 }, 1);
    addAnswer(weighted, { ces: 1 }, 0.5);
    expect(scoresFromSums(weighted).cesMoe).toBe(4.132);
  });

  it("leaves cesMoe out for day rows written before Σw·ces² was kept", () => {
    const old = answerSums({ ces: 6 });
    old.cesSum2 = 0;
    expect(scoresFromSums(old)).toEqual({ responses: 1, cesN: 1, ces: 6 });
  });

  it("knows when a score may be shown", () => {
    expect(MIN_ANSWERS).toBe(5);
    expect(isShowable(4)).toBe(false);
    expect(isShowable(5)).toBe(true);
    expect(isShowable(undefined)).toBe(false);
  });
});
