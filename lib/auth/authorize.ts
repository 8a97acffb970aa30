// The one authorization helper. Every page, route handler and server action calls it with the
// roles it allows (and, where it reads org data by id, the org it expects). proxy.ts only
// redirects the signed-out; this is the check that counts. It re-reads the user, so a
// deactivated account or a changed role takes effect at once.
import "server-only";
import { getServerSession } from "next-auth";
import { db } from "../db";
import { authOptions } from "./options";
import { isRole, type Role } from "./roles";
import { DomainError } from "../validation";

export type Actor = {
  userId: string;
  orgId: string;
  role: Role;
  name: string;
  email: string;
  teamId: string | null;
  /** signed in with a one-time password: nothing but choosing a new one is allowed */
  mustChangePassword?: boolean;
};

export class AuthError extends DomainError {
  constructor(status: 401 | 403, message: string) {
    super(status === 401 ? "unauthenticated" : "forbidden", message);
    this.name = "AuthError";
  }

  override get status(): 401 | 403 {
    return this.code === "unauthenticated" ? 401 : 403;
  }
}

/** Refused until the person replaces their one-time password (pages send them to that form). */
export class PasswordChangeRequired extends AuthError {
  constructor() {
    super(403, "Choose your own password first (My password).");
    this.name = "PasswordChangeRequired";
  }
}

/**
 * The signed-in user, or null. Never throws for a missing session. A session issued before the
 * user's current session version (signed out, password changed or reset since) counts as none.
 */
export async function currentActor(): Promise<Actor | null> {
  const session = (await getServerSession(authOptions)) as { userId?: string; sv?: number } | null;
  if (!session?.userId) return null;
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: {
      id: true,
      orgId: true,
      role: true,
      name: true,
      email: true,
      teamId: true,
      active: true,
      sessionVersion: true,
      mustChangePassword: true,
    },
  });
  if (!user?.active || !isRole(user.role) || user.sessionVersion !== (session.sv ?? 0)) return null;
  return {
    userId: user.id,
    orgId: user.orgId,
    role: user.role,
    name: user.name,
    email: user.email,
    teamId: user.teamId,
    mustChangePassword: user.mustChangePassword,
  };
}

/**
 * Throws AuthError(401) when signed out, AuthError(403) when the role is not allowed or the
 * data belongs to another organization.
 */
export async function authorize(allowed: readonly Role[], orgId?: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new AuthError(401, "Sign in to continue.");
  if (actor.mustChangePassword) throw new PasswordChangeRequired();
  if (!allowed.includes(actor.role)) throw new AuthError(403, "Your role does not allow this.");
  if (orgId !== undefined && orgId !== actor.orgId) throw new AuthError(403, "This belongs to another organization.");
  return actor;
}
