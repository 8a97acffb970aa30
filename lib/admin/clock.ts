// "HH:MM" in the org's time zone <-> minutes after local midnight, as rules store windows.
import { z } from "zod";

export const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time like 06:30");

export function clockToMinutes(hhmm: string | null | undefined): number | null {
  if (!hhmm) return null;
  const [h, m] = hhmm.split(":").map(Number);
  return h * 60 + m;
}

export function minutesToClock(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined) return "";
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** Minutes after midnight of `at` as a wall clock in `timeZone` shows it. */
export function wallMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return get("hour") * 60 + get("minute");
}

/** A moment today (near `now`) whose wall clock in `timeZone` reads `minutes`, for previews. */
export function momentAtWallClock(minutes: number, timeZone: string, now = new Date()): Date {
  const delta = minutes - wallMinutes(now, timeZone);
  const at = new Date(now.getTime() + delta * 60_000);
  at.setUTCSeconds(0, 0);
  return at;
}
