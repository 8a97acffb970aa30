import { describe, expect, it } from "vitest";
import { parsePeriodKey, periodFor } from "./period";

describe("periods", () => {
  it("makes half-open periods that include today", () => {
    const now = new Date("2026-09-03T12:00:00Z");
    const p = periodFor("30d", "UTC", now);
    expect(p.from?.toISOString()).toBe("2026-08-05T00:00:00.000Z");
    expect(p.to?.toISOString()).toBe("2026-09-04T00:00:00.000Z");
    expect(periodFor("all", "UTC", now)).toEqual({});
    expect(periodFor("30d", "Asia/Tokyo", now).from?.toISOString()).toBe("2026-08-04T15:00:00.000Z");
  });

  it("falls back on an unknown key", () => {
    expect(parsePeriodKey("7y")).toBe("90d");
    expect(parsePeriodKey(["30d"])).toBe("30d");
  });
});
