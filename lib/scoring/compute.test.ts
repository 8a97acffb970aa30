import { describe, expect, it } from "vitest";
import { computeScores } from "./compute";
import { smallExpected, smallFixture } from "../interchange/fixtures";
import { compareScores } from "../interchange/fixtures/compare";
import type { ScoringInput } from "./compute";

describe("computeScores", () => {
  it("reproduces interchange-small.expected.json within 0.05", () => {
    const result = compareScores(computeScores(smallFixture() as ScoringInput), smallExpected());
    expect(result.problems).toEqual([]);
    // Measured: max deviation 0 (exact to the 3 decimals of the file).
    expect(result.max).toBeLessThanOrEqual(0.05);
  });

  it("counts a team once per response and an org once per response", () => {
    // One response credits Aiko (counter, w 1) and Eeva (counter, w 0.5) and Ben (bakery, w 0.25).
    const doc = {
      staff: [
        { email: "aiko@x.test", team: "counter" },
        { email: "eeva@x.test", team: "counter" },
        { email: "ben@x.test", team: "bakery" },
      ],
      interactions: [
        {
          ref: "a",
          contributors: [
            { email: "aiko@x.test", weight: 1 },
            { email: "eeva@x.test", weight: 0.5 },
            { email: "ben@x.test", weight: 0.25 },
          ],
        },
      ],
      responses: [{ interactionRef: "a", nps: 10 }],
    };
    const s = computeScores(doc);
    expect(s.org).toMatchObject({ responses: 1, npsN: 1, nps: 100 });
    expect(s.teams).toEqual([
      { team: "bakery", responses: 1, npsN: 1, nps: 100, npsMoe: 0 },
      { team: "counter", responses: 1, npsN: 1, nps: 100, npsMoe: 0 },
    ]);
    // Ben: shrunk = (100 × 0.25 + 10 × 100) / 10.25 = 100, impact 0
    expect(s.staff.map((p) => [p.email, p.responses, p.npsShrunk])).toEqual([
      ["aiko@x.test", 1, 100],
      ["ben@x.test", 1, 100],
      ["eeva@x.test", 1, 100],
    ]);
  });
});
