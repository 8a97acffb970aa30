// Staff administration: people are deactivated, never deleted, so their credits stay in history.
import "server-only";
import { db } from "../db";
import type { Actor } from "../auth/authorize";
import { hashPassword, oneTimePassword } from "../auth/password";
import { ConflictError } from "../orgs/orgs";
import { createStaff } from "../staff/staff";
import { staffSchema } from "../staff/schema";
import { AdminInputError, assertAdmin, guarded, ok, parseOr } from "./result";
import { notFound, teamInOrg } from "./scope";

export async function listStaff(actor: Actor) {
  assertAdmin(actor);
  return db.user.findMany({
    where: { orgId: actor.orgId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      kind: true,
      active: true,
      teamId: true,
      team: { select: { name: true } },
    },
    orderBy: [{ active: "desc" }, { name: "asc" }],
  });
}

export function createStaffMember(actor: Actor, input: unknown) {
  return guarded(async () => {
    assertAdmin(actor);
    const parsed = parseOr(staffSchema, input);
    if ("failure" in parsed) return parsed.failure;
    const teamId = await teamInOrg(actor.orgId, parsed.data.teamId);
    try {
      const { user, password } = await createStaff(actor.orgId, { ...parsed.data, teamId });
      return ok({ id: user.id, email: user.email, password }, `${user.name} can now sign in.`);
    } catch (error) {
      if (error instanceof ConflictError)
        throw new AdminInputError("email", "already has an account in this organization");
      throw error;
    }
  });
}

export function updateStaffMember(actor: Actor, id: string, input: unknown) {
  return guarded(async () => {
    assertAdmin(actor);
    const parsed = parseOr(staffSchema, input);
    if ("failure" in parsed) return parsed.failure;
    const existing = await db.user.findFirst({ where: { id, orgId: actor.orgId }, select: { id: true } });
    if (!existing) notFound("person");
    const data = parsed.data;
    // An admin who demotes or deactivates themselves could leave the org with nobody to undo it.
    if (id === actor.userId && data.role !== "admin")
      throw new AdminInputError("role", "must stay admin on your own account");
    if (id === actor.userId && !data.active)
      throw new AdminInputError("active", "can't be turned off on your own account");
    const clash = await db.user.findFirst({
      where: { orgId: actor.orgId, email: data.email, NOT: { id } },
      select: { id: true },
    });
    if (clash) throw new AdminInputError("email", "already has an account in this organization");
    const teamId = await teamInOrg(actor.orgId, data.teamId);
    await db.user.update({ where: { id }, data: { ...data, teamId } });
    return ok(undefined, "Saved.");
  });
}

export function setStaffActive(actor: Actor, id: string, active: boolean) {
  return guarded(async () => {
    assertAdmin(actor);
    if (id === actor.userId && !active) throw new AdminInputError(null, "You can't deactivate your own account.");
    const { count } = await db.user.updateMany({ where: { id, orgId: actor.orgId }, data: { active } });
    if (count === 0) notFound("person");
    return ok(undefined, active ? "Reactivated." : "Deactivated. Their past credits stay in the scores.");
  });
}

/**
 * A new one-time password, shown once. The old one stops working at once, every session the person
 * had ends, and they must choose their own password at the next sign-in.
 */
export function resetStaffPassword(actor: Actor, id: string) {
  return guarded(async () => {
    assertAdmin(actor);
    const password = oneTimePassword();
    const { count } = await db.user.updateMany({
      where: { id, orgId: actor.orgId },
      data: {
        passwordHash: await hashPassword(password),
        mustChangePassword: true,
        sessionVersion: { increment: 1 },
      },
    });
    if (count === 0) notFound("person");
    return ok({ password });
  });
}

export async function getStaffMember(actor: Actor, id: string) {
  assertAdmin(actor);
  const user = await db.user.findFirst({
    where: { id, orgId: actor.orgId },
    select: { name: true, email: true, role: true, kind: true, teamId: true, active: true },
  });
  return (
    user && { ...user, role: user.role as "admin" | "manager" | "staff", kind: user.kind as "frontline" | "backoffice" }
  );
}
