// Choices for the admin forms' selects, always from the admin's own organization.
import { db } from "../db";
import type { Actor } from "../auth/authorize";
import { assertAdmin } from "./result";

export async function teamOptions(actor: Actor) {
  assertAdmin(actor);
  const teams = await db.team.findMany({
    where: { orgId: actor.orgId },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  return teams.map((t) => ({ value: t.id, label: t.name }));
}

export async function personOptions(actor: Actor, roles?: string[]) {
  assertAdmin(actor);
  const people = await db.user.findMany({
    where: { orgId: actor.orgId, active: true, ...(roles ? { role: { in: roles } } : {}) },
    select: { id: true, name: true, email: true },
    orderBy: { name: "asc" },
  });
  return people.map((p) => ({ value: p.id, label: `${p.name} (${p.email})` }));
}

/** Who can handle follow-ups: active managers and admins. */
export async function handlerOptions(actor: Actor) {
  assertAdmin(actor);
  const people = await db.user.findMany({
    where: { orgId: actor.orgId, active: true, role: { in: ["manager", "admin"] } },
    select: { id: true, name: true, role: true },
    orderBy: { name: "asc" },
  });
  return people.map((p) => ({ value: p.id, label: `${p.name} (${p.role})` }));
}

export async function touchpointOptions(actor: Actor) {
  assertAdmin(actor);
  const tps = await db.touchpoint.findMany({
    where: { orgId: actor.orgId, active: true },
    select: { id: true, name: true, slug: true },
    orderBy: { name: "asc" },
  });
  return tps.map((t) => ({ value: t.id, label: `${t.name} (${t.slug})` }));
}

export async function templateOptions(actor: Actor) {
  assertAdmin(actor);
  const ts = await db.surveyTemplate.findMany({
    where: { orgId: actor.orgId },
    select: { id: true, name: true, isDefault: true },
    orderBy: { name: "asc" },
  });
  return ts.map((t) => ({ value: t.id, label: t.isDefault ? `${t.name} (default)` : t.name }));
}
