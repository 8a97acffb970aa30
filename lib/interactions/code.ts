// Survey links: /s/<code>, where code is 22 base62 characters drawn from crypto.randomBytes by
// rejection sampling (22 × log2(62) ≈ 131 bits, well over the 96 the product promises), so a
// link cannot be guessed or enumerated. The whole path, "/s/" + 22, stays under 40 characters.
import { base62 } from "../auth/api-key";

export const SURVEY_CODE_LENGTH = 22;
export const SURVEY_CODE_RE = /^[0-9A-Za-z]{22}$/;

export function newSurveyCode(): string {
  return base62(SURVEY_CODE_LENGTH);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A link expires linkTtlDays after the interaction happened (or was created, when no time is given). */
export function linkExpiry(from: Date, linkTtlDays: number): Date {
  return new Date(from.getTime() + linkTtlDays * DAY_MS);
}
