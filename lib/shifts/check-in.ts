// Checking in to a touchpoint ("I'm on the counter now") and out again. A check-in lasts until
// the person checks out, checks in elsewhere, or the organisation's shift length runs out.
import { z } from "zod";
import type { Actor } from "../auth/authorize";
import { db } from "../db";
import { AdminInputError } from "../admin/result";

const HOUR_MS = 3_600_000;

export const checkInSchema = z.object({
  touchpoint: z.string({ error: "pick a touchpoint" }).trim().min(1, "pick a touchpoint").max(64),
});

type Who = Pick<Actor, "userId" | "orgId">;

export type CurrentShift = { id: string; touchpoint: { slug: string; name: string }; startedAt: Date; endsAt: Date };

/** The person's running check-in, if any. */
export async function currentShift(actor: Who, now = new Date()): Promise<CurrentShift | null> {
  return db.shift.findFirst({
    where: { orgId: actor.orgId, userId: actor.userId, endedAt: null, endsAt: { gt: now }, startedAt: { lte: now } },
    orderBy: { startedAt: "desc" },
    select: { id: true, startedAt: true, endsAt: true, touchpoint: { select: { slug: true, name: true } } },
  });
}

export async function checkIn(actor: Who, input: unknown, now = new Date()): Promise<CurrentShift> {
  const { touchpoint: slug } = checkInSchema.parse(input);
  const [touchpoint, org] = await Promise.all([
    db.touchpoint.findUnique({
      where: { orgId_slug: { orgId: actor.orgId, slug } },
      select: { id: true, active: true },
    }),
    db.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select: { shiftHours: true } }),
  ]);
  if (!touchpoint?.active) throw new AdminInputError("touchpoint", `no active touchpoint "${slug}" here`);
  return db.$transaction(async (tx) => {
    // One place at a time: a new check-in ends the one before.
    await tx.shift.updateMany({
      where: { orgId: actor.orgId, userId: actor.userId, endedAt: null, endsAt: { gt: now } },
      data: { endedAt: now },
    });
    return tx.shift.create({
      data: {
        orgId: actor.orgId,
        userId: actor.userId,
        touchpointId: touchpoint.id,
        startedAt: now,
        endsAt: new Date(now.getTime() + org.shiftHours * HOUR_MS),
      },
      select: { id: true, startedAt: true, endsAt: true, touchpoint: { select: { slug: true, name: true } } },
    });
  });
}

/** Ends the running check-in; false when there was none. */
export async function checkOut(actor: Who, now = new Date()): Promise<boolean> {
  const { count } = await db.shift.updateMany({
    where: { orgId: actor.orgId, userId: actor.userId, endedAt: null, endsAt: { gt: now } },
    data: { endedAt: now },
  });
  return count > 0;
}
