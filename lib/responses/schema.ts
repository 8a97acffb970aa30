// One schema for a customer's answer, whichever door it comes through: the survey page's
// fetch, the no-JS form post, the offline outbox's batch and the kiosk.
import { z } from "zod";
import { requiredOr } from "../interactions/errors";
import { LOCALES } from "../orgs/schema";
import { COMMENT_MAX, SCALES } from "../surveys/template-schema";

const scale = (kind: keyof typeof SCALES) => {
  const [min, max] = SCALES[kind];
  const rule = `must be a whole number from ${min} to ${max}`;
  return z.number({ error: rule }).int(rule).min(min, rule).max(max, rule).nullish();
};

export const answerSchema = z
  .strictObject({
    nps: scale("nps"),
    csat: scale("csat"),
    ces: scale("ces"),
    // Stored verbatim; the limit counts characters as people see them (code points), like the page does.
    comment: z
      .string({ error: "must be text" })
      .refine((s) => [...s].length <= COMMENT_MAX, `must be at most ${COMMENT_MAX} characters`)
      .nullish(),
    choices: z
      .array(
        z
          .string({ error: "must be option ids" })
          .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "must be option ids from the survey"),
        { error: "must be a list of option ids" },
      )
      .max(12, "must hold at most 12 options")
      .optional(),
  })
  .refine(
    (a) => a.nps != null || a.csat != null || a.ces != null || (a.comment != null && a.comment.trim() !== ""),
    "must contain at least one of nps, csat, ces or a comment",
  );
export type Answers = z.output<typeof answerSchema>;

/** A client-generated id: 32 hex digits or a UUID with dashes; stored as 32 lowercase hex. */
export const responseIdSchema = z
  .string({ error: requiredOr("must be a string") })
  .regex(
    /^([0-9a-fA-F]{32}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/,
    "must be 32 hex digits or a UUID",
  )
  .transform((s) => s.replace(/-/g, "").toLowerCase());

export const responseInputSchema = z
  .strictObject({
    id: responseIdSchema,
    // The survey link's code; a kiosk sends its touchpoint's slug instead.
    code: z
      .string({ error: "must be a string" })
      .regex(/^[0-9A-Za-z]{8,40}$/, "must be a survey code (the part after /s/)")
      .optional(),
    touchpoint: z
      .string({ error: "must be a string" })
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a touchpoint slug")
      .max(48, "must be a touchpoint slug")
      .optional(),
    answers: answerSchema,
    locale: z.enum(LOCALES, { error: `must be one of ${LOCALES.join(", ")}` }).optional(),
    answeredAt: z.iso
      .datetime({ offset: true, error: "must be an ISO 8601 time such as 2026-05-01T10:00:00Z" })
      .optional(),
  })
  .superRefine((r, ctx) => {
    if (r.code === undefined && r.touchpoint === undefined)
      ctx.addIssue({ code: "custom", path: ["code"], message: "is required" });
    if (r.code !== undefined && r.touchpoint !== undefined)
      ctx.addIssue({ code: "custom", path: ["touchpoint"], message: "must not be sent together with code" });
  });
export type ResponseInput = z.input<typeof responseInputSchema>;
export type ParsedResponse = z.output<typeof responseInputSchema>;
