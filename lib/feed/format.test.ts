import { describe, expect, it } from "vitest";
import { duration, impactView, metricLine, signedImpact } from "./format";

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

  it("words impact plainly, with a sign", () => {
    expect(impactView({ responses: 35, npsN: 32, npsImpact: 7.806 }).value).toBe("+7.8 NPS points above the org");
    expect(impactView({ responses: 35, npsN: 32, npsImpact: -2.14 }).value).toBe("−2.1 NPS points below the org");
    expect(impactView({ responses: 0 }).tone).toBe("none");
    expect(signedImpact(-0.01)).toBe("0.0");
  });

  it("formats durations", () => {
    expect(duration(20 * 60_000)).toBe("20 min");
    expect(duration(200 * 60_000)).toBe("3 h 20 min");
    expect(duration(52 * 3600_000)).toBe("2 days 4 h");
  });
});
