// The admin preview: "an interaction at store-main at 10:00 would credit: …".
import { db } from "../db";
import { contributionSnapshot } from "./snapshot";

export type CreditPreview = {
  userId: string;
  name: string;
  email: string;
  role: "frontline" | "backoffice";
  weight: number;
  teamId: string | null;
  teamName: string | null;
  ruleId?: string;
};

/** Who the active rules would credit for an interaction at `touchpointId` at `at`. Heaviest first. */
export async function previewAttribution(
  orgId: string,
  touchpointId: string,
  at: Date,
  tags: string[] = [],
): Promise<CreditPreview[]> {
  const org = await db.organization.findUniqueOrThrow({ where: { id: orgId }, select: { timeZone: true } });
  const touchpoint = await db.touchpoint.findFirst({ where: { id: touchpointId, orgId }, select: { id: true } });
  if (!touchpoint) return [];
  const snapshot = await contributionSnapshot(db, { orgId, timeZone: org.timeZone, touchpointId, at, tags, named: [] });
  const people = await db.user.findMany({
    where: { id: { in: snapshot.map((c) => c.userId) } },
    select: { id: true, name: true, email: true, team: { select: { name: true } } },
  });
  const byId = new Map(people.map((p) => [p.id, p]));
  return snapshot
    .map((c) => {
      const p = byId.get(c.userId);
      return { ...c, name: p?.name ?? "", email: p?.email ?? "", teamName: p?.team?.name ?? null };
    })
    .sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name));
}
