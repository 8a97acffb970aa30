// Who was on shift at a touchpoint at a moment: checked in before it, not checked out or timed
// out by then, and still an active member of the organisation.
import type { Prisma } from "../db";
import type { ActiveMember } from "../attribution/expand";
import { hotRead } from "../responses/sql";

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
  return firstPerPerson(shifts.map((s) => ({ userId: s.userId, teamId: s.user.teamId })));
}

function firstPerPerson(shifts: ActiveMember[]): ActiveMember[] {
  const seen = new Set<string>();
  const out: ActiveMember[] = [];
  for (const s of shifts) {
    if (seen.has(s.userId)) continue;
    seen.add(s.userId);
    out.push({ userId: s.userId, teamId: s.teamId });
  }
  return out;
}

const ON_SHIFT_SQL = `SELECT s."userId", u."teamId" FROM "Shift" s JOIN "User" u ON u."id" = s."userId"
  WHERE s."touchpointId" = ? AND s."startedAt" <= ? AND s."endsAt" > ? AND (s."endedAt" IS NULL OR s."endedAt" > ?)
    AND u."active" = true
  ORDER BY s."startedAt" ASC`;

/** The same, read outside any transaction on the raw driver: every kiosk answer asks. */
export async function onShiftNow(touchpointId: string, at: Date): Promise<ActiveMember[]> {
  const rows = await hotRead(ON_SHIFT_SQL, [touchpointId, at, at, at]);
  return firstPerPerson(rows.map((r) => ({ userId: r.userId as string, teamId: (r.teamId as string | null) ?? null })));
}
