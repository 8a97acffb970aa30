// What the check-in screen needs: where the person is checked in (if anywhere), the touchpoints
// they can pick (their last or usual one first) and the shift length.
import type { Actor } from "../auth/authorize";
import { db } from "../db";
import { usualTouchpoint } from "../feed/usual-touchpoint";
import { currentShift, type CurrentShift } from "./check-in";

export type ShiftScreen = {
  current: CurrentShift | null;
  touchpoints: { slug: string; name: string }[];
  shiftHours: number;
  timeZone: string;
};

export async function shiftScreen(actor: Pick<Actor, "userId" | "orgId">, now = new Date()): Promise<ShiftScreen> {
  const [current, touchpoints, org, last] = await Promise.all([
    currentShift(actor, now),
    db.touchpoint.findMany({
      where: { orgId: actor.orgId, active: true },
      select: { slug: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select: { shiftHours: true, timeZone: true } }),
    db.shift.findFirst({
      where: { orgId: actor.orgId, userId: actor.userId },
      orderBy: { startedAt: "desc" },
      select: { touchpoint: { select: { slug: true } } },
    }),
  ]);
  // The last place checked in to comes first: most people work the same counter every day. Someone
  // who never checked in starts where they usually work (the new-interaction form's default).
  const lastSlug = last?.touchpoint.slug ?? (await usualTouchpoint(actor, touchpoints));
  touchpoints.sort((a, b) => Number(b.slug === lastSlug) - Number(a.slug === lastSlug));
  return { current, touchpoints, shiftHours: org.shiftHours, timeZone: org.timeZone };
}
