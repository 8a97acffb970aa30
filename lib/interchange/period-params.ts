// ?from=&to= (API) and --from/--to (CLI): ISO 8601 instants, or plain dates meaning the start of
// that day in the organisation's time zone. Half-open: [from, to).
import type { Period } from "../time/period";
import { startOfLocalDay } from "../time/zone";
import { isoDaySchema, isoInstantSchema } from "../validation";

const instant = isoInstantSchema;
const day = isoDaySchema;

export type PeriodResult = { ok: true; period: Period } | { ok: false; field: "from" | "to"; error: string };

export function parsePeriodParams(raw: { from?: string | null; to?: string | null }, timeZone: string): PeriodResult {
  const period: Period = {};
  for (const field of ["from", "to"] as const) {
    const value = raw[field]?.trim();
    if (!value) continue;
    if (instant.safeParse(value).success) period[field] = new Date(value);
    else if (day.safeParse(value).success) period[field] = startOfLocalDay(value, timeZone);
    else
      return {
        ok: false,
        field,
        error: `${field}: must be an ISO 8601 date-time like 2026-09-01T00:00:00Z or a date like 2026-09-01`,
      };
  }
  if (period.from && period.to && period.from >= period.to)
    return { ok: false, field: "to", error: "to: must be after from" };
  return { ok: true, period };
}
