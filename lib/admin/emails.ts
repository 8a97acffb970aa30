// The admin side of notification email: the org's unsent emails and "retry now", scoped to the
// admin's own organisation.
import type { Actor } from "../auth/authorize";
import { emailQueue, retryEmail } from "../notifications/email-queue";
import { AdminInputError, assertAdmin, guarded, ok } from "./result";

export async function emailQueueFor(actor: Actor) {
  assertAdmin(actor);
  return emailQueue(actor.orgId);
}

export function retryQueuedEmail(actor: Actor, id: unknown) {
  return guarded(async () => {
    assertAdmin(actor);
    if (typeof id !== "string" || !id || id.length > 100) throw new AdminInputError(null, "Pick an email to retry.");
    await retryEmail(actor.orgId, id);
    return ok(undefined, "Sending it again now. It leaves this list once the mail server takes it.");
  });
}
