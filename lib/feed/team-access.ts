// Who may read which team. Managers read the teams they manage (Team.managerId), admins every
// team of their org, staff none. Every team read goes through assertTeamAccess, so a manager
// who edits the URL to another team's id gets a 403, not its data.
import { db } from "../db";
import { AuthError, type Actor } from "../auth/authorize";

export type TeamRef = { id: string; name: string };

export async function accessibleTeams(actor: Pick<Actor, "userId" | "orgId" | "role">): Promise<TeamRef[]> {
  if (actor.role === "staff") return [];
  return db.team.findMany({
    where: { orgId: actor.orgId, ...(actor.role === "manager" && { managerId: actor.userId }) },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

export async function assertTeamAccess(
  actor: Pick<Actor, "userId" | "orgId" | "role">,
  teamId: string,
): Promise<TeamRef & { managerId: string | null }> {
  if (actor.role === "staff") throw new AuthError(403, "Only managers and admins can see team scores.");
  const team = await db.team.findUnique({
    where: { id: teamId },
    select: { id: true, name: true, orgId: true, managerId: true },
  });
  if (!team || team.orgId !== actor.orgId) throw new AuthError(403, "This team belongs to another organization.");
  if (actor.role === "manager" && team.managerId !== actor.userId)
    throw new AuthError(403, "You do not manage this team.");
  return { id: team.id, name: team.name, managerId: team.managerId };
}
