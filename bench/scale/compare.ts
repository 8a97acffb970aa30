// Largest absolute difference between paired score objects, over the numbers both carry.
import type { Scores } from "../../lib/scoring/types";

export function compareNumbers(pairs: [Scores, Scores][]): number {
  let max = 0;
  for (const [a, b] of pairs) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Scores>) {
      const x = a[key];
      const y = b[key];
      if (typeof x !== "number" || typeof y !== "number") return Number.POSITIVE_INFINITY;
      max = Math.max(max, Math.abs(x - y));
    }
  }
  return max;
}
