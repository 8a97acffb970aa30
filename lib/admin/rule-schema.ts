// An attribution rule as the admin form and the server action describe it. Windows are
// "HH:MM" here and minutes after local midnight in the database (./clock.ts).
import { z } from "zod";
import { KINDS } from "../auth/roles";
import { timeSchema } from "./clock";

const optionalTime = z
  .union([z.literal(""), timeSchema])
  .nullish()
  .transform((v) => v || null);

export const ruleSchema = z
  .object({
    subject: z.enum(["team", "user"], { error: "must be team or user" }),
    teamId: z
      .string()
      .nullish()
      .transform((v) => v || null),
    userId: z
      .string()
      .nullish()
      .transform((v) => v || null),
    touchpointId: z
      .string()
      .nullish()
      .transform((v) => v || null), // null: any touchpoint
    role: z.enum(KINDS, { error: `must be one of ${KINDS.join(", ")}` }),
    weight: z.coerce.number({ error: "must be a number" }).gt(0, "must be in (0, 1]").lte(1, "must be in (0, 1]"),
    windowStart: optionalTime,
    windowEnd: optionalTime,
    tag: z
      .string()
      .trim()
      .toLowerCase()
      .max(40, "must be at most 40 characters")
      .regex(/^[a-z0-9-]*$/, "must be lowercase letters, digits or hyphens")
      .nullish()
      .transform((v) => v || null),
    active: z.boolean().default(true),
  })
  .superRefine((r, ctx) => {
    if (r.subject === "team" && !r.teamId)
      ctx.addIssue({ code: "custom", path: ["teamId"], message: "is required for a team rule" });
    if (r.subject === "user" && !r.userId)
      ctx.addIssue({ code: "custom", path: ["userId"], message: "is required for a person rule" });
    if (!!r.windowStart !== !!r.windowEnd)
      ctx.addIssue({
        code: "custom",
        path: [r.windowStart ? "windowEnd" : "windowStart"],
        message: "must be set together with the other end of the window",
      });
    if (r.windowStart && r.windowStart === r.windowEnd)
      ctx.addIssue({
        code: "custom",
        path: ["windowEnd"],
        message: "must differ from the start (leave both empty for all day)",
      });
  });
export type RuleInput = z.input<typeof ruleSchema>;
