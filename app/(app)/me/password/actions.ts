"use server";
import type { ActionResult } from "@/lib/admin/result";
import { currentActor } from "@/lib/auth/authorize";
import { changeOwnPassword } from "@/lib/auth/change-password";
import { reissueSession } from "@/lib/auth/session-cookie";

// Not authorize(): someone still on a one-time password may do exactly this.
export async function changePasswordAction(input: unknown): Promise<ActionResult> {
  const actor = await currentActor();
  if (!actor) return { ok: false, fieldErrors: {}, formError: "Your session has ended. Sign in again to continue." };
  const result = await changeOwnPassword(actor, input);
  if (!result.ok) return result;
  await reissueSession(result.data);
  return { ok: true, data: undefined, message: result.message };
}
