// One schema for an interaction, whichever door it comes through (API, staff screen, CLI).
import { z } from "zod";
import { LOCALES } from "../orgs/schema";
import { emailSchema } from "../staff/schema";
import { customerKeySchema, isoInstantSchema, refSchema, safeText, tagSchema, tagsSchema } from "../validation";

export const CONTRIBUTOR_ROLES = ["frontline", "backoffice"] as const;

export const contributorInputSchema = z.strictObject({
  email: emailSchema,
  role: z.enum(CONTRIBUTOR_ROLES, { error: "must be frontline or backoffice" }),
  weight: z
    .number({ error: "must be a number in (0, 1]" })
    .gt(0, "must be in (0, 1]")
    .lte(1, "must be in (0, 1]")
    .default(1),
});

export { tagSchema };

export { customerKeySchema };

export const interactionInputSchema = z.strictObject({
  ref: refSchema,
  touchpoint: safeText({ min: 1, max: 64 }),
  occurredAt: isoInstantSchema.optional(),
  locale: z.enum(LOCALES, { error: `must be one of ${LOCALES.join(", ")}` }).optional(),
  tags: tagsSchema.default([]),
  // Powers the fatigue throttle, retention and erasure; never shown to staff.
  customer: customerKeySchema.optional(),
  // Optional: an interaction may be credited by attribution rules alone.
  contributors: z.array(contributorInputSchema).max(50, "must hold at most 50 contributors").default([]),
});

export type InteractionInput = z.input<typeof interactionInputSchema>;
export type ParsedInteractionInput = z.output<typeof interactionInputSchema>;
