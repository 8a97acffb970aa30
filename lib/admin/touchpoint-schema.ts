// A touchpoint as the admin form, the server action and any import describe it.
import { z } from "zod";
import { safeText } from "../validation";
import { slugSchema } from "../orgs/schema";

export const touchpointSchema = z.object({
  slug: slugSchema,
  name: safeText({ min: 1, max: 80 }),
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
