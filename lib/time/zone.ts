// Local days and ISO weeks in an IANA time zone, with Intl only. Every score period and every
// rollup row is keyed by the organisation's local day (docs/scoring.md "Time").

const HOUR = 3_600_000;
export const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The zone's offset from UTC at instant `t` (ms), exactly, via Intl. */
function exactOffset(t: number, timeZone: string): number {
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(t))
    if (part.type !== "literal") p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour === 24 ? 0 : p.hour, p.minute, p.second);
  return asUtc - Math.floor(t / 1000) * 1000;
}

// Intl is slow (microseconds a call) and an import asks a million times, so offsets are cached
// per UTC hour. An hour whose two ends disagree holds a transition and is computed exactly.
const hourCache = new Map<string, Map<number, number | null>>();
export function offsetAt(t: number, timeZone: string): number {
  let cache = hourCache.get(timeZone);
  if (!cache) hourCache.set(timeZone, (cache = new Map()));
  const hour = Math.floor(t / HOUR);
  let cached = cache.get(hour);
  if (cached === undefined) {
    const a = exactOffset(hour * HOUR, timeZone);
    const b = exactOffset(hour * HOUR + HOUR - 1000, timeZone);
    cached = a === b ? a : null;
    if (cache.size > 200_000) cache.clear();
    cache.set(hour, cached);
  }
  return cached ?? exactOffset(t, timeZone);
}

function ymd(t: number): string {
  const d = new Date(t);
  return `${String(d.getUTCFullYear()).padStart(4, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
}

function dayToUtc(day: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new RangeError(`day: must be YYYY-MM-DD, got "${day}"`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** "YYYY-MM-DD": the local calendar day of `instant` in `timeZone`. */
export function localDay(instant: Date | number, timeZone: string): string {
  const t = typeof instant === "number" ? instant : instant.getTime();
  return ymd(t + offsetAt(t, timeZone));
}

/** The day `n` calendar days after `day` (n may be negative). */
export function addDays(day: string, n: number): string {
  return ymd(dayToUtc(day) + n * DAY_MS);
}

/** The Monday that starts the ISO week holding `day`. */
export function weekStartOfDay(day: string): string {
  const t = dayToUtc(day);
  const dow = new Date(t).getUTCDay(); // 0 = Sunday
  return ymd(t - ((dow + 6) % 7) * DAY_MS);
}

/** The Monday (local) of the ISO week holding `instant` in `timeZone`. */
export function localWeekStart(instant: Date | number, timeZone: string): string {
  return weekStartOfDay(localDay(instant, timeZone));
}

/**
 * The first instant of local day `day` in `timeZone`: usually local midnight; where a DST change
 * skips midnight, the first moment that exists. Found by bisection, so it needs no assumption
 * about how the zone's rules look.
 */
export function startOfLocalDay(day: string, timeZone: string): Date {
  const base = dayToUtc(day);
  // Offsets lie within ±14 h, so the day starts within (base − 14 h, base + 14 h].
  let lo = base - 15 * HOUR; // localDay(lo) < day
  let hi = base + 15 * HOUR; // localDay(hi) >= day
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (ymd(mid + exactOffset(mid, timeZone)) >= day) hi = mid;
    else lo = mid;
  }
  return new Date(hi);
}

/** True when `instant` is the first instant of its local day. */
export function isStartOfLocalDay(instant: Date, timeZone: string): boolean {
  return startOfLocalDay(localDay(instant, timeZone), timeZone).getTime() === instant.getTime();
}
