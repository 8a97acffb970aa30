// The period switcher behind every screen: last 30 days, last 90 days, all time.
// Periods are half-open [from, to) and start at local midnight in the org's time zone
// (SCORING.md "Time"), so "last 30 days" means today and the 29 local days before it.
export const PERIODS = ["30d", "90d", "all"] as const;
export type PeriodKey = (typeof PERIODS)[number];
export type Period = { from?: Date; to?: Date };

export const PERIOD_LABELS: Record<PeriodKey, string> = { "30d": "Last 30 days", "90d": "Last 90 days", all: "All time" };

export function parsePeriodKey(value: unknown, fallback: PeriodKey = "90d"): PeriodKey {
  const v = Array.isArray(value) ? value[0] : value;
  return (PERIODS as readonly string[]).includes(v as string) ? (v as PeriodKey) : fallback;
}

/** Minutes the zone is ahead of UTC at `at`. */
export function zoneOffsetMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
  }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** "YYYY-MM-DD" of `at` in the zone. */
export function localDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

/** The instant of local midnight starting `day` ("YYYY-MM-DD") in the zone. */
export function zonedMidnight(day: string, timeZone: string): Date {
  const [y, m, d] = day.split("-").map(Number);
  const guess = Date.UTC(y, m - 1, d);
  // Two passes settle days where the offset changes (DST) between the guess and the answer.
  let at = guess - zoneOffsetMinutes(new Date(guess), timeZone) * 60_000;
  at = guess - zoneOffsetMinutes(new Date(at), timeZone) * 60_000;
  return new Date(at);
}

function addDays(day: string, n: number): string {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

export function periodFor(key: PeriodKey, timeZone: string, now = new Date()): Period {
  if (key === "all") return {};
  const days = key === "30d" ? 30 : 90;
  const today = localDay(now, timeZone);
  return { from: zonedMidnight(addDays(today, -(days - 1)), timeZone), to: zonedMidnight(addDays(today, 1), timeZone) };
}

/** Weeks of trend to show for a period: enough to cover it, at least 4, at most 26. */
export function trendWeeks(key: PeriodKey): number {
  return key === "30d" ? 5 : key === "90d" ? 13 : 26;
}
