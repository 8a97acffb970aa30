import { describe, expect, it } from "vitest";
import { impactCell } from "./format";
import { rankMembers } from "./team-view";

const member = (name: string, npsN: number, nps: number, npsImpact: number, npsImpactMoe: number) => ({
  userId: name,
  name,
  kind: "frontline",
  scores: { responses: npsN, npsN, nps, npsImpact, npsImpactMoe },
});

describe("rankMembers", () => {
  it("orders by impact, never by raw score, and keeps small samples out", () => {
    const { ranked, unranked } = rankMembers([
      // Highest raw NPS, but few answers shrink it: a smaller impact than Bo's.
      member("Ada", 6, 80, 3.1, 9.5),
      member("Bo", 60, 40, 12.4, 6.2),
      member("Cy", 30, -10, -8.0, 7.9),
      member("Di", 3, 100, 9.0, 8.0),
    ]);
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([
      ["Bo", 1],
      ["Ada", 2],
      ["Cy", 3],
    ]);
    expect(unranked.map((r) => r.name)).toEqual(["Di"]);
    // Bo and Cy are clearly apart from the org; Ada's difference is inside her margin.
    expect(ranked.map((r) => impactCell(r.scores).clear)).toEqual([true, false, true]);
  });
});
