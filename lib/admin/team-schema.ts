// A team as the admin form, the server action and any import describe it.
import { z } from "zod";
import { safeText } from "../validation";

export const teamSchema = z.object({
  name: safeText({ min: 1, max: 80 }),
  managerId: z
    .string()
    .nullish()
    .transform((v) => v || null),
});
export type TeamInput = z.input<typeof teamSchema>;
