// Which follow-up cases an actor may see and act on: admins every case of their org; managers
// every case routed to them (lib/followups/route.ts: their teams' cases, or a touchpoint they
// manage when nobody was credited) and any case crediting someone in a team they manage now
// (by the contribution's team snapshot or the person's current team); staff none.
import type { Prisma } from "../db";
import { AuthError, type Actor } from "../auth/authorize";
import { accessibleTeams } from "../feed/team-access";

type Who = Pick<Actor, "userId" | "orgId" | "role">;

export async function followUpScope(actor: Who): Promise<Prisma.FollowUpWhereInput> {
  if (actor.role === "admin") return { orgId: actor.orgId };
  if (actor.role !== "manager") throw new AuthError(403, "Only managers and admins handle follow-ups.");
  const teamIds = (await accessibleTeams(actor)).map((t) => t.id);
  return {
    orgId: actor.orgId,
    OR: [
      { routes: { some: { userId: actor.userId } } },
      {
        response: {
          interaction: {
            contributions: { some: { OR: [{ teamId: { in: teamIds } }, { user: { teamId: { in: teamIds } } }] } },
          },
        },
      },
    ],
  };
}

/** The people a case can be assigned to: the org's active admins and managers. */
export function assigneeScope(orgId: string): Prisma.UserWhereInput {
  return { orgId, active: true, role: { in: ["admin", "manager"] } };
}
