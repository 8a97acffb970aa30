import { describe, expect, it } from "vitest";
import { localDay, parsePeriodKey, periodFor, zonedMidnight } from "./period";

describe("periods", () => {
  it("starts at local midnight in the org's time zone", () => {
    expect(zonedMidnight("2026-09-03", "Asia/Tokyo").toISOString()).toBe("2026-09-02T15:00:00.000Z");
    expect(zonedMidnight("2026-03-29", "Europe/Helsinki").toISOString()).toBe("2026-03-28T22:00:00.000Z");
    expect(zonedMidnight("2026-03-30", "Europe/Helsinki").toISOString()).toBe("2026-03-29T21:00:00.000Z");
    expect(localDay(new Date("2026-09-02T16:00:00Z"), "Asia/Tokyo")).toBe("2026-09-03");
  });

  it("makes half-open periods that include today", () => {
    const now = new Date("2026-09-03T12:00:00Z");
    const p = periodFor("30d", "UTC", now);
    expect(p.from?.toISOString()).toBe("2026-08-05T00:00:00.000Z");
    expect(p.to?.toISOString()).toBe("2026-09-04T00:00:00.000Z");
    expect(periodFor("all", "UTC", now)).toEqual({});
  });

  it("falls back on an unknown key", () => {
    expect(parsePeriodKey("7y")).toBe("90d");
    expect(parsePeriodKey(["30d"])).toBe("30d");
  });
});
