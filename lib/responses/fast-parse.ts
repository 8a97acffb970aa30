// The answer as nearly every phone sends it, checked without zod: ingest's hot path. It accepts
// only input that responseInputSchema accepts too, and returns what zod would return for it;
// anything else (an error, a callback, a spare key, an id that needs trimming) gets `undefined`,
// and the caller asks zod, so every refusal still names its field exactly as zod words it.
// A property test holds the two to the same answers (fast-parse.test.ts).
import { LOCALES } from "../orgs/schema";
import { COMMENT_MAX, SCALES } from "../surveys/template-schema";
import {
  inSaneRange,
  ISO_INSTANT_RE,
  normaliseResponseId,
  OPTION_ID_RE,
  RESPONSE_ID_RE,
  SLUG_MAX,
  SLUG_RE,
  SURVEY_CODE_RE,
  textProblem,
} from "../validation";
import type { Answers, ParsedResponse } from "./schema";

const TOP_KEYS = new Set(["id", "code", "touchpoint", "answers", "locale", "answeredAt"]);
const ANSWER_KEYS = new Set(["nps", "csat", "ces", "comment", "compare", "return", "choices"]);
const LOCALE_SET = new Set<string>(LOCALES);
const CHOICES_MAX = 12;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** A whole number in [min, max], or null; anything else: not for the fast path. */
function scale(v: unknown, min: number, max: number): number | null | undefined {
  if (v === null) return null;
  return typeof v === "number" && Number.isInteger(v) && v >= min && v <= max ? v : undefined;
}

const SCALE_RANGES = {
  nps: SCALES.nps,
  csat: SCALES.csat,
  ces: SCALES.ces,
  compare: [1, 3],
  return: [1, 3],
} as const satisfies Record<string, readonly [number, number]>;

function fastAnswers(a: unknown): Answers | undefined {
  if (!isPlainObject(a)) return undefined;
  const out: Record<string, unknown> = {};
  let scored = false;
  for (const key in a) {
    if (!ANSWER_KEYS.has(key)) return undefined;
    const v = a[key];
    if (v === undefined) return undefined;
    if (key === "comment") {
      if (v === null) out.comment = null;
      else {
        // Code points never outnumber UTF-16 units, so only a long comment needs counting.
        if (typeof v !== "string" || textProblem(v, { multiline: true }) !== null) return undefined;
        if (v.length > COMMENT_MAX && [...v].length > COMMENT_MAX) return undefined;
        out.comment = v;
        if (v.trim() !== "") scored = true;
      }
    } else if (key === "choices") {
      if (!Array.isArray(v) || v.length > CHOICES_MAX) return undefined;
      for (const c of v) if (typeof c !== "string" || !OPTION_ID_RE.test(c)) return undefined;
      out.choices = v.slice();
    } else {
      const [min, max] = SCALE_RANGES[key as keyof typeof SCALE_RANGES];
      const n = scale(v, min, max);
      if (n === undefined) return undefined;
      out[key] = n;
      if (n !== null) scored = true;
    }
  }
  return scored ? (out as Answers) : undefined;
}

/** responseInputSchema's result for a plainly valid answer without a callback; otherwise undefined. */
export function fastParseResponse(input: unknown): ParsedResponse | undefined {
  if (!isPlainObject(input)) return undefined;
  for (const key in input) if (!TOP_KEYS.has(key) || input[key] === undefined) return undefined;
  const { id, code, touchpoint, locale, answeredAt } = input;
  if (typeof id !== "string" || !RESPONSE_ID_RE.test(id)) return undefined;
  // Exactly one of code and touchpoint.
  if (code !== undefined) {
    if (touchpoint !== undefined || typeof code !== "string" || !SURVEY_CODE_RE.test(code)) return undefined;
  } else if (typeof touchpoint !== "string" || touchpoint.length > SLUG_MAX || !SLUG_RE.test(touchpoint))
    return undefined;
  if (locale !== undefined && (typeof locale !== "string" || !LOCALE_SET.has(locale))) return undefined;
  if (
    answeredAt !== undefined &&
    (typeof answeredAt !== "string" || !ISO_INSTANT_RE.test(answeredAt) || !inSaneRange(Date.parse(answeredAt)))
  )
    return undefined;
  const answers = fastAnswers(input.answers);
  if (!answers) return undefined;
  const out: ParsedResponse = { id: normaliseResponseId(id), answers };
  if (code !== undefined) out.code = code as string;
  if (touchpoint !== undefined) out.touchpoint = touchpoint as string;
  if (locale !== undefined) out.locale = locale as ParsedResponse["locale"];
  if (answeredAt !== undefined) out.answeredAt = answeredAt as string;
  return out;
}
