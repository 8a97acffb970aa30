// One answer from a person's own feed, by response id: what a kudos notification links to. Only
// an answer to an interaction the actor is credited with; anything else is null (not found).
import "server-only";
import { db } from "../db";
import type { Actor } from "../auth/authorize";
import { feedItemSelect, toFeedResponse, type FeedResponse } from "./my-responses";

export async function myResponse(
  actor: Pick<Actor, "userId" | "orgId">,
  responseId: string,
): Promise<FeedResponse | null> {
  const c = await db.contribution.findFirst({
    where: { orgId: actor.orgId, userId: actor.userId, interaction: { response: { is: { id: responseId } } } },
    select: feedItemSelect(actor.userId),
  });
  return c ? toFeedResponse(c) : null;
}
