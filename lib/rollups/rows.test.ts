// The accumulator's value lists for bulk writes are its rows, column for column.
import { describe, expect, it } from "vitest";
import { choiceRowValues, RollupAccumulator, rowValues } from "./rows";

describe("RollupAccumulator value lists", () => {
  it("sortedValues and choiceValues are sorted() and choiceRows() through rowValues and choiceRowValues", () => {
    const acc = new RollupAccumulator("org1");
    const credits = [
      { userId: "u2", teamId: "t1", weight: 0.5 },
      { userId: "u1", teamId: "t1", weight: 1 },
      { userId: "u3", teamId: null, weight: 0.25 },
    ];
    const days = ["2026-09-03", "2026-09-01", "2026-09-02"];
    for (let i = 0; i < 60; i++)
      acc.addResponse(
        {
          answeredAt: new Date(0),
          nps: i % 11,
          csat: i % 3 === 0 ? null : 1 + (i % 5),
          ces: i % 2 ? 1 + (i % 7) : null,
          touchpointId: `tp${i % 3}`,
          credits: credits.slice(0, i % 4),
          compare: i % 4 === 0 ? null : 1 + (i % 3),
          returnIntent: 1 + (i % 3),
          choices: i % 5 === 0 ? [] : [{ questionId: "q", optionId: ["fast", "clean", "value"][i % 3] }],
        },
        days[i % 3],
      );
    expect(acc.sortedValues()).toStrictEqual(acc.sorted().map(rowValues));
    expect(acc.choiceValues()).toStrictEqual(acc.choiceRows().map(choiceRowValues));
    expect(acc.choiceValues().length).toBeGreaterThan(10);
  });
});
