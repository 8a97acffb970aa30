// authorize() for pages: a signed-out visitor goes to /signin, someone still on a one-time password
// to the change-password form, a wrong role gets the 403 page.
import { forbidden, redirect } from "next/navigation";
import { authorize, AuthError, PasswordChangeRequired, type Actor } from "./authorize";
import type { Role } from "./roles";

export async function guardPage(allowed: readonly Role[], returnTo: string): Promise<Actor> {
  try {
    return await authorize(allowed);
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    if (error.status === 401) redirect(`/signin?next=${encodeURIComponent(returnTo)}`);
    if (error instanceof PasswordChangeRequired) redirect(`/me/password?next=${encodeURIComponent(returnTo)}`);
    forbidden();
  }
}
