// docs/scoring.md "Attributes", "Comparison and return intent", "Retention" on a dataset small enough
// to compute by hand.
import { describe, expect, it } from "vitest";
import { addAdditions, additionsFromSums, addRetention, emptyAdditions } from "./additions";

describe("additions", () => {
  it("attribute shares, comparison index and return intent, weighted", () => {
    // Five answers credited to one person with weights 1, 1, 0.5, 0.5, 1.
    const answers = [
      { w: 1, compare: 3, returnIntent: 3, choices: new Map([["stood-out", ["friendly", "fast"]]]) },
      { w: 1, compare: 3, returnIntent: 2, choices: new Map([["stood-out", ["friendly"]]]) },
      { w: 0.5, compare: 1, returnIntent: 3, choices: new Map([["stood-out", ["fast"]]]) },
      { w: 0.5, compare: 2, returnIntent: 1, choices: null },
      { w: 1, compare: null, returnIntent: 3, choices: new Map([["stood-out", ["friendly"]]]) },
    ];
    const s = emptyAdditions();
    for (const a of answers) addAdditions(s, a, a.w);
    const out = additionsFromSums(s, new Map([["stood-out", ["friendly", "fast", "clean"]]]));
    // compare: Σw = 3, better = 2, worse = 0.5 → 100 × (2 − 0.5) / 3 = 50
    expect(out.compareN).toBe(4);
    expect(out.compare).toBeCloseTo(50, 3);
    // moe: p = 2/3, d = 1/6, var = p + d − (p − d)² = 0.5833; n_eff = 9 / 2.5 = 3.6
    expect(out.compareMoe).toBeCloseTo(1.96 * 100 * Math.sqrt((2 / 3 + 1 / 6 - 0.25) / 3.6), 2);
    // return: Σw = 4, yes = 1 + 0.5 + 1 = 2.5 → 62.5 %
    expect(out.returnN).toBe(5);
    expect(out.return).toBeCloseTo(62.5, 3);
    // stood-out answered by 4 (Σw = 3.5): friendly 3 (Σw 3) → 85.714 %, fast 2 (Σw 1.5) → 42.857 %, clean 0
    expect(out.attributes).toEqual([
      { question: "stood-out", option: "friendly", n: 4, count: 3, share: 85.714 },
      { question: "stood-out", option: "fast", n: 4, count: 2, share: 42.857 },
      { question: "stood-out", option: "clean", n: 4, count: 0, share: 0 },
    ]);
  });

  it("retention sums: counted and weighted (which visits retain is lib/interchange/retention.test.ts)", () => {
    const person = emptyAdditions();
    addRetention(person, true, 1);
    addRetention(person, false, 0.5);
    addRetention(person, true, 0.5);
    // counts are interactions; the percentage is weighted: (1 + 0.5) / 2 = 75 %
    expect(additionsFromSums(person).retention).toEqual({ eligible: 3, retained: 2, pct: 75 });
  });

  it("leaves out what has no answers", () => {
    expect(additionsFromSums(emptyAdditions())).toEqual({});
  });
});
