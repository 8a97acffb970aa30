import { z } from "zod";
import { KINDS, ROLES } from "../auth/roles";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "must be at most 254 characters")
  .pipe(z.email("must be an email address like aiko@example.com"));

export const staffSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, "is required").max(120, "must be at most 120 characters"),
  role: z.enum(ROLES, { error: `must be one of ${ROLES.join(", ")}` }).default("staff"),
  kind: z.enum(KINDS, { error: `must be one of ${KINDS.join(", ")}` }).default("frontline"),
  teamId: z.string().nullish(),
  active: z.boolean().default(true),
});
export type StaffInput = z.input<typeof staffSchema>;
