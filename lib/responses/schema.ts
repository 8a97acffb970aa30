// One schema for a customer's answer, whichever door it comes through: the survey page's
// fetch, the no-JS form post, the offline outbox's batch and the kiosk.
import { z } from "zod";
import { LOCALES } from "../orgs/schema";
import { COMMENT_MAX, SCALES } from "../surveys/template-schema";
import {
  callbackSchema,
  isoInstantSchema,
  OPTION_ID_RE,
  responseIdSchema,
  safeText,
  SLUG_MAX,
  SLUG_RE,
  surveyCodeSchema,
} from "../validation";

export { responseIdSchema };

/** A customer's comment: stored verbatim (not trimmed), line breaks allowed, counted in code points. */
export const commentSchema = safeText({ max: COMMENT_MAX, multiline: true, trim: false });

const scale = (kind: keyof typeof SCALES) => {
  const [min, max] = SCALES[kind];
  const rule = `must be a whole number from ${min} to ${max}`;
  return z.number({ error: rule }).int(rule).min(min, rule).max(max, rule).nullish();
};

const THREE_POINT = "must be 1, 2 or 3";
const threePoint = z.number({ error: THREE_POINT }).int(THREE_POINT).min(1, THREE_POINT).max(3, THREE_POINT).nullish();

export const answerSchema = z
  .strictObject({
    nps: scale("nps"),
    csat: scale("csat"),
    ces: scale("ces"),
    // Stored verbatim; the limit counts characters as people see them (code points), like the page does.
    comment: commentSchema.nullish(),
    // docs/scoring.md "Comparison and return intent": 1 worse / 2 about the same / 3 better; 1 no / 2 not sure / 3 yes.
    compare: threePoint,
    return: threePoint,
    choices: z
      .array(z.string({ error: "must be option ids" }).regex(OPTION_ID_RE, "must be option ids from the survey"), {
        error: "must be a list of option ids",
      })
      .max(12, "must hold at most 12 options")
      .optional(),
  })
  .refine(
    (a) =>
      a.nps != null ||
      a.csat != null ||
      a.ces != null ||
      a.compare != null ||
      a.return != null ||
      (a.comment != null && a.comment.trim() !== ""),
    "must contain at least one of nps, csat, ces, compare, return or a comment",
  );
export type Answers = z.output<typeof answerSchema>;

export const responseInputSchema = z
  .strictObject({
    id: responseIdSchema,
    // The survey link's code; a kiosk sends its touchpoint's slug instead.
    code: surveyCodeSchema.optional(),
    touchpoint: z
      .string({ error: "must be a string" })
      .max(SLUG_MAX, "must be a touchpoint slug")
      .regex(SLUG_RE, "must be a touchpoint slug")
      .optional(),
    answers: answerSchema,
    locale: z.enum(LOCALES, { error: `must be one of ${LOCALES.join(", ")}` }).optional(),
    answeredAt: isoInstantSchema.optional(),
    // A low score's "may we contact you?": kept with the follow-up case only, never with the answer.
    callback: callbackSchema.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.code === undefined && r.touchpoint === undefined)
      ctx.addIssue({ code: "custom", path: ["code"], message: "is required" });
    if (r.code !== undefined && r.touchpoint !== undefined)
      ctx.addIssue({ code: "custom", path: ["touchpoint"], message: "must not be sent together with code" });
  });
export type ResponseInput = z.input<typeof responseInputSchema>;
export type ParsedResponse = z.output<typeof responseInputSchema>;

/** The scores on which the survey offers a call back: a detractor NPS or a CSAT of 1–2. */
export const LOW_CSAT_MAX = 2;
export function isLowScore(a: { nps?: number | null; csat?: number | null }): boolean {
  return (typeof a.nps === "number" && a.nps <= 6) || (typeof a.csat === "number" && a.csat <= LOW_CSAT_MAX);
}
