import { describe, expect, it } from "vitest";
import { addDays, isStartOfLocalDay, localDay, localWeekStart, startOfLocalDay, weekStartOfDay } from "./zone";
import { isDayAligned, periodToDays } from "./period";

const at = (iso: string) => new Date(iso);
const HEL = "Europe/Helsinki";

describe("local days in Europe/Helsinki across DST", () => {
  // 2026-03-29 03:00 EET (+2) jumps to 04:00 EEST (+3): a 23-hour day.
  it("spring forward", () => {
    expect(localDay(at("2026-03-28T21:59:59.999Z"), HEL)).toBe("2026-03-28");
    expect(localDay(at("2026-03-28T22:00:00Z"), HEL)).toBe("2026-03-29");
    expect(localDay(at("2026-03-29T00:59:00Z"), HEL)).toBe("2026-03-29"); // 02:59 EET
    expect(localDay(at("2026-03-29T20:59:59Z"), HEL)).toBe("2026-03-29"); // 23:59:59 EEST
    expect(localDay(at("2026-03-29T21:00:00Z"), HEL)).toBe("2026-03-30");
    expect(startOfLocalDay("2026-03-29", HEL).toISOString()).toBe("2026-03-28T22:00:00.000Z");
    expect(startOfLocalDay("2026-03-30", HEL).toISOString()).toBe("2026-03-29T21:00:00.000Z");
    const hours =
      (startOfLocalDay("2026-03-30", HEL).getTime() - startOfLocalDay("2026-03-29", HEL).getTime()) / 3_600_000;
    expect(hours).toBe(23);
  });

  // 2026-10-25 04:00 EEST (+3) falls back to 03:00 EET (+2): a 25-hour day.
  it("fall back", () => {
    expect(startOfLocalDay("2026-10-25", HEL).toISOString()).toBe("2026-10-24T21:00:00.000Z");
    expect(startOfLocalDay("2026-10-26", HEL).toISOString()).toBe("2026-10-25T22:00:00.000Z");
    expect(localDay(at("2026-10-25T21:59:59Z"), HEL)).toBe("2026-10-25"); // 23:59:59 EET
    expect(localDay(at("2026-10-25T22:00:00Z"), HEL)).toBe("2026-10-26");
  });

  it("weeks start on Monday, local", () => {
    // Sunday 2026-03-29 23:30 EEST is still the week of Monday 2026-03-23;
    // 30 minutes later (Monday 00:30 local, Sunday 21:30 UTC) it is the week of 2026-03-30.
    expect(localWeekStart(at("2026-03-29T20:30:00Z"), HEL)).toBe("2026-03-23");
    expect(localWeekStart(at("2026-03-29T21:30:00Z"), HEL)).toBe("2026-03-30");
  });
});

describe("Asia/Tokyo (+9, no DST)", () => {
  it("turns the day at 15:00 UTC", () => {
    expect(localDay(at("2026-09-03T14:59:59Z"), "Asia/Tokyo")).toBe("2026-09-03");
    expect(localDay(at("2026-09-03T15:00:00Z"), "Asia/Tokyo")).toBe("2026-09-04");
    expect(startOfLocalDay("2026-09-04", "Asia/Tokyo").toISOString()).toBe("2026-09-03T15:00:00.000Z");
    expect(isStartOfLocalDay(at("2026-09-03T15:00:00Z"), "Asia/Tokyo")).toBe(true);
    expect(isStartOfLocalDay(at("2026-09-04T00:00:00Z"), "Asia/Tokyo")).toBe(false);
  });
});

describe("odd zones", () => {
  it("finds the first instant of a day whose midnight does not exist (Santiago, 2026-09-06)", () => {
    // 23:59:59 −04 is followed by 01:00 −03: the day starts at 04:00 UTC.
    expect(startOfLocalDay("2026-09-06", "America/Santiago").toISOString()).toBe("2026-09-06T04:00:00.000Z");
  });
  it("handles quarter-hour offsets (Kathmandu +5:45)", () => {
    expect(localDay(at("2026-01-01T18:14:59Z"), "Asia/Kathmandu")).toBe("2026-01-01");
    expect(localDay(at("2026-01-01T18:15:00Z"), "Asia/Kathmandu")).toBe("2026-01-02");
  });
});

describe("day arithmetic", () => {
  it("adds days across month and year ends, and finds Mondays", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(weekStartOfDay("2026-09-03")).toBe("2026-08-31"); // a Thursday
    expect(weekStartOfDay("2026-08-31")).toBe("2026-08-31"); // a Monday
    expect(weekStartOfDay("2027-01-03")).toBe("2026-12-28"); // a Sunday
  });
});

describe("periodToDays", () => {
  it("maps an aligned half-open period exactly", () => {
    const p = { from: startOfLocalDay("2026-03-29", HEL), to: startOfLocalDay("2026-04-01", HEL) };
    expect(periodToDays(p, HEL)).toEqual({ fromDay: "2026-03-29", toDay: "2026-04-01" });
    expect(isDayAligned(p, HEL)).toBe(true);
  });
  it("widens a mid-day period to the whole days it touches", () => {
    const p = { from: at("2026-09-03T10:00:00Z"), to: at("2026-09-05T10:00:00Z") };
    expect(periodToDays(p, "UTC")).toEqual({ fromDay: "2026-09-03", toDay: "2026-09-06" });
    expect(isDayAligned(p, "UTC")).toBe(false);
    expect(periodToDays(undefined, "UTC")).toEqual({});
  });
});
