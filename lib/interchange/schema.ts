// interchange-v1 (INTERCHANGE.md): one zod schema per record, so every problem is reported as
// one "path: rule" line against the record it is in.
import { z } from "zod";
import { KINDS } from "../auth/roles";
import { LOCALES, slugSchema } from "../orgs/schema";
import { emailSchema, staffSchema } from "../staff/schema";

export const INTERCHANGE_FORMAT = "interchange-v1";

/** Question and option ids, as the survey templates use them. */
const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "must be 1-40 lowercase letters, digits or hyphens");

const instant = z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time like 2026-09-03T10:15:00Z" });
const kind = z.enum(KINDS, { error: `must be one of ${KINDS.join(", ")}` });
const score = (min: number, max: number) =>
  z
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be a whole number from ${min} to ${max}`)
    .max(max, `must be a whole number from ${min} to ${max}`)
    .nullish();

/** 32 lowercase hex characters; a UUID (any case, with dashes) is accepted and normalised to that. */
export const responseIdSchema = z
  .string({ error: "must be a string of 32 hex characters (or a UUID)" })
  .transform((s) =>
    s
      .trim()
      .toLowerCase()
      .replace(/^([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})$/, "$1$2$3$4$5"),
  )
  .pipe(z.string().regex(/^[0-9a-f]{32}$/, "must be 32 hex characters (or a UUID)"));

export const interchangeStaffSchema = z.object({
  email: emailSchema,
  name: staffSchema.shape.name,
  team: z
    .string({ error: "must be a team name" })
    .trim()
    .min(1, "must not be empty")
    .max(120, "must be at most 120 characters")
    .nullish(),
  kind: kind.default("frontline"),
});

export const interchangeTouchpointSchema = z.object({
  slug: slugSchema,
  name: z.string().trim().min(1, "must not be empty").max(120, "must be at most 120 characters").optional(),
});

// Contributor emails only have to match a staff email (checked across records), so they are
// normalised here rather than run through the full email rule a million times.
const contributorSchema = z.object({
  email: z.string({ error: "must be a staff email" }).trim().toLowerCase().min(1, "must be a staff email"),
  role: kind,
  weight: z.number({ error: "must be in (0, 1]" }).gt(0, "must be in (0, 1]").max(1, "must be in (0, 1]").default(1),
});

export const interchangeInteractionSchema = z.object({
  ref: z.string({ error: "is required" }).trim().min(1, "is required").max(200, "must be at most 200 characters"),
  touchpoint: slugSchema,
  occurredAt: instant,
  tags: z.array(z.string().trim().min(1).max(60)).max(20).optional(),
  customer: z
    .string({ error: "must be text" })
    .trim()
    .min(1, "must not be empty")
    .max(128, "must be at most 128 characters")
    .regex(/^[\x21-\x7e]+$/, "must be printable characters without spaces (a hash, never a name or an email)")
    .optional(),
  contributors: z.array(contributorSchema, { error: "must be a list of contributors" }).default([]),
});

export const interchangeResponseSchema = z.object({
  id: responseIdSchema,
  interactionRef: z.string({ error: "is required" }).trim().min(1, "is required"),
  answeredAt: instant,
  locale: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "must be a language tag like en or ja")
    .optional(),
  nps: score(0, 10),
  csat: score(1, 5),
  ces: score(1, 7),
  comment: z.string({ error: "must be text" }).max(2000, "must be at most 2000 characters").nullish(),
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
const importedText = z.object({
  en: z.string({ error: "is required" }).trim().min(1, "is required").max(500, "must be at most 500 characters"),
  ...Object.fromEntries(
    LOCALES.filter((l) => l !== "en").map((l) => [
      l,
      z.string().trim().min(1).max(500, "must be at most 500 characters").optional(),
    ]),
  ),
});

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
