// Cases left open longer than the org's followUpEscalateHours are escalated. This runs lazily
// whenever the queue or the dashboard is read (and from the CLI), so no scheduler is needed:
// anyone looking at follow-ups sees the escalations that are due.
import { db } from "../db";

export async function escalateOverdue(orgId: string, now = new Date()): Promise<number> {
  const org = await db.organization.findUnique({ where: { id: orgId }, select: { followUpEscalateHours: true } });
  if (!org) return 0;
  const cutoff = new Date(now.getTime() - org.followUpEscalateHours * 3_600_000);
  const { count } = await db.followUp.updateMany({
    where: { orgId, status: "open", escalatedAt: null, openedAt: { lt: cutoff } },
    data: { escalatedAt: now },
  });
  return count;
}
