// Teams and their managers. Membership is set on each person (Staff), one team per person.
import type { z } from "zod";
import { db } from "../db";
import type { Actor } from "../auth/authorize";
import { AdminInputError, assertAdmin, guarded, ok, parseOr } from "./result";
import { notFound, userInOrg } from "./scope";
import { teamSchema } from "./team-schema";

export async function listTeams(actor: Actor) {
  assertAdmin(actor);
  return db.team.findMany({
    where: { orgId: actor.orgId },
    select: {
      id: true,
      name: true,
      managerId: true,
      manager: { select: { name: true } },
      _count: { select: { members: { where: { active: true } } } },
    },
    orderBy: { name: "asc" },
  });
}

async function checkTeam(actor: Actor, data: z.output<typeof teamSchema>, id?: string) {
  const manager = await userInOrg(actor.orgId, data.managerId, "managerId");
  if (manager && (manager.role === "staff" || !manager.active))
    throw new AdminInputError("managerId", "must be an active manager or admin");
  const clash = await db.team.findFirst({
    where: { orgId: actor.orgId, name: data.name, ...(id ? { NOT: { id } } : {}) },
    select: { id: true },
  });
  if (clash) throw new AdminInputError("name", "is already used by another team");
}

export function createTeam(actor: Actor, input: unknown) {
  return guarded(async () => {
    assertAdmin(actor);
    const parsed = parseOr(teamSchema, input);
    if ("failure" in parsed) return parsed.failure;
    await checkTeam(actor, parsed.data);
    const team = await db.team.create({ data: { ...parsed.data, orgId: actor.orgId }, select: { id: true } });
    return ok({ id: team.id }, "Team created.");
  });
}

export function updateTeam(actor: Actor, id: string, input: unknown) {
  return guarded(async () => {
    assertAdmin(actor);
    const parsed = parseOr(teamSchema, input);
    if ("failure" in parsed) return parsed.failure;
    if (!(await db.team.findFirst({ where: { id, orgId: actor.orgId }, select: { id: true } }))) notFound("team");
    await checkTeam(actor, parsed.data, id);
    await db.team.update({ where: { id }, data: parsed.data });
    return ok(undefined, "Saved.");
  });
}

export async function getTeam(actor: Actor, id: string) {
  assertAdmin(actor);
  const team = await db.team.findFirst({
    where: { id, orgId: actor.orgId },
    select: {
      name: true,
      managerId: true,
      members: { where: { active: true }, select: { name: true }, orderBy: { name: "asc" } },
    },
  });
  return team && { ...team, members: team.members.map((m) => m.name) };
}
