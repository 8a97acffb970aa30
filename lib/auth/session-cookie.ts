// After a password change the session version rises, which ends every session, this one too; the
// person who changed it gets a fresh session cookie in the same response instead of a sign-in.
import "server-only";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { secureCookies, sessionCookieName } from "./cookies";
import { SESSION_MAX_AGE } from "./options";
import { ensureAuthSecret } from "./secret";

export async function reissueSession(user: {
  userId: string;
  orgId: string;
  role: string;
  name: string;
  email: string;
  sessionVersion: number;
}) {
  const token = {
    sub: user.userId,
    name: user.name,
    email: user.email,
    orgId: user.orgId,
    role: user.role,
    sv: user.sessionVersion,
  };
  const value = await encode({ token, secret: ensureAuthSecret(), maxAge: SESSION_MAX_AGE });
  (await cookies()).set(sessionCookieName(), value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secureCookies(),
    maxAge: SESSION_MAX_AGE,
  });
}
