// Cases left open longer than the org's followUpEscalateHours are escalated, on a schedule
// (lib/followups/scheduler.ts, started by server.ts) and from `npm run cli -- followups escalate`,
// never as a side effect of reading a page. Each case is escalated, and `followup.escalated`
// recorded, exactly once: the UPDATE only takes rows whose escalatedAt is still NULL, and on
// PostgreSQL a second instance running the same UPDATE waits on the row locks, re-checks the
// condition after the first commits and takes nothing.
import "server-only";
import { db } from "../db";
import { recordEvents } from "../events/record";
import { followUpPayload } from "../events/payloads";
import { sqlFor } from "../responses/sql";

type Escalated = { id: string; openedAt: unknown; assigneeId: string | null };

const toDate = (v: unknown) => (v instanceof Date ? v : new Date(v as string));

/** Escalates one org's overdue cases; returns how many this call escalated. */
export async function escalateOrg(orgId: string, hours: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - hours * 3_600_000);
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRawUnsafe<Escalated[]>(
        sqlFor(`UPDATE "FollowUp" SET "escalatedAt" = ?
          WHERE "orgId" = ? AND "status" = 'open' AND "escalatedAt" IS NULL AND "openedAt" < ?
          RETURNING "id", "openedAt", "assigneeId"`),
        now,
        orgId,
        cutoff,
      );
      if (!rows.length) return 0;
      const assigneeIds = [...new Set(rows.flatMap((r) => (r.assigneeId ? [r.assigneeId] : [])))];
      const assignees = assigneeIds.length
        ? await tx.user.findMany({ where: { id: { in: assigneeIds } }, select: { id: true, email: true, name: true } })
        : [];
      const byId = new Map(assignees.map((a) => [a.id, a]));
      await recordEvents(
        tx,
        rows.map((r) => ({
          orgId,
          type: "followup.escalated" as const,
          data: {
            followup: followUpPayload({
              id: r.id,
              status: "open",
              openedAt: toDate(r.openedAt),
              assignee: r.assigneeId ? byId.get(r.assigneeId) : null,
              escalatedAt: now,
            }),
          },
        })),
        now,
      );
      return rows.length;
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}

/** Escalates overdue cases in every org (or one org, by id); returns how many were escalated. */
export async function escalateOverdue(orgId?: string, now = new Date()): Promise<number> {
  const orgs = await db.organization.findMany({
    where: { ...(orgId ? { id: orgId } : {}), followUps: { some: { status: "open", escalatedAt: null } } },
    select: { id: true, followUpEscalateHours: true },
  });
  let total = 0;
  for (const o of orgs) total += await escalateOrg(o.id, o.followUpEscalateHours, now);
  return total;
}
