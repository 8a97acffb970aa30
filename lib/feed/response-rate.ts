// Response rate by touchpoint: interactions created in the period that got an answer, over all
// interactions created in it. Two grouped counts on Interaction (index touchpointId, occurredAt);
// no row is read one by one.
import { db } from "../db";
import type { Period } from "./period";

export type TouchpointRate = {
  touchpointId: string;
  name: string;
  sent: number;
  answered: number;
  rate: number | null;
};

export async function responseRates(orgId: string, period: Period = {}): Promise<TouchpointRate[]> {
  const occurredAt = { ...(period.from && { gte: period.from }), ...(period.to && { lt: period.to }) };
  const [sent, answered, touchpoints] = await Promise.all([
    db.interaction.groupBy({ by: ["touchpointId"], where: { orgId, occurredAt }, _count: { _all: true } }),
    db.interaction.groupBy({
      by: ["touchpointId"],
      where: { orgId, occurredAt, response: { isNot: null } },
      _count: { _all: true },
    }),
    db.touchpoint.findMany({ where: { orgId }, select: { id: true, name: true, active: true } }),
  ]);
  const answeredBy = new Map(answered.map((a) => [a.touchpointId, a._count._all]));
  const sentBy = new Map(sent.map((s) => [s.touchpointId, s._count._all]));
  return touchpoints
    .filter((t) => t.active || sentBy.has(t.id))
    .map((t) => {
      const n = sentBy.get(t.id) ?? 0;
      const a = answeredBy.get(t.id) ?? 0;
      return { touchpointId: t.id, name: t.name, sent: n, answered: a, rate: n ? a / n : null };
    })
    .sort((a, b) => b.sent - a.sent || a.name.localeCompare(b.name));
}
