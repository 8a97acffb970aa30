// The dashboard's follow-up figures for cases opened in a period: open and resolved counts,
// average resolution time and the share that escalated. Counts come from grouped queries on
// the (orgId, status) index; only resolved cases' two timestamps are read for the average.
import { db } from "../db";
import type { Period } from "../feed/period";

export type FollowUpSummary = {
  total: number;
  open: number;
  resolved: number;
  escalated: number;
  /** mean of resolvedAt − openedAt over resolved cases, null when none are resolved */
  avgResolutionMs: number | null;
  /** escalated / total, null when there are no cases */
  escalationRate: number | null;
};

export async function followUpSummary(orgId: string, period: Period = {}): Promise<FollowUpSummary> {
  const openedAt = { ...(period.from && { gte: period.from }), ...(period.to && { lt: period.to }) };
  const where = { orgId, openedAt };
  const [byStatus, escalated, resolvedTimes] = await Promise.all([
    db.followUp.groupBy({ by: ["status"], where, _count: { _all: true } }),
    db.followUp.count({ where: { ...where, escalatedAt: { not: null } } }),
    db.followUp.findMany({
      where: { ...where, status: "resolved", resolvedAt: { not: null } },
      select: { openedAt: true, resolvedAt: true },
    }),
  ]);
  const count = (s: string) => byStatus.find((g) => g.status === s)?._count._all ?? 0;
  const total = byStatus.reduce((a, g) => a + g._count._all, 0);
  const spent = resolvedTimes.reduce((a, f) => a + (f.resolvedAt!.getTime() - f.openedAt.getTime()), 0);
  return {
    total,
    open: count("open"),
    resolved: count("resolved"),
    escalated,
    avgResolutionMs: resolvedTimes.length ? spent / resolvedTimes.length : null,
    escalationRate: total ? escalated / total : null,
  };
}
