// A new API or kiosk key, as the admin form and the server action describe it.
import { z } from "zod";
import { safeText } from "../validation";

export const keySchema = z
  .object({
    name: safeText({ min: 1, max: 80 }),
    scope: z.enum(["api", "kiosk"], { error: "must be api or kiosk" }),
    touchpointId: z
      .string()
      .nullish()
      .transform((v) => v || null),
  })
  .superRefine((k, ctx) => {
    if (k.scope === "kiosk" && !k.touchpointId)
      ctx.addIssue({ code: "custom", path: ["touchpointId"], message: "is required for a kiosk key" });
  });
export type KeyInput = z.input<typeof keySchema>;
