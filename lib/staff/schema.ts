import { z } from "zod";
import { KINDS, ROLES } from "../auth/roles";
import { safeText, textProblem } from "../validation";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "must be at most 254 characters")
  .refine((s) => textProblem(s) === null, "must be an email address like aiko@example.com")
  .pipe(z.email("must be an email address like aiko@example.com"));

export const staffSchema = z.object({
  email: emailSchema,
  name: safeText({ min: 1, max: 120 }),
  role: z.enum(ROLES, { error: `must be one of ${ROLES.join(", ")}` }).default("staff"),
  kind: z.enum(KINDS, { error: `must be one of ${KINDS.join(", ")}` }).default("frontline"),
  teamId: z.string().nullish(),
  active: z.boolean().default(true),
});
export type StaffInput = z.input<typeof staffSchema>;
