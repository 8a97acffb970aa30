// interchange-v1 (docs/interchange.md): one zod schema per record, so every problem is reported as
// one "path: rule" line against the record it is in.
import { z } from "zod";
import { KINDS } from "../auth/roles";
import { LOCALES, slugSchema } from "../orgs/schema";
import { emailSchema, staffSchema } from "../staff/schema";
import { commentSchema } from "../responses/schema";
import {
  customerKeySchema,
  isoInstantSchema,
  LANGUAGE_TAG_RE,
  refSchema,
  responseIdSchema,
  safeText,
  tagsSchema,
  templateItemIdSchema,
} from "../validation";

export { responseIdSchema };

export const INTERCHANGE_FORMAT = "interchange-v1";

/** Question and option ids, as the survey templates use them. */
const idSchema = templateItemIdSchema;
const instant = isoInstantSchema;
const kind = z.enum(KINDS, { error: `must be one of ${KINDS.join(", ")}` });
const score = (min: number, max: number) =>
  z
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be a whole number from ${min} to ${max}`)
    .max(max, `must be a whole number from ${min} to ${max}`)
    .nullish();

export const interchangeStaffSchema = z.object({
  email: emailSchema,
  name: staffSchema.shape.name,
  team: safeText({ min: 1, max: 120, typeError: "must be a team name" }).nullish(),
  kind: kind.default("frontline"),
});

export const interchangeTouchpointSchema = z.object({
  slug: slugSchema,
  name: safeText({ min: 1, max: 120 }).optional(),
});

// Contributor emails only have to match a staff email (checked across records), so they are
// normalised here rather than run through the full email rule a million times.
const contributorSchema = z.object({
  email: safeText({ min: 1, max: 254, typeError: "must be a staff email" }).transform((s) => s.toLowerCase()),
  role: kind,
  weight: z.number({ error: "must be in (0, 1]" }).gt(0, "must be in (0, 1]").max(1, "must be in (0, 1]").default(1),
});

export const interchangeInteractionSchema = z.object({
  ref: refSchema,
  touchpoint: slugSchema,
  occurredAt: instant,
  tags: tagsSchema.optional(),
  customer: customerKeySchema.optional(),
  contributors: z.array(contributorSchema, { error: "must be a list of contributors" }).default([]),
});

export const interchangeResponseSchema = z.object({
  id: responseIdSchema,
  interactionRef: refSchema,
  answeredAt: instant,
  locale: z.string().regex(LANGUAGE_TAG_RE, "must be a language tag like en or ja").optional(),
  nps: score(0, 10),
  csat: score(1, 5),
  ces: score(1, 7),
  comment: commentSchema.nullish(),
  compare: score(1, 3),
  return: score(1, 3),
  choices: z
    .record(
      idSchema,
      z.array(idSchema, { error: "must be a list of option ids" }).max(12, "must have at most 12 options"),
      {
        error: "must map question ids to lists of option ids",
      },
    )
    .optional(),
});

/** Texts of a question or option: English required, other languages optional (English stands in, marked missing). */
const importedText = z.object(
  {
    en: safeText({ min: 1, max: 500 }),
    ...Object.fromEntries(LOCALES.filter((l) => l !== "en").map((l) => [l, safeText({ min: 1, max: 500 }).optional()])),
  },
  { error: 'must be texts by language, like {"en": "What stood out?"}' },
);

export const interchangeQuestionSchema = z.object({
  id: idSchema,
  kind: z.literal("choice", { error: 'must be "choice"' }),
  multiple: z.boolean({ error: "must be true or false" }).default(false),
  text: importedText,
  options: z
    .array(z.object({ id: idSchema, text: importedText }), { error: "must be a list of options" })
    .min(2, "must have at least 2 options")
    .max(12, "must have at most 12 options"),
});

export type InterchangeStaff = z.output<typeof interchangeStaffSchema>;
export type InterchangeTouchpoint = z.output<typeof interchangeTouchpointSchema>;
export type InterchangeInteraction = z.output<typeof interchangeInteractionSchema>;
export type InterchangeResponse = z.output<typeof interchangeResponseSchema>;
export type InterchangeQuestion = z.output<typeof interchangeQuestionSchema>;
export type InterchangeDocument = {
  format: typeof INTERCHANGE_FORMAT;
  questions: InterchangeQuestion[];
  staff: InterchangeStaff[];
  touchpoints: InterchangeTouchpoint[];
  interactions: InterchangeInteraction[];
  responses: InterchangeResponse[];
};
export type InterchangeInput = z.input<typeof interchangeResponseSchema>;
