// One answer from a person's own feed, by response id: what a kudos notification links to. Only
// an answer to an interaction the actor is credited with; anything else is null (not found).
import "server-only";
import { db } from "../db";
import type { Actor } from "../auth/authorize";
import type { FeedResponse } from "./my-responses";

export async function myResponse(
  actor: Pick<Actor, "userId" | "orgId">,
  responseId: string,
): Promise<FeedResponse | null> {
  const c = await db.contribution.findFirst({
    where: { orgId: actor.orgId, userId: actor.userId, interaction: { response: { is: { id: responseId } } } },
    select: {
      id: true,
      role: true,
      reason: true,
      dispute: { select: { status: true } },
      interaction: {
        select: {
          touchpoint: { select: { name: true } },
          contributions: {
            where: { userId: { not: actor.userId } },
            select: { role: true, user: { select: { name: true } } },
            orderBy: { id: "asc" },
          },
          response: { select: { id: true, answeredAt: true, nps: true, csat: true, ces: true, comment: true } },
        },
      },
    },
  });
  const r = c?.interaction.response;
  if (!c || !r) return null;
  return {
    responseId: r.id,
    answeredAt: r.answeredAt,
    nps: r.nps,
    csat: r.csat,
    ces: r.ces,
    comment: r.comment && r.comment.trim() ? r.comment : null,
    touchpoint: c.interaction.touchpoint.name,
    role: c.role,
    alsoCredited: c.interaction.contributions.map((o) => ({ name: o.user.name, role: o.role })),
    contributionId: c.id,
    reason: c.reason,
    dispute: c.dispute?.status ?? null,
  };
}
