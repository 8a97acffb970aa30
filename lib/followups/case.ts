// One follow-up case with its response, the callback contact when the actor is the case's manager, the people it credits, its notes and who it can be
// assigned to. Returns null when the case does not exist or is outside the actor's scope, so
// the page answers the same for "not yours" and "not there".
import { db } from "../db";
import type { Actor } from "../auth/authorize";
import { assigneeScope, followUpScope } from "./access";

export async function getFollowUpCase(actor: Pick<Actor, "userId" | "orgId" | "role">, id: string) {
  const scope = await followUpScope(actor);
  const f = await db.followUp.findFirst({
    where: { AND: [scope, { id }] },
    select: {
      id: true,
      status: true,
      openedAt: true,
      resolvedAt: true,
      escalatedAt: true,
      assigneeId: true,
      assignee: { select: { name: true } },
      contact: true,
      routes: {
        select: { userId: true, reason: true, user: { select: { name: true } } },
        orderBy: { userId: "asc" },
      },
      notes: {
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, body: true, createdAt: true, author: { select: { name: true } } },
      },
      response: {
        select: {
          id: true,
          nps: true,
          csat: true,
          ces: true,
          comment: true,
          answeredAt: true,
          locale: true,
          interaction: {
            select: {
              ref: true,
              occurredAt: true,
              touchpoint: { select: { name: true } },
              contributions: {
                orderBy: { id: "asc" },
                select: { role: true, weight: true, user: { select: { name: true } } },
              },
            },
          },
        },
      },
    },
  });
  if (!f) return null;
  const { contact, ...rest } = f;
  const assignees = await db.user.findMany({
    where: assigneeScope(actor.orgId),
    select: { id: true, name: true, role: true },
    orderBy: { name: "asc" },
  });
  return { ...rest, callback: callbackFor(actor, f, contact), assignees };
}

/**
 * The customer's callback contact is for the case's manager only: its assignee, or while nobody is
 * assigned, whoever it was routed to. Everyone else learns only that one was left.
 */
function callbackFor(
  actor: Pick<Actor, "userId">,
  f: { assigneeId: string | null; routes: { userId: string }[] },
  contact: string | null,
): { contact: string | null } | null {
  if (!contact) return null;
  const manager = f.assigneeId ? f.assigneeId === actor.userId : f.routes.some((r) => r.userId === actor.userId);
  return { contact: manager ? contact : null };
}

export type FollowUpCase = NonNullable<Awaited<ReturnType<typeof getFollowUpCase>>>;
