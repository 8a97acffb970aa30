// Row ids and survey codes for bulk inserts, generated in bulk: per-row crypto calls cost
// seconds at a million rows.
import { randomBytes } from "node:crypto";
import { SURVEY_CODE_LENGTH } from "../interactions/code";

const BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";
const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/**
 * Short row ids for bulk inserts: "i" + 6 random base36 characters per import + a base36
 * counter (14 characters). Shorter than Prisma's 25-character cuids (which they can never
 * equal), which keeps a million interactions and three million credits a third smaller on
 * disk; ascending, so primary-key inserts land at the right edge of the index.
 */
export function idFactory(): () => string {
  let prefix = "i";
  for (const b of randomBytes(6)) prefix += BASE36[b % 36];
  let n = 0;
  return () => prefix + (n++).toString(36).padStart(7, "0");
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
