// Where a person usually works, for the forms that ask where they are.
import type { Actor } from "../auth/authorize";
import { db } from "../db";

/**
 * The touchpoint a person's forms start on (a new interaction; the shift check-in when they have
 * never checked in): where this person last started an interaction, else where they
 * were most often credited lately, else the first active one. Read on the server so it follows the
 * person from phone to phone.
 */
export async function usualTouchpoint(
  actor: Pick<Actor, "userId" | "orgId">,
  active: { slug: string }[],
): Promise<string> {
  const activeSlugs = new Set(active.map((t) => t.slug));
  // One read through the contributor index: the person is credited on every interaction they start.
  const recent = await db.contribution.findMany({
    where: { userId: actor.userId, interaction: { orgId: actor.orgId } },
    orderBy: { interaction: { occurredAt: "desc" } },
    take: 50,
    select: { interaction: { select: { createdById: true, touchpoint: { select: { slug: true } } } } },
  });
  const usable = recent.filter((c) => activeSlugs.has(c.interaction.touchpoint.slug));
  const lastStarted = usable.find((c) => c.interaction.createdById === actor.userId);
  if (lastStarted) return lastStarted.interaction.touchpoint.slug;
  const counts = new Map<string, number>();
  let best: string | undefined;
  for (const c of usable) {
    const slug = c.interaction.touchpoint.slug;
    const n = (counts.get(slug) ?? 0) + 1;
    counts.set(slug, n);
    if (!best || n > counts.get(best)!) best = slug;
  }
  return best ?? active[0]?.slug ?? "";
}
