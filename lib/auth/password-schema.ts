// The rules for a password a person chooses, shared by the change-password form and its action.
import { z } from "zod";
import { charCount, safeText } from "../validation";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export const newPasswordSchema = safeText({ max: PASSWORD_MAX, trim: false }).refine(
  (s) => charCount(s) >= PASSWORD_MIN,
  `must be at least ${PASSWORD_MIN} characters`,
);

export const changePasswordSchema = z
  .object({
    current: z.string().min(1, "is required").max(PASSWORD_MAX, `must be at most ${PASSWORD_MAX} characters`),
    password: newPasswordSchema,
    confirm: z.string().min(1, "is required"),
  })
  .superRefine((v, ctx) => {
    if (v.password && v.password === v.current)
      ctx.addIssue({ code: "custom", path: ["password"], message: "must differ from your current password" });
    if (v.confirm && v.confirm !== v.password)
      ctx.addIssue({ code: "custom", path: ["confirm"], message: "must match the new password" });
  });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
