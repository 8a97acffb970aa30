// How the report numbers read on screen: rounded, with their margin and n, or why there is no number.
import { MIN_ANSWERS } from "@/lib/scoring/scores";

const whole = (v: number) => Math.round(v).toString().replace("-", "−");

export const answersText = (n: number) => `n = ${n}`;

/** "42 ± 9" (index) or "63% ± 6" (percentage); null below MIN_ANSWERS. */
export function withMargin(value: number | undefined, moe: number | undefined, n: number | undefined, unit = "") {
  if (value === undefined || (n ?? 0) < MIN_ANSWERS) return null;
  return `${whole(value)}${unit}${moe === undefined ? "" : ` ± ${whole(moe)}`}`;
}

export const notEnough = (n: number | undefined) =>
  !n ? "no answers" : `not enough answers yet (${n} of ${MIN_ANSWERS})`;
