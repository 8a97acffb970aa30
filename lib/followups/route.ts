// Who a detractor case reaches, decided once when it opens and kept in FollowUpRoute:
// 1. the managers of the teams of the people credited (each contribution's team snapshot, else the
//    person's current team);
// 2. when that names nobody (no one credited, e.g. a kiosk or poster scan outside every rule, or
//    their teams have no manager), the touchpoint's manager;
// 3. else the organisation's active admins, so no case is ever routed to nobody.
// Only active admins and managers of the case's org are routed; a stale managerId is skipped.
import { sqlFor, type SqlTx } from "../responses/sql";

export type RouteReason = "team" | "touchpoint" | "admins";
export type CaseToRoute = { followUpId: string; orgId: string; interactionId: string };
export type Route = { followUpId: string; userId: string; reason: RouteReason };

const CHUNK = 500;

function chunks<T>(xs: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += CHUNK) out.push(xs.slice(i, i + CHUNK));
  return out;
}

type ContributionRow = {
  interactionId: string;
  touchpointManager: string | null;
  contributionTeam: string | null;
  teamManager: string | null;
  userTeamManager: string | null;
};

const placeholders = (n: number) => Array(n).fill("?").join(", ");

/**
 * The routes for these cases, read inside the transaction that opens them. Plain SQL, so it
 * runs in the import's own driver transaction as well as in a Prisma one.
 */
export async function routesFor(tx: SqlTx, cases: CaseToRoute[]): Promise<Route[]> {
  if (!cases.length) return [];
  const interactionIds = [...new Set(cases.map((c) => c.interactionId))];
  const orgIds = [...new Set(cases.map((c) => c.orgId))];

  // Each interaction's touchpoint manager and, per contribution, the manager of the team it
  // credited (its snapshot) or else of the person's current team.
  const rows: ContributionRow[] = [];
  for (const ids of chunks(interactionIds))
    rows.push(
      ...(await tx.$queryRawUnsafe<ContributionRow[]>(
        sqlFor(`SELECT i."id" AS "interactionId", tp."managerId" AS "touchpointManager", c."teamId" AS "contributionTeam",
                  ct."managerId" AS "teamManager", ut."managerId" AS "userTeamManager"
             FROM "Interaction" i
             JOIN "Touchpoint" tp ON tp."id" = i."touchpointId"
             LEFT JOIN "Contribution" c ON c."interactionId" = i."id"
             LEFT JOIN "Team" ct ON ct."id" = c."teamId"
             LEFT JOIN "User" u ON u."id" = c."userId"
             LEFT JOIN "Team" ut ON ut."id" = u."teamId"
            WHERE i."id" IN (${placeholders(ids.length)})`),
        ...ids,
      )),
    );
  const byInteraction = new Map<string, ContributionRow[]>();
  for (const r of rows) byInteraction.set(r.interactionId, [...(byInteraction.get(r.interactionId) ?? []), r]);

  // The people who may be routed a case: active managers and admins of these orgs.
  const handlers = await tx.$queryRawUnsafe<{ id: string; orgId: string; role: string }[]>(
    sqlFor(
      `SELECT "id", "orgId", "role" FROM "User" WHERE "orgId" IN (${placeholders(orgIds.length)}) AND "active" = TRUE AND "role" IN ('admin', 'manager') ORDER BY "id"`,
    ),
    ...orgIds,
  );
  const handler = new Map(handlers.map((u) => [u.id, u]));
  const admins = (orgId: string) => handlers.filter((u) => u.orgId === orgId && u.role === "admin").map((u) => u.id);
  const usable = (orgId: string, id: string | null | undefined): id is string =>
    !!id && handler.get(id)?.orgId === orgId;

  const routes: Route[] = [];
  for (const c of cases) {
    const contributions = byInteraction.get(c.interactionId) ?? [];
    const team = new Set<string>();
    for (const x of contributions) {
      const managerId = x.contributionTeam ? x.teamManager : x.userTeamManager;
      if (usable(c.orgId, managerId)) team.add(managerId);
    }
    if (team.size) {
      for (const userId of team) routes.push({ followUpId: c.followUpId, userId, reason: "team" });
      continue;
    }
    const tpManager = contributions[0]?.touchpointManager;
    if (usable(c.orgId, tpManager)) {
      routes.push({ followUpId: c.followUpId, userId: tpManager, reason: "touchpoint" });
      continue;
    }
    for (const userId of admins(c.orgId)) routes.push({ followUpId: c.followUpId, userId, reason: "admins" });
  }
  return routes;
}

export async function routeCases(tx: SqlTx, cases: CaseToRoute[]): Promise<Route[]> {
  const routes = await routesFor(tx, cases);
  for (const part of chunks(routes))
    await tx.$executeRawUnsafe(
      sqlFor(
        `INSERT INTO "FollowUpRoute" ("followUpId", "userId", "reason") VALUES ${part.map(() => "(?, ?, ?)").join(", ")}`,
      ),
      ...part.flatMap((r) => [r.followUpId, r.userId, r.reason]),
    );
  return routes;
}
