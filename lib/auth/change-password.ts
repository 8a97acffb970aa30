// A person replacing their own password (or the one-time password they were given). Raising the
// session version signs out every other device; the caller re-issues this device's session.
import "server-only";
import { db } from "../db";
import { guarded, ok, parseOr, type ActionResult } from "../admin/result";
import type { Actor } from "./authorize";
import { hashPassword, verifyPassword } from "./password";
import { changePasswordSchema } from "./password-schema";

export type ChangedPassword = {
  userId: string;
  orgId: string;
  role: string;
  name: string;
  email: string;
  sessionVersion: number;
};

export function changeOwnPassword(actor: Actor, input: unknown): Promise<ActionResult<ChangedPassword>> {
  return guarded(async () => {
    const parsed = parseOr(changePasswordSchema, input);
    if ("failure" in parsed) return parsed.failure;
    const user = await db.user.findUnique({ where: { id: actor.userId }, select: { passwordHash: true } });
    if (!(await verifyPassword(parsed.data.current, user?.passwordHash)))
      return { ok: false, fieldErrors: { current: "is not your current password" } };
    const updated = await db.user.update({
      where: { id: actor.userId },
      data: {
        passwordHash: await hashPassword(parsed.data.password),
        mustChangePassword: false,
        sessionVersion: { increment: 1 },
      },
      select: { id: true, orgId: true, role: true, name: true, email: true, sessionVersion: true },
    });
    const { id, ...rest } = updated;
    return ok({ userId: id, ...rest }, "Password changed. Any other device you were signed in on is signed out.");
  });
}
