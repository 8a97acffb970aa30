import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TREND_CHART_LAYOUT, TrendChart } from "./trend-chart";

const points = [
  { weekStart: "2026-09-07", value: 20, n: 12 },
  { weekStart: "2026-09-14", value: -100, n: 2 },
  { weekStart: "2026-09-21", value: 35, n: 9 },
];
const render = (p = points) =>
  renderToStaticMarkup(
    createElement(TrendChart, { title: "NPS", yLabel: "NPS", points: p, min: -100, max: 100, ticks: [-100, 0, 100] }),
  );

describe("trend chart", () => {
  it("draws small weeks hollow and explains them in a visible legend", () => {
    const html = render();
    expect(html.match(/fill="#fff"/g)).toHaveLength(2); // the hollow week, and its legend swatch
    expect(html).toContain("Fewer than 5 answers: shown, not joined");
    expect(html).toContain("Week with 5 or more answers");
    expect(html).toContain("(2 answers)"); // every point carries its n
  });

  it("shows no legend when there is nothing to explain", () => {
    expect(render([])).not.toContain("Fewer than 5 answers");
  });

  it("keeps the y-axis title clear of the widest tick label", () => {
    const { padLeft, yTitleX, fontSize } = TREND_CHART_LAYOUT;
    const titleRight = yTitleX + fontSize / 2; // the rotated title is one line tall
    const widestLabel = "−100".length * fontSize * 0.62; // generous average glyph width
    expect(titleRight).toBeLessThan(padLeft - 6 - widestLabel);
  });
});
