// One schema for an interaction, whichever door it comes through (API, staff screen, CLI).
import { z } from "zod";
import { LOCALES } from "../orgs/schema";
import { emailSchema } from "../staff/schema";
import { requiredOr } from "./errors";

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

// Tags are stored comma-separated (Interaction.tags), so a tag cannot hold a comma.
export const tagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "must not be empty")
  .max(40, "must be at most 40 characters")
  .regex(/^[^,]+$/, "must not contain a comma");

// INTERCHANGE.md "Additions": an opaque key (a hash from the till or CRM), never a name or an
// email in clear. Printable: no control characters, no line breaks.
export const customerKeySchema = z
  .string({ error: "must be a string" })
  .trim()
  .min(1, "must not be empty")
  .max(128, "must be at most 128 characters")
  .regex(/^[^\p{C}]+$/u, "must be printable characters only");

export const interactionInputSchema = z.strictObject({
  ref: z
    .string({ error: "is required" })
    .trim()
    .min(1, "is required")
    .max(128, "must be at most 128 characters")
    .regex(/^[\x21-\x7e]+$/, "must be printable ASCII without spaces (your order or ticket number)"),
  touchpoint: z
    .string({ error: requiredOr("must be a string") })
    .trim()
    .min(1, "is required")
    .max(64, "must be at most 64 characters"),
  occurredAt: z.iso
    .datetime({ offset: true, error: "must be an ISO 8601 time such as 2026-05-01T10:00:00Z" })
    .optional(),
  locale: z.enum(LOCALES, { error: `must be one of ${LOCALES.join(", ")}` }).optional(),
  tags: z.array(tagSchema).max(20, "must hold at most 20 tags").default([]),
  // Powers the fatigue throttle, retention and erasure; never shown to staff.
  customer: customerKeySchema.optional(),
  // Optional: an interaction may be credited by attribution rules alone.
  contributors: z.array(contributorInputSchema).max(50, "must hold at most 50 contributors").default([]),
});

export type InteractionInput = z.input<typeof interactionInputSchema>;
export type ParsedInteractionInput = z.output<typeof interactionInputSchema>;
