// Half-open periods [from, to) turned into the local day keys the rollups are stored under.
import { addDays, isStartOfLocalDay, localDay } from "./zone";

export type Period = { from?: Date; to?: Date };
/** Local days: fromDay inclusive, toDay exclusive; either may be open. */
export type DayRange = { fromDay?: string; toDay?: string };

/**
 * Rollups have day granularity in the org's zone, so a period selects every local day it
 * touches: from rounds down to the start of its day, to rounds up to the start of the next day
 * (unless it already is a day start). A period aligned to local midnights is therefore exact.
 */
export function periodToDays(period: Period | undefined, timeZone: string): DayRange {
  const out: DayRange = {};
  if (period?.from) out.fromDay = localDay(period.from, timeZone);
  if (period?.to) {
    const day = localDay(period.to, timeZone);
    out.toDay = isStartOfLocalDay(period.to, timeZone) ? day : addDays(day, 1);
  }
  return out;
}

/** True when both ends fall on local day starts (or are open), so rollups answer it exactly. */
export function isDayAligned(period: Period | undefined, timeZone: string): boolean {
  return (
    (!period?.from || isStartOfLocalDay(period.from, timeZone)) &&
    (!period?.to || isStartOfLocalDay(period.to, timeZone))
  );
}
