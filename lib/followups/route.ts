// Who a detractor case reaches, decided once when it opens and kept in FollowUpRoute:
// 1. the managers of the teams of the people credited (each contribution's team snapshot, else the
//    person's current team);
// 2. when that names nobody (no one credited, e.g. a kiosk or poster scan outside every rule, or
//    their teams have no manager), the touchpoint's manager;
// 3. else the organisation's active admins, so no case is ever routed to nobody.
// Only active admins and managers of the case's org are routed; a stale managerId is skipped.
// Raw statements only: the import runs this inside its own driver connection's transaction.
import type { SqlTx } from "../db/raw";
import { sqlFor } from "../responses/sql";

type Raw = Pick<SqlTx, "$queryRawUnsafe" | "$executeRawUnsafe">;

export type RouteReason = "team" | "touchpoint" | "admins";
export type CaseToRoute = { followUpId: string; orgId: string; interactionId: string };
export type Route = { followUpId: string; userId: string; reason: RouteReason };

const CHUNK = 500;

function chunks<T>(xs: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

const marks = (n: number) => Array.from({ length: n }, () => "?").join(", ");

async function inChunks<T>(tx: Raw, ids: string[], sql: (marks: string) => string): Promise<T[]> {
  const out: T[] = [];
  for (const part of chunks(ids))
    out.push(...(await tx.$queryRawUnsafe<T[]>(sqlFor(sql(marks(part.length))), ...part)));
  return out;
}

/** The routes for these cases, read inside the transaction that opens them. */
export async function routesFor(tx: Raw, cases: CaseToRoute[]): Promise<Route[]> {
  if (!cases.length) return [];
  const interactionIds = [...new Set(cases.map((c) => c.interactionId))];
  const orgIds = [...new Set(cases.map((c) => c.orgId))];

  // The snapshot's team wins; the person's current team only when the snapshot has none.
  const credited = await inChunks<{ interactionId: string; managerId: string | null }>(
    tx,
    interactionIds,
    (m) => `SELECT c."interactionId",
        CASE WHEN c."teamId" IS NOT NULL THEN t."managerId" ELSE ut."managerId" END AS "managerId"
      FROM "Contribution" c
      JOIN "User" u ON u."id" = c."userId"
      LEFT JOIN "Team" t ON t."id" = c."teamId"
      LEFT JOIN "Team" ut ON ut."id" = u."teamId"
      WHERE c."interactionId" IN (${m})`,
  );
  const touchpoints = await inChunks<{ id: string; managerId: string | null }>(
    tx,
    interactionIds,
    (m) => `SELECT i."id", tp."managerId" FROM "Interaction" i
      JOIN "Touchpoint" tp ON tp."id" = i."touchpointId" WHERE i."id" IN (${m})`,
  );
  // The people who may be routed a case: active managers and admins of these orgs.
  const handlers = await inChunks<{ id: string; orgId: string; role: string }>(
    tx,
    orgIds,
    (m) => `SELECT "id", "orgId", "role" FROM "User"
      WHERE "orgId" IN (${m}) AND "active" = true AND "role" IN ('admin', 'manager') ORDER BY "id"`,
  );

  const teamManagers = new Map<string, string[]>();
  for (const c of credited)
    if (c.managerId) teamManagers.set(c.interactionId, [...(teamManagers.get(c.interactionId) ?? []), c.managerId]);
  const tpManager = new Map(touchpoints.map((t) => [t.id, t.managerId]));
  const handler = new Map(handlers.map((u) => [u.id, u]));
  const usable = (orgId: string, id: string | null | undefined): id is string =>
    !!id && handler.get(id)?.orgId === orgId;

  const routes: Route[] = [];
  for (const c of cases) {
    const team = new Set((teamManagers.get(c.interactionId) ?? []).filter((id) => usable(c.orgId, id)));
    if (team.size) {
      for (const userId of team) routes.push({ followUpId: c.followUpId, userId, reason: "team" });
      continue;
    }
    const tp = tpManager.get(c.interactionId);
    if (usable(c.orgId, tp)) {
      routes.push({ followUpId: c.followUpId, userId: tp, reason: "touchpoint" });
      continue;
    }
    for (const u of handlers)
      if (u.orgId === c.orgId && u.role === "admin")
        routes.push({ followUpId: c.followUpId, userId: u.id, reason: "admins" });
  }
  return routes;
}

export async function routeCases(tx: Raw, cases: CaseToRoute[]): Promise<Route[]> {
  const routes = await routesFor(tx, cases);
  for (const part of chunks(routes, 300)) {
    await tx.$executeRawUnsafe(
      sqlFor(
        `INSERT INTO "FollowUpRoute" ("followUpId", "userId", "reason") VALUES ${part.map(() => "(?, ?, ?)").join(", ")}`,
      ),
      ...part.flatMap((r) => [r.followUpId, r.userId, r.reason]),
    );
  }
  return routes;
}
