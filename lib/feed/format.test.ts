import { describe, expect, it } from "vitest";
import { duration, impactCell, impactView, metricLine, signedImpact } from "./format";

describe("score wording", () => {
  it("shows n and margin of error, or not enough answers", () => {
    expect(metricLine("nps", { responses: 35, npsN: 32, nps: 25, npsMoe: 27.392 })).toBe("NPS 25 ± 27 · 32 answers");
    expect(metricLine("csat", { responses: 35, csatN: 27, csat: 55.556, csatMoe: 18.743 })).toBe(
      "CSAT 56% ± 19 · 27 answers",
    );
    expect(metricLine("ces", { responses: 35, cesN: 18, ces: 5.167 })).toBe("CES 5.2 · 18 answers");
    expect(metricLine("nps", { responses: 4, npsN: 4, nps: 100, npsMoe: 0 })).toBe(
      "NPS: not enough answers yet (4 answers)",
    );
    expect(metricLine("csat", { responses: 0 })).toBe("CSAT: not enough answers yet (0 answers)");
  });

  it("names a direction, and praises, only when the impact is larger than its margin", () => {
    // Just outside the margin, on either side: a direction.
    const above = impactView({ responses: 40, npsN: 32, npsImpact: 7.806, npsImpactMoe: 7.7 });
    expect(above).toMatchObject({ clarity: "above", tone: "up", value: "+7.8 NPS points above the org" });
    expect(above.words).toContain("Keep it up!");
    expect(above.interval).toBe("+7.8 ± 7.7 NPS points (+0.1 to +15.5)");
    const below = impactView({ responses: 40, npsN: 32, npsImpact: -9.2, npsImpactMoe: 9.1 });
    expect(below).toMatchObject({ clarity: "below", tone: "down", value: "−9.2 NPS points below the org" });
    expect(below.words).not.toContain("Keep it up");
  });

  it("says no clear difference yet, with the interval, inside the margin", () => {
    // The person from the complaint: +0.8 with a margin of ±11 is not "above" anything.
    const unclear = impactView({ responses: 20, npsN: 20, npsImpact: 0.8, npsImpactMoe: 11 });
    expect(unclear).toMatchObject({ clarity: "unclear", tone: "flat", value: "No clear difference yet" });
    expect(unclear.interval).toBe("+0.8 ± 11.0 NPS points (−10.2 to +11.8)");
    expect(unclear.words).not.toMatch(/Keep it up|above|below/);
    // Exactly on the margin is still not clear.
    expect(impactView({ responses: 9, npsN: 9, npsImpact: -6.5, npsImpactMoe: 6.5 }).clarity).toBe("unclear");
  });

  it("shows no impact at all under 5 answers, however large", () => {
    const few = impactView({ responses: 2, npsN: 2, npsImpact: 12, npsImpactMoe: 3 });
    expect(few).toMatchObject({ clarity: "not-enough", value: null, interval: null, tone: "none" });
    expect(few.words).toContain("2 answers so far, 5 needed");
    expect(impactView({ responses: 0 }).words).toContain("Not enough answers yet");
    expect(impactCell({ responses: 4, npsN: 4, npsImpact: 9, npsImpactMoe: 1 })).toEqual({
      text: "—",
      clear: false,
      enough: false,
    });
    expect(impactCell({ responses: 30, npsN: 30, npsImpact: 9, npsImpactMoe: 4.04 })).toEqual({
      text: "+9.0 ± 4.0",
      clear: true,
      enough: true,
    });
    expect(signedImpact(-0.01)).toBe("0.0");
  });

  it("gives CES its margin", () => {
    expect(metricLine("ces", { responses: 35, cesN: 18, ces: 5.167, cesMoe: 0.901 })).toBe(
      "CES 5.2 ± 0.9 · 18 answers",
    );
  });

  it("formats durations", () => {
    expect(duration(20 * 60_000)).toBe("20 min");
    expect(duration(200 * 60_000)).toBe("3 h 20 min");
    expect(duration(52 * 3600_000)).toBe("2 days 4 h");
  });
});
