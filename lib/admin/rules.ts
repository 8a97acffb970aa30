// Attribution rules: "this team or person contributes to interactions at this touchpoint, in
// this role, with this weight, within this daily window, for this tag". Rule changes only affect
// interactions created afterwards (snapshots are never rewritten), so rules may be deleted.
import { db } from "../db";
import type { Actor } from "../auth/authorize";
import { assertAdmin, guarded, ok, parseOr } from "./result";
import { notFound, teamInOrg, touchpointInOrg, userInOrg } from "./scope";
import { clockToMinutes, minutesToClock } from "./clock";
import { ruleSchema, type RuleInput } from "./rule-schema";

export async function listRules(actor: Actor) {
  assertAdmin(actor);
  const rows = await db.attributionRule.findMany({
    where: { orgId: actor.orgId },
    select: {
      id: true,
      touchpointId: true,
      teamId: true,
      userId: true,
      role: true,
      weight: true,
      windowStart: true,
      windowEnd: true,
      tag: true,
      active: true,
      touchpoint: { select: { name: true } },
      team: { select: { name: true } },
      user: { select: { name: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => ({
    ...r,
    windowStartText: minutesToClock(r.windowStart),
    windowEndText: minutesToClock(r.windowEnd),
  }));
}

async function toData(actor: Actor, input: unknown) {
  const parsed = parseOr(ruleSchema, input);
  if ("failure" in parsed) return parsed;
  const r = parsed.data;
  const teamId = r.subject === "team" ? await teamInOrg(actor.orgId, r.teamId) : null;
  const user = r.subject === "user" ? await userInOrg(actor.orgId, r.userId) : null;
  const touchpointId = await touchpointInOrg(actor.orgId, r.touchpointId);
  return {
    data: {
      teamId,
      userId: user?.id ?? null,
      touchpointId,
      role: r.role,
      weight: r.weight,
      tag: r.tag,
      active: r.active,
      windowStart: clockToMinutes(r.windowStart),
      windowEnd: clockToMinutes(r.windowEnd),
    },
  };
}

export function createRule(actor: Actor, input: unknown) {
  return guarded(async () => {
    assertAdmin(actor);
    const result = await toData(actor, input);
    if ("failure" in result) return result.failure;
    const rule = await db.attributionRule.create({
      data: { ...result.data, orgId: actor.orgId },
      select: { id: true },
    });
    return ok({ id: rule.id }, "Rule added. It applies to interactions created from now on.");
  });
}

export function updateRule(actor: Actor, id: string, input: unknown) {
  return guarded(async () => {
    assertAdmin(actor);
    if (!(await db.attributionRule.findFirst({ where: { id, orgId: actor.orgId }, select: { id: true } })))
      notFound("rule");
    const result = await toData(actor, input);
    if ("failure" in result) return result.failure;
    await db.attributionRule.update({ where: { id }, data: result.data });
    return ok(undefined, "Saved. Past interactions keep the credits they had.");
  });
}

export function deleteRule(actor: Actor, id: string) {
  return guarded(async () => {
    assertAdmin(actor);
    const { count } = await db.attributionRule.deleteMany({ where: { id, orgId: actor.orgId } });
    if (count === 0) notFound("rule");
    return ok(undefined, "Rule deleted. Past interactions keep the credits they had.");
  });
}

/** A stored rule in the form's shape (times as HH:MM, empty strings for "none"). */
export async function getRuleForm(actor: Actor, id: string): Promise<RuleInput | null> {
  assertAdmin(actor);
  const r = await db.attributionRule.findFirst({ where: { id, orgId: actor.orgId } });
  if (!r) return null;
  return {
    subject: r.userId ? "user" : "team",
    teamId: r.teamId ?? "",
    userId: r.userId ?? "",
    touchpointId: r.touchpointId ?? "",
    role: r.role as RuleInput["role"],
    weight: r.weight,
    windowStart: minutesToClock(r.windowStart),
    windowEnd: minutesToClock(r.windowEnd),
    tag: r.tag ?? "",
    active: r.active,
  };
}
