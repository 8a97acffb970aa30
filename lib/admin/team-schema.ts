// A team as the admin form, the server action and any import describe it.
import { z } from "zod";

export const teamSchema = z.object({
  name: z.string().trim().min(1, "is required").max(80, "must be at most 80 characters"),
  managerId: z
    .string()
    .nullish()
    .transform((v) => v || null),
});
export type TeamInput = z.input<typeof teamSchema>;
