// Who was on shift at a touchpoint at a moment: checked in before it, not checked out or timed
// out by then, and still an active member of the organisation.
import type { Prisma } from "../db";
import type { ActiveMember } from "../attribution/expand";

type Reader = Pick<Prisma.TransactionClient, "shift">;

export async function onShiftAt(tx: Reader, touchpointId: string, at: Date): Promise<ActiveMember[]> {
  const shifts = await tx.shift.findMany({
    where: {
      touchpointId,
      startedAt: { lte: at },
      endsAt: { gt: at },
      OR: [{ endedAt: null }, { endedAt: { gt: at } }],
      user: { active: true },
    },
    select: { userId: true, user: { select: { teamId: true } } },
    orderBy: { startedAt: "asc" },
  });
  const seen = new Set<string>();
  const out: ActiveMember[] = [];
  for (const s of shifts) {
    if (seen.has(s.userId)) continue;
    seen.add(s.userId);
    out.push({ userId: s.userId, teamId: s.user.teamId });
  }
  return out;
}
