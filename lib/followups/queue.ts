// The follow-up queue: detractor cases the actor may see, filtered by state and assignee,
// oldest open first (they are the most urgent), paged by cursor.
import { db, type Prisma } from "../db";
import type { Actor } from "../auth/authorize";
import { followUpScope } from "./access";
import type { QueueFilter } from "./schema";

export type QueueItem = {
  id: string;
  status: string;
  openedAt: Date;
  resolvedAt: Date | null;
  escalatedAt: Date | null;
  assignee: string | null;
  nps: number | null;
  comment: string | null;
  touchpoint: string;
  credited: string[];
};

const PAGE = 25;

export async function listFollowUps(actor: Pick<Actor, "userId" | "orgId" | "role">, filter: QueueFilter) {
  const scope = await followUpScope(actor);
  const where: Prisma.FollowUpWhereInput = { AND: [scope] };
  const and = where.AND as Prisma.FollowUpWhereInput[];
  if (filter.status === "open") and.push({ status: "open" });
  if (filter.status === "resolved") and.push({ status: "resolved" });
  if (filter.status === "escalated") and.push({ status: "open", escalatedAt: { not: null } });
  if (filter.assignee === "me") and.push({ assigneeId: actor.userId });
  else if (filter.assignee === "none") and.push({ assigneeId: null });
  else if (filter.assignee) and.push({ assigneeId: filter.assignee });

  const rows = await db.followUp.findMany({
    where,
    orderBy:
      filter.status === "resolved" ? [{ resolvedAt: "desc" }, { id: "desc" }] : [{ openedAt: "asc" }, { id: "asc" }],
    take: PAGE + 1,
    ...(filter.cursor && { cursor: { id: filter.cursor }, skip: 1 }),
    select: {
      id: true,
      status: true,
      openedAt: true,
      resolvedAt: true,
      escalatedAt: true,
      assignee: { select: { name: true } },
      response: {
        select: {
          nps: true,
          comment: true,
          interaction: {
            select: {
              touchpoint: { select: { name: true } },
              contributions: { select: { user: { select: { name: true } } } },
            },
          },
        },
      },
    },
  });
  const items: QueueItem[] = rows.slice(0, PAGE).map((f) => ({
    id: f.id,
    status: f.status,
    openedAt: f.openedAt,
    resolvedAt: f.resolvedAt,
    escalatedAt: f.escalatedAt,
    assignee: f.assignee?.name ?? null,
    nps: f.response.nps,
    comment: f.response.comment,
    touchpoint: f.response.interaction.touchpoint.name,
    credited: f.response.interaction.contributions.map((c) => c.user.name),
  }));
  return { items, nextCursor: rows.length > PAGE ? rows[PAGE - 1].id : null };
}
