// docs/scoring.md "What moves NPS": the NPS with and without an attribute, and when a gap is clear.
import { describe, expect, it } from "vitest";
import { addDriverAnswer, driversFromSums, type DriverSums } from "./drivers";

function sums(answers: [nps: number, chose: string[]][]): DriverSums {
  const s: DriverSums = new Map();
  for (const [nps, chose] of answers) addDriverAnswer(s, nps, new Map([["q", chose]]));
  return s;
}

describe("drivers", () => {
  it("calls a gap higher only when it is larger than its margin", () => {
    // 10 chose "a", all promoters: NPS 100 ± 0. 10 did not: 5 promoters, 5 detractors → NPS 0,
    // margin 196 × √((0.5 + 0.5 − 0) / 10) = 61.981. Gap 100 ± 61.981 → clear, higher.
    const s = sums([...Array(10).fill([10, ["a"]]), ...Array(5).fill([10, ["b"]]), ...Array(5).fill([0, ["b"]])]);
    const [a, b] = driversFromSums(s, new Map([["q", ["a", "b", "c"]]]));
    expect(a).toMatchObject({ option: "a", chose: { n: 10, nps: 100, npsMoe: 0 }, other: { n: 10, nps: 0 } });
    expect(a.other.npsMoe).toBeCloseTo(61.981, 2);
    expect(a.differenceMoe).toBeCloseTo(61.981, 2);
    expect(a.verdict).toBe("higher");
    expect(b.verdict).toBe("lower");
  });

  it("says unclear when the gap is within its margin, and not enough below 5 a side", () => {
    // chose: 3 promoters 2 detractors → 20; other: 2 promoters 3 detractors → −20; gap 40, margin ≈ 120
    const s = sums([
      ...Array(3).fill([9, ["a"]]),
      ...Array(2).fill([3, ["a"]]),
      ...Array(2).fill([9, ["b"]]),
      ...Array(3).fill([3, ["b"]]),
    ]);
    const [a, , c] = driversFromSums(s, new Map([["q", ["a", "b", "c"]]]));
    expect(a.difference).toBeCloseTo(40, 3);
    expect(a.verdict).toBe("unclear");
    // nobody chose c: 0 against 10 → not enough
    expect(c).toMatchObject({ option: "c", chose: { n: 0 }, other: { n: 10 }, verdict: "not-enough" });
  });

  it("ignores answers without NPS or without the question", () => {
    const s: DriverSums = new Map();
    addDriverAnswer(s, null, new Map([["q", ["a"]]]));
    addDriverAnswer(s, 9, null);
    addDriverAnswer(s, 9, new Map([["q", []]]));
    expect(driversFromSums(s)).toEqual([]);
  });
});
