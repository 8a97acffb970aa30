// Ids that arrive from a form are checked against the admin's own organization, so another
// org's team, person or touchpoint can never be linked, read or changed.
import { db } from "../db";
import { AdminInputError } from "./result";

export async function teamInOrg(orgId: string, teamId: string | null | undefined, field = "teamId") {
  if (!teamId) return null;
  const team = await db.team.findFirst({ where: { id: teamId, orgId }, select: { id: true } });
  if (!team) throw new AdminInputError(field, "must be a team in your organization");
  return team.id;
}

export async function userInOrg(orgId: string, userId: string | null | undefined, field = "userId") {
  if (!userId) return null;
  const user = await db.user.findFirst({
    where: { id: userId, orgId },
    select: { id: true, role: true, active: true },
  });
  if (!user) throw new AdminInputError(field, "must be a person in your organization");
  return user;
}

export async function touchpointInOrg(orgId: string, touchpointId: string | null | undefined, field = "touchpointId") {
  if (!touchpointId) return null;
  const tp = await db.touchpoint.findFirst({ where: { id: touchpointId, orgId }, select: { id: true } });
  if (!tp) throw new AdminInputError(field, "must be a touchpoint in your organization");
  return tp.id;
}

export async function templateInOrg(orgId: string, templateId: string | null | undefined, field = "templateId") {
  if (!templateId) return null;
  const t = await db.surveyTemplate.findFirst({ where: { id: templateId, orgId }, select: { id: true } });
  if (!t) throw new AdminInputError(field, "must be a template in your organization");
  return t.id;
}

/** The thing being edited must exist in the admin's org; otherwise it is simply not found. */
export function notFound(what: string): never {
  throw new AdminInputError(null, `That ${what} doesn't exist in your organization.`);
}
