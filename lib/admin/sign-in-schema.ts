// The sign-in form's shape; the server side is next-auth's credentials check (lib/auth/sign-in.ts).
import { z } from "zod";
import { emailSchema } from "@/lib/staff/schema";

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "is required").max(200, "must be at most 200 characters"),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** Only same-site paths are followed after sign-in, so a crafted link cannot bounce people elsewhere. */
export function safeNext(next: string | string[] | undefined | null): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (
    !value ||
    !value.startsWith("/") ||
    value.startsWith("//") ||
    value.startsWith("/\\") ||
    value.startsWith("/signin")
  )
    return "/";
  return value;
}

// One message for every refusal, so it never says whether an account exists or is being throttled.
export const SIGN_IN_FAILED =
  "We couldn't sign you in with that email and password. After several tries, wait a minute before the next one.";
export const SIGN_IN_MESSAGES: Record<string, string> = {
  invalid: SIGN_IN_FAILED,
  CredentialsSignin: SIGN_IN_FAILED,
};
