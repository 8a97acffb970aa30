// Touchpoints: the places and channels an interaction happens at, each with its poster QR code.
import type { z } from "zod";
import { db } from "../db";
import type { Actor } from "../auth/authorize";
import { AdminInputError, assertAdmin, guarded, ok, parseOr } from "./result";
import { notFound, templateInOrg, userInOrg } from "./scope";
import { touchpointSchema } from "./touchpoint-schema";

export async function listTouchpoints(actor: Actor) {
  assertAdmin(actor);
  const touchpoints = await db.touchpoint.findMany({
    where: { orgId: actor.orgId },
    select: {
      id: true,
      slug: true,
      name: true,
      active: true,
      templateId: true,
      managerId: true,
      template: { select: { name: true } },
      _count: { select: { interactions: true } },
    },
    orderBy: [{ active: "desc" }, { name: "asc" }],
  });
  // managerId is a plain column (no relation), so names come from one lookup.
  const ids = [...new Set(touchpoints.flatMap((t) => (t.managerId ? [t.managerId] : [])))];
  const people = ids.length
    ? await db.user.findMany({ where: { orgId: actor.orgId, id: { in: ids } }, select: { id: true, name: true } })
    : [];
  const name = new Map(people.map((p) => [p.id, p.name]));
  return touchpoints.map((t) => ({ ...t, manager: t.managerId ? (name.get(t.managerId) ?? null) : null }));
}

export async function getTouchpoint(actor: Actor, id: string) {
  assertAdmin(actor);
  return db.touchpoint.findFirst({
    where: { id, orgId: actor.orgId },
    select: {
      id: true,
      slug: true,
      name: true,
      active: true,
      templateId: true,
      managerId: true,
      org: { select: { slug: true, name: true, defaultLocale: true } },
    },
  });
}

async function check(actor: Actor, data: z.output<typeof touchpointSchema>, id?: string) {
  await templateInOrg(actor.orgId, data.templateId);
  const manager = await userInOrg(actor.orgId, data.managerId, "managerId");
  if (manager && (!manager.active || manager.role === "staff"))
    throw new AdminInputError("managerId", "must be an active manager or admin");
  const clash = await db.touchpoint.findFirst({
    where: { orgId: actor.orgId, slug: data.slug, ...(id ? { NOT: { id } } : {}) },
    select: { id: true },
  });
  if (clash) throw new AdminInputError("slug", "is already used by another touchpoint");
}

export function createTouchpoint(actor: Actor, input: unknown) {
  return guarded(async () => {
    assertAdmin(actor);
    const parsed = parseOr(touchpointSchema, input);
    if ("failure" in parsed) return parsed.failure;
    await check(actor, parsed.data);
    const tp = await db.touchpoint.create({ data: { ...parsed.data, orgId: actor.orgId }, select: { id: true } });
    return ok({ id: tp.id }, "Touchpoint created.");
  });
}

export function updateTouchpoint(actor: Actor, id: string, input: unknown) {
  return guarded(async () => {
    assertAdmin(actor);
    const parsed = parseOr(touchpointSchema, input);
    if ("failure" in parsed) return parsed.failure;
    if (!(await db.touchpoint.findFirst({ where: { id, orgId: actor.orgId }, select: { id: true } })))
      notFound("touchpoint");
    await check(actor, parsed.data, id);
    await db.touchpoint.update({ where: { id }, data: parsed.data });
    return ok(undefined, "Saved. Printed posters keep working if the slug is unchanged.");
  });
}
