// The period switcher behind every screen: last 30 days, last 90 days, all time.
// Periods are half-open [from, to) and start at local midnight in the org's time zone
// (docs/scoring.md "Time"), so "last 30 days" means today and the 29 local days before it.
import { addDays, localDay, startOfLocalDay } from "../time";
import type { Period } from "../time";
export type { Period };
export const PERIODS = ["30d", "90d", "all"] as const;
export type PeriodKey = (typeof PERIODS)[number];

export const PERIOD_LABELS: Record<PeriodKey, string> = {
  "30d": "Last 30 days",
  "90d": "Last 90 days",
  all: "All time",
};

export function parsePeriodKey(value: unknown, fallback: PeriodKey = "90d"): PeriodKey {
  const v = Array.isArray(value) ? value[0] : value;
  return (PERIODS as readonly string[]).includes(v as string) ? (v as PeriodKey) : fallback;
}

export function periodFor(key: PeriodKey, timeZone: string, now = new Date()): Period {
  if (key === "all") return {};
  const days = key === "30d" ? 30 : 90;
  const today = localDay(now, timeZone);
  return {
    from: startOfLocalDay(addDays(today, -(days - 1)), timeZone),
    to: startOfLocalDay(addDays(today, 1), timeZone),
  };
}

/** Weeks of trend to show for a period: enough to cover it, at least 4, at most 26. */
export function trendWeeks(key: PeriodKey): number {
  return key === "30d" ? 5 : key === "90d" ? 13 : 26;
}
