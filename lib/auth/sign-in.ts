// Checking an email and password. Failures are throttled per address AND account together, with a
// delay that doubles after a few misses, so nobody can lock a colleague out from elsewhere and a
// guesser slows to a crawl. Every failure looks the same (one message, one bcrypt comparison, one
// throttle write), whether or not the account exists.
import "server-only";
import { createHash } from "node:crypto";
import { db } from "../db";
import { emailSchema } from "../staff/schema";
import type { Role } from "./roles";
import { dummyHash, verifyPassword } from "./password";

// The dummy hash is made once, just after this module loads, so not even the first sign-in with
// an unknown email pays for making it.
setTimeout(dummyHash, 0).unref();

/** Misses allowed before the delay starts; then 1 s, 2 s, 4 s, … up to MAX_DELAY_MS. */
export const FREE_FAILURES = 3;
export const BASE_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 15 * 60_000;
/** A quiet day forgets old misses. */
const FORGET_MS = 24 * 3_600_000;
const PASSWORD_MAX = 200;

export type SignedInUser = {
  id: string;
  orgId: string;
  role: Role;
  name: string;
  email: string;
  sessionVersion: number;
  mustChangePassword: boolean;
};
export type SignInResult = { ok: true; user: SignedInUser } | { ok: false; retryAfterMs: number };
export type SignInContext = { address?: string; now?: Date };

export function delayAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (failures - FREE_FAILURES));
}

/** The throttle row for this address and this account (hashed: the table holds no emails). */
export function throttleKey(address: string, email: string) {
  return createHash("sha256").update(`${address}\n${email}`).digest("hex");
}

export async function checkCredentials(
  emailRaw: string,
  password: string,
  { address = "unknown", now = new Date() }: SignInContext = {},
): Promise<SignInResult> {
  const normalised = emailRaw.trim().toLowerCase();
  const key = throttleKey(address, normalised);
  const throttle = await db.signInThrottle.findUnique({ where: { key } });
  const recent = throttle && now.getTime() - throttle.lastFailureAt.getTime() < FORGET_MS ? throttle.failures : 0;
  const wait = throttle ? throttle.lastFailureAt.getTime() + delayAfter(recent) - now.getTime() : 0;
  if (wait > 0) return { ok: false, retryAfterMs: wait };

  // Text no email can hold never reaches the database; it fails like any wrong password.
  const email = emailSchema.safeParse(emailRaw);
  const candidates =
    email.success && password.length <= PASSWORD_MAX
      ? await db.user.findMany({
          where: { email: email.data, active: true },
          select: {
            id: true,
            orgId: true,
            role: true,
            name: true,
            email: true,
            passwordHash: true,
            sessionVersion: true,
            mustChangePassword: true,
          },
        })
      : [];
  // One comparison per candidate, and one against a dummy hash when there is none.
  if (candidates.length === 0) await verifyPassword(password.slice(0, PASSWORD_MAX), null);
  for (const { passwordHash, ...user } of candidates) {
    if (await verifyPassword(password, passwordHash)) {
      if (throttle) await db.signInThrottle.deleteMany({ where: { key } });
      return { ok: true, user: { ...user, role: user.role as Role } };
    }
  }
  const failures = recent + 1;
  await db.signInThrottle
    .upsert({ where: { key }, create: { key, failures, lastFailureAt: now }, update: { failures, lastFailureAt: now } })
    .catch(() => db.signInThrottle.update({ where: { key }, data: { failures, lastFailureAt: now } }));
  return { ok: false, retryAfterMs: delayAfter(failures) };
}
