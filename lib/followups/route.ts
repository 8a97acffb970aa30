// Who a detractor case reaches, decided once when it opens and kept in FollowUpRoute:
// 1. the managers of the teams of the people credited (each contribution's team snapshot, else the
//    person's current team);
// 2. when that names nobody (no one credited, e.g. a kiosk or poster scan outside every rule, or
//    their teams have no manager), the touchpoint's manager;
// 3. else the organisation's active admins, so no case is ever routed to nobody.
// Only active admins and managers of the case's org are routed; a stale managerId is skipped.
import type { Prisma } from "../db";

export type RouteReason = "team" | "touchpoint" | "admins";
export type CaseToRoute = { followUpId: string; orgId: string; interactionId: string };
export type Route = { followUpId: string; userId: string; reason: RouteReason };

const CHUNK = 500;

function chunks<T>(xs: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += CHUNK) out.push(xs.slice(i, i + CHUNK));
  return out;
}

/** The routes for these cases, read inside the transaction that opens them. */
export async function routesFor(tx: Prisma.TransactionClient, cases: CaseToRoute[]): Promise<Route[]> {
  if (!cases.length) return [];
  const interactionIds = [...new Set(cases.map((c) => c.interactionId))];
  const orgIds = [...new Set(cases.map((c) => c.orgId))];

  const interactions = (
    await Promise.all(
      chunks(interactionIds).map((ids) =>
        tx.interaction.findMany({
          where: { id: { in: ids } },
          select: {
            id: true,
            touchpoint: { select: { managerId: true } },
            contributions: {
              select: {
                team: { select: { managerId: true } },
                user: { select: { team: { select: { managerId: true } } } },
              },
            },
          },
        }),
      ),
    )
  ).flat();
  const byInteraction = new Map(interactions.map((i) => [i.id, i]));

  // The people who may be routed a case: active managers and admins of these orgs.
  const handlers = await tx.user.findMany({
    where: { orgId: { in: orgIds }, active: true, role: { in: ["admin", "manager"] } },
    select: { id: true, orgId: true, role: true },
  });
  const handler = new Map(handlers.map((u) => [u.id, u]));
  const admins = (orgId: string) => handlers.filter((u) => u.orgId === orgId && u.role === "admin").map((u) => u.id);
  const usable = (orgId: string, id: string | null | undefined): id is string =>
    !!id && handler.get(id)?.orgId === orgId;

  const routes: Route[] = [];
  for (const c of cases) {
    const i = byInteraction.get(c.interactionId);
    const team = new Set<string>();
    for (const x of i?.contributions ?? []) {
      const managerId = x.team ? x.team.managerId : x.user.team?.managerId;
      if (usable(c.orgId, managerId)) team.add(managerId);
    }
    if (team.size) {
      for (const userId of team) routes.push({ followUpId: c.followUpId, userId, reason: "team" });
      continue;
    }
    const tpManager = i?.touchpoint.managerId;
    if (usable(c.orgId, tpManager)) {
      routes.push({ followUpId: c.followUpId, userId: tpManager, reason: "touchpoint" });
      continue;
    }
    for (const userId of admins(c.orgId)) routes.push({ followUpId: c.followUpId, userId, reason: "admins" });
  }
  return routes;
}

export async function routeCases(tx: Prisma.TransactionClient, cases: CaseToRoute[]): Promise<Route[]> {
  const routes = await routesFor(tx, cases);
  for (const part of chunks(routes)) await tx.followUpRoute.createMany({ data: part });
  return routes;
}
