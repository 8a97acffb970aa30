// A touchpoint as the admin form, the server action and any import describe it.
import { z } from "zod";
import { slugSchema } from "../orgs/schema";

export const touchpointSchema = z.object({
  slug: slugSchema,
  name: z.string().trim().min(1, "is required").max(80, "must be at most 80 characters"),
  templateId: z
    .string()
    .nullish()
    .transform((v) => v || null),
  active: z.boolean().default(true),
  /** Told about detractor answers here that credit nobody; empty: the org's admins. */
  managerId: z
    .string()
    .nullish()
    .transform((v) => v || null),
});
export type TouchpointInput = z.input<typeof touchpointSchema>;
