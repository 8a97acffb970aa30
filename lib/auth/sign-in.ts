// Checking an email and password, with a lockout after repeated failures.
import "server-only";
import { db } from "../db";
import type { Role } from "./roles";
import { verifyPassword } from "./password";

export const MAX_FAILURES = 5;
export const LOCKOUT_MS = 15 * 60_000;

export type SignInResult =
  | { ok: true; user: { id: string; orgId: string; role: Role; name: string; email: string } }
  | { ok: false; reason: "invalid" | "locked" };

export async function checkCredentials(emailRaw: string, password: string, now = new Date()): Promise<SignInResult> {
  const email = emailRaw.trim().toLowerCase();
  const candidates = await db.user.findMany({
    where: { email, active: true },
    select: {
      id: true,
      orgId: true,
      role: true,
      name: true,
      email: true,
      passwordHash: true,
      failedLogins: true,
      lockedUntil: true,
    },
  });
  if (candidates.length === 0) {
    await verifyPassword(password, null); // same cost as a real check
    return { ok: false, reason: "invalid" };
  }
  for (const user of candidates) {
    if (user.lockedUntil && user.lockedUntil > now) return { ok: false, reason: "locked" };
    if (await verifyPassword(password, user.passwordHash)) {
      if (user.failedLogins > 0)
        await db.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null } });
      return {
        ok: true,
        user: { id: user.id, orgId: user.orgId, role: user.role as Role, name: user.name, email: user.email },
      };
    }
  }
  for (const user of candidates) {
    const failures = user.failedLogins + 1;
    const lock = failures >= MAX_FAILURES;
    await db.user.update({
      where: { id: user.id },
      data: { failedLogins: lock ? 0 : failures, lockedUntil: lock ? new Date(now.getTime() + LOCKOUT_MS) : undefined },
    });
    if (lock) return { ok: false, reason: "locked" };
  }
  return { ok: false, reason: "invalid" };
}
