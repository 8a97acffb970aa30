// How scores read on screen. Pure: the same words on the feed, the team view and the dashboard.
// A score is never shown without its n and margin of error; below MIN_ANSWERS it is not shown.
import { isClear, readImpact, type ImpactClarity, type ImpactReading } from "../scoring/clarity";
import { MIN_ANSWERS } from "../scoring/scores";
import type { Scores } from "../scoring/types";

export type Metric = "nps" | "csat" | "ces";
export const METRIC_NAMES: Record<Metric, string> = { nps: "NPS", csat: "CSAT", ces: "CES" };
export const METRIC_HINTS: Record<Metric, string> = {
  nps: "would recommend us: promoters minus detractors, −100 to 100",
  csat: "share of customers satisfied (4 or 5 out of 5)",
  ces: "how easy it was, 1 to 7 (7 = easiest)",
};

export type MetricView = {
  metric: Metric;
  name: string;
  /** "25", "64%", "5.2" — null when there are too few answers */
  value: string | null;
  /** "± 27" (NPS, CSAT) or "± 0.4" (CES) */
  moe: string | null;
  n: number;
  /** "32 answers" or "3 answers — not enough answers yet" */
  nText: string;
  enough: boolean;
};

export function answers(n: number): string {
  return `${n} ${n === 1 ? "answer" : "answers"}`;
}

function fmt(x: number, digits = 0): string {
  const r = Number(x.toFixed(digits));
  return (r === 0 ? 0 : r).toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function metricView(metric: Metric, s: Scores | null | undefined): MetricView {
  const n = (metric === "nps" ? s?.npsN : metric === "csat" ? s?.csatN : s?.cesN) ?? 0;
  const enough = n >= MIN_ANSWERS;
  const base = { metric, name: METRIC_NAMES[metric], n, enough };
  if (!enough || !s)
    return {
      ...base,
      value: null,
      moe: null,
      nText: n === 0 ? "no answers yet" : `${answers(n)} — not enough answers yet`,
    };
  if (metric === "nps") return { ...base, value: fmt(s.nps ?? 0), moe: `± ${fmt(s.npsMoe ?? 0)}`, nText: answers(n) };
  if (metric === "csat")
    return { ...base, value: `${fmt(s.csat ?? 0)}%`, moe: `± ${fmt(s.csatMoe ?? 0)}`, nText: answers(n) };
  return {
    ...base,
    value: fmt(s.ces ?? 0, 1),
    moe: s.cesMoe === undefined ? null : `± ${fmt(s.cesMoe, 1)}`,
    nText: answers(n),
  };
}

/** One line: "NPS 25 ± 27 · 32 answers" or "NPS: not enough answers yet (3 answers)". */
export function metricLine(metric: Metric, s: Scores | null | undefined): string {
  const v = metricView(metric, s);
  if (!v.value) return `${v.name}: not enough answers yet (${answers(v.n)})`;
  return `${v.name} ${v.value}${v.moe ? ` ${v.moe}` : ""} · ${v.nText}`;
}

export type ImpactView = {
  clarity: ImpactClarity;
  /** the headline: "+7.8 NPS points above the org", "No clear difference yet" or null below 5 answers */
  value: string | null;
  words: string;
  /** "+0.8 ± 11.0 NPS points (−10.2 to +11.8)": shown with every impact, clear or not */
  interval: string | null;
  tone: "up" | "down" | "flat" | "none";
  reading: ImpactReading;
};

/**
 * A person's NPS impact in plain words (docs/scoring.md "Is a difference clear?"): a direction, and
 * praise, only when |impact| is larger than its margin; otherwise "no clear difference yet" with
 * the interval. Below MIN_ANSWERS answers there is no impact at all.
 */
export function impactView(s: Scores | null | undefined, who: "you" | "they" = "you"): ImpactView {
  const reading = readImpact(s, "nps");
  const served = who === "you" ? "Customers you helped" : "Customers they helped";
  if (reading.clarity === "not-enough") {
    const n = reading.n;
    return {
      clarity: "not-enough",
      value: null,
      interval: null,
      tone: "none",
      reading,
      words:
        n === 0
          ? `Not enough answers yet: the impact appears once ${MIN_ANSWERS} customers ${who === "you" ? "you" : "they"} served answer the NPS question.`
          : `Not enough answers yet: ${answers(n)} so far, ${MIN_ANSWERS} needed before any impact is shown.`,
    };
  }
  const interval = intervalText(reading);
  if (reading.clarity === "unclear")
    return {
      clarity: "unclear",
      value: "No clear difference yet",
      interval,
      tone: "flat",
      reading,
      words: `${served} rate us about like the organisation as a whole: the margin is wider than the difference, so it could go either way. More answers will tell.`,
    };
  const abs = fmt(Math.abs(reading.impact!), 1);
  if (reading.clarity === "above")
    return {
      clarity: "above",
      value: `+${abs} NPS points above the org`,
      interval,
      tone: "up",
      reading,
      words: `${served} are clearly more likely to recommend us than the organisation's average. Keep it up!`,
    };
  return {
    clarity: "below",
    value: `−${abs} NPS points below the org`,
    interval,
    tone: "down",
    reading,
    words: `${served} are less likely to recommend us than the organisation's average. Their comments show what to work on.`,
  };
}

/** "+0.8 ± 11.0 NPS points (−10.2 to +11.8)". */
export function intervalText(r: ImpactReading, unit = "NPS points"): string | null {
  if (r.impact === undefined || r.moe === undefined) return null;
  return `${signedImpact(r.impact)} ± ${fmt(r.moe, 1)} ${unit} (${signedImpact(r.low)} to ${signedImpact(r.high)})`;
}

/** Signed impact for tables: "+7.8" / "−2.1" / "0.0". */
export function signedImpact(x: number | undefined): string {
  if (x === undefined) return "—";
  const r = Number(x.toFixed(1));
  if (r === 0) return "0.0";
  return r > 0 ? `+${fmt(r, 1)}` : `−${fmt(-r, 1)}`;
}

/** A table cell for an impact: "+7.8 ± 5.1", "unclear" marked by the caller, or "—". */
export function impactCell(s: Scores | null | undefined): { text: string; clear: boolean; enough: boolean } {
  const r = readImpact(s, "nps");
  if (r.clarity === "not-enough") return { text: "—", clear: false, enough: false };
  return { text: `${signedImpact(r.impact)} ± ${fmt(r.moe!, 1)}`, clear: isClear(r), enough: true };
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

export function relativeTime(at: Date, now = new Date()): string {
  const seconds = (at.getTime() - now.getTime()) / 1000;
  const rtf = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  for (const [unit, size] of UNITS) if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  return "just now";
}

export function absoluteTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(at);
}

/** "3 h 20 min", "2 days 4 h" — for resolution times. */
export function duration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} days ${hours % 24} h`;
}
