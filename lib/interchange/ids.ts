// Row ids and survey codes for bulk inserts, generated in bulk: per-row crypto calls cost
// seconds at a million rows.
import { randomBytes } from "node:crypto";
import { SURVEY_CODE_LENGTH } from "../interactions/code";

const BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";
const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/**
 * cuid-shaped ids ("c" + 24 base36 chars): a random per-import prefix and a counter, so they
 * are unique and ascend, which keeps primary-key inserts at the right edge of the index.
 */
export function idFactory(): () => string {
  let prefix = "c" + Date.now().toString(36).padStart(9, "0");
  for (const b of randomBytes(7)) prefix += BASE36[b % 36];
  let n = 0;
  return () => prefix + (n++).toString(36).padStart(8, "0");
}

/** `count` survey codes of 22 base62 characters from crypto randomness (rejection sampling, ≥ 96 bits). */
export function surveyCodes(count: number): string[] {
  const codes: string[] = [];
  let code = "";
  while (codes.length < count) {
    for (const b of randomBytes(Math.max(64, (count - codes.length) * SURVEY_CODE_LENGTH * 1.1) | 0)) {
      if (b >= 248) continue; // 248 = 4 × 62: keeps every character equally likely
      code += BASE62[b % 62];
      if (code.length === SURVEY_CODE_LENGTH) {
        codes.push(code);
        code = "";
        if (codes.length === count) break;
      }
    }
  }
  return codes;
}
