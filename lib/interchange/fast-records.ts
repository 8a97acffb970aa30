// The interactions and responses of an interchange file as nearly every exporter writes them,
// checked without zod: a million of each cost zod about 15 s. Each check accepts only records
// that the zod schema (schema.ts) accepts too, and returns what zod would return for them;
// anything else (an error, a spare key, text that needs trimming or is not plain ASCII) gets
// `undefined`, and the caller asks zod, so every refusal still names its field and rule exactly
// as zod words it. A property test holds the two to the same answers (fast-records.test.ts).
import { KINDS } from "../auth/roles";
import { COMMENT_MAX } from "../surveys/template-schema";
import {
  CUSTOMER_MAX,
  inSaneRange,
  ISO_INSTANT_RE,
  LANGUAGE_TAG_RE,
  OPTION_ID_RE,
  REF_MAX,
  RESPONSE_ID_RE,
  SLUG_MAX,
  SLUG_RE,
  TAG_MAX,
  TAGS_MAX,
  textProblem,
} from "../validation";
import type { InterchangeInteraction, InterchangeResponse } from "./schema";

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

// Printable ASCII that starts and ends with a non-space: such text needs no trimming, has no
// control characters, NULs or surrogates, and counts one character per UTF-16 unit.
const PLAIN = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;
const plain = (v: unknown, max: number): v is string => typeof v === "string" && v.length <= max && PLAIN.test(v);
const LOWER_PLAIN = /^[\x21-\x40\x5b-\x7e](?:[\x20-\x40\x5b-\x7e]*[\x21-\x40\x5b-\x7e])?$/; // PLAIN without A-Z
const KIND_SET = new Set<string>(KINDS);
const STORED_ID_RE = /^[0-9a-f]{32}$/; // a response id as stored: nothing to normalise
const CHOICES_MAX = 12;

const instant = (v: unknown): v is string =>
  typeof v === "string" && ISO_INSTANT_RE.test(v) && inSaneRange(Date.parse(v));
const slug = (v: unknown): v is string =>
  typeof v === "string" && v.length >= 2 && v.length <= SLUG_MAX && SLUG_RE.test(v);
/** A whole number in [min, max], null, or absent; anything else: not for the fast path. */
const score = (v: unknown, min: number, max: number) =>
  v === undefined || v === null || (typeof v === "number" && Number.isInteger(v) && v >= min && v <= max);

const INTERACTION_KEYS = new Set(["ref", "touchpoint", "occurredAt", "tags", "customer", "contributors"]);
const CONTRIBUTOR_KEYS = new Set(["email", "role", "weight"]);

type Contributor = InterchangeInteraction["contributors"][number];

function contributor(c: unknown): Contributor | undefined {
  if (!isPlainObject(c)) return undefined;
  for (const key in c) if (!CONTRIBUTOR_KEYS.has(key)) return undefined;
  const { email, role, weight } = c;
  if (!plain(email, 254) || typeof role !== "string" || !KIND_SET.has(role)) return undefined;
  if (weight !== undefined && !(typeof weight === "number" && weight > 0 && weight <= 1)) return undefined;
  // Already lowercase and weighed: the record is its own result.
  if (weight !== undefined && LOWER_PLAIN.test(email)) return c as Contributor;
  return { email: email.toLowerCase(), role: role as Contributor["role"], weight: (weight as number) ?? 1 };
}

/** interchangeInteractionSchema's result for a plainly valid interaction; otherwise undefined. */
export function fastInteraction(x: unknown): InterchangeInteraction | undefined {
  if (!isPlainObject(x)) return undefined;
  for (const key in x) if (!INTERACTION_KEYS.has(key) || x[key] === undefined) return undefined;
  const { ref, touchpoint, occurredAt, tags, customer, contributors } = x;
  if (!plain(ref, REF_MAX) || !slug(touchpoint) || !instant(occurredAt)) return undefined;
  if (customer !== undefined && !plain(customer, CUSTOMER_MAX)) return undefined;
  if (tags !== undefined) {
    if (!Array.isArray(tags) || tags.length > TAGS_MAX) return undefined;
    for (const t of tags) if (!plain(t, TAG_MAX) || !LOWER_PLAIN.test(t) || t.includes(",")) return undefined;
  }
  let same = true;
  let credits: Contributor[] = [];
  if (contributors !== undefined) {
    if (!Array.isArray(contributors)) return undefined;
    credits = contributors;
    for (let i = 0; i < contributors.length; i++) {
      const c = contributor(contributors[i]);
      if (c === undefined) return undefined;
      if (c !== contributors[i]) {
        if (same) credits = contributors.slice();
        same = false;
        credits[i] = c;
      }
    }
  }
  if (same && contributors !== undefined) return x as InterchangeInteraction;
  const out: InterchangeInteraction = { ref, touchpoint, occurredAt, contributors: credits };
  if (tags !== undefined) out.tags = tags;
  if (customer !== undefined) out.customer = customer;
  return out;
}

const RESPONSE_KEYS = new Set([
  "id",
  "interactionRef",
  "answeredAt",
  "locale",
  "nps",
  "csat",
  "ces",
  "comment",
  "compare",
  "return",
  "choices",
]);

function choicesOk(choices: unknown): choices is Record<string, string[]> {
  if (!isPlainObject(choices)) return false;
  for (const question in choices) {
    if (!OPTION_ID_RE.test(question)) return false;
    const options = choices[question];
    if (!Array.isArray(options) || options.length > CHOICES_MAX) return false;
    for (const o of options) if (typeof o !== "string" || !OPTION_ID_RE.test(o)) return false;
  }
  return true;
}

/**
 * interchangeResponseSchema's result for a plainly valid response; otherwise undefined. Always a
 * new object: the reference checks move answeredAt into range on the result, never on the input.
 */
export function fastResponse(r: unknown): InterchangeResponse | undefined {
  if (!isPlainObject(r)) return undefined;
  for (const key in r) if (!RESPONSE_KEYS.has(key) || r[key] === undefined) return undefined;
  const { id, interactionRef, answeredAt, locale, nps, csat, ces, comment, compare, choices } = r;
  if (typeof id !== "string" || !(STORED_ID_RE.test(id) || RESPONSE_ID_RE.test(id))) return undefined;
  if (!plain(interactionRef, REF_MAX) || !instant(answeredAt)) return undefined;
  if (locale !== undefined && (typeof locale !== "string" || !LANGUAGE_TAG_RE.test(locale))) return undefined;
  if (!score(nps, 0, 10) || !score(csat, 1, 5) || !score(ces, 1, 7) || !score(compare, 1, 3) || !score(r.return, 1, 3))
    return undefined;
  if (comment !== undefined && comment !== null) {
    // Code points never outnumber UTF-16 units, so only a long comment needs counting.
    if (typeof comment !== "string" || textProblem(comment, { multiline: true }) !== null) return undefined;
    if (comment.length > COMMENT_MAX && [...comment].length > COMMENT_MAX) return undefined;
  }
  if (choices !== undefined && !choicesOk(choices)) return undefined;
  const out = {
    id: STORED_ID_RE.test(id) ? id : id.replace(/-/g, "").toLowerCase(),
    interactionRef,
    answeredAt,
  } as InterchangeResponse;
  if (locale !== undefined) out.locale = locale as string;
  if (nps !== undefined) out.nps = nps as number | null;
  if (csat !== undefined) out.csat = csat as number | null;
  if (ces !== undefined) out.ces = ces as number | null;
  if (comment !== undefined) out.comment = comment as string | null;
  if (compare !== undefined) out.compare = compare as number | null;
  if (r.return !== undefined) out.return = r.return as number | null;
  if (choices !== undefined) out.choices = choices;
  return out;
}
