// The responses a person contributed to, newest first, read Contribution → Response from the
// person's own contributions (indexed by userId), so the cost follows their history, not the org's.
// Only the actor's own: the function takes the Actor, never a user id from a request.
// Customers' contact details are never selected; colleagues appear by name only.
import { db, type Prisma } from "../db";
import { read } from "../rollups/read";
import type { Actor } from "../auth/authorize";
import type { Period } from "./period";

export type FeedResponse = {
  responseId: string;
  answeredAt: Date;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  comment: string | null;
  touchpoint: string;
  role: string;
  /** the other people credited with the same interaction, names only */
  alsoCredited: { name: string; role: string }[];
  /** the credit itself, which the person may dispute */
  contributionId: string;
  /** why they were credited: named | rule | shift */
  reason: string;
  /** null, or the dispute's state: open | accepted (no longer counted) | rejected */
  dispute: string | null;
};

export type FeedPage = { items: FeedResponse[]; nextCursor: string | null };

export function encodeCursor(answeredAt: Date, contributionId: string): string {
  return Buffer.from(`${answeredAt.toISOString()}|${contributionId}`).toString("base64url");
}

export function decodeCursor(cursor: string | null | undefined): { at: Date; id: string } | null {
  if (!cursor) return null;
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const at = new Date(iso ?? "");
  return id && !Number.isNaN(at.getTime()) ? { at, id } : null;
}

/** What a feed item reads: the credit, its interaction's touchpoint, the other people credited, the answer. */
export function feedItemSelect(actorUserId: string) {
  return {
    id: true,
    role: true,
    reason: true,
    dispute: { select: { status: true } },
    interaction: {
      select: {
        touchpoint: { select: { name: true } },
        contributions: {
          where: { userId: { not: actorUserId } },
          select: { role: true, user: { select: { name: true } } },
          orderBy: { id: "asc" as const },
        },
        response: { select: { id: true, answeredAt: true, nps: true, csat: true, ces: true, comment: true } },
      },
    },
  } satisfies Prisma.ContributionSelect;
}

type FeedRow = Prisma.ContributionGetPayload<{ select: ReturnType<typeof feedItemSelect> }>;

/** A credit read with feedItemSelect as a feed item; null while its interaction has no answer. */
export function toFeedResponse(c: FeedRow): FeedResponse | null {
  const r = c.interaction.response;
  if (!r) return null;
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

type Options = { period?: Period; cursor?: string | null; limit?: number; promotersWithComments?: boolean };

/**
 * One page of the person's credits with an answer, newest answer first (ties by credit id), as
 * (credit id) in plain SQL: the sort runs over the person's credits joined to their answers, which
 * the ORM's relation ordering made several times slower at a person's thousands of answers.
 */
async function pageIds(
  actor: Pick<Actor, "userId" | "orgId">,
  opts: Options,
  after: { at: Date; id: string } | null,
  take: number,
): Promise<string[]> {
  const params: unknown[] = [actor.orgId, actor.userId];
  let where = `c."orgId" = ? AND c."userId" = ?`;
  if (opts.period?.from) {
    where += ` AND r."answeredAt" >= ?`;
    params.push(opts.period.from);
  }
  if (opts.period?.to) {
    where += ` AND r."answeredAt" < ?`;
    params.push(opts.period.to);
  }
  if (opts.promotersWithComments) where += ` AND r."nps" >= 9 AND r."comment" IS NOT NULL`;
  if (after) {
    where += ` AND (r."answeredAt" < ? OR (r."answeredAt" = ? AND c."id" < ?))`;
    params.push(after.at, after.at, after.id);
  }
  params.push(take);
  const rows = await read<{ id: string }>(
    `SELECT c."id" FROM "Contribution" c JOIN "Response" r ON r."interactionId" = c."interactionId"
     WHERE ${where} ORDER BY r."answeredAt" DESC, c."id" DESC LIMIT ?`,
    params,
  );
  return rows.map((r) => r.id);
}

export async function myResponses(actor: Pick<Actor, "userId" | "orgId">, opts: Options = {}): Promise<FeedPage> {
  const limit = Math.min(Math.max(opts.limit ?? 20, 1), 100);
  const after = decodeCursor(opts.cursor);
  const ids = await pageIds(actor, opts, after, limit + 1);
  const found = ids.length
    ? await db.contribution.findMany({
        where: { id: { in: ids }, orgId: actor.orgId, userId: actor.userId },
        select: feedItemSelect(actor.userId),
      })
    : [];
  const byId = new Map(found.map((c) => [c.id, c]));
  const rows = ids.flatMap((id) => {
    const c = byId.get(id);
    return c ? [c] : [];
  });

  const page = rows.slice(0, limit);
  const items = page.flatMap((c) => {
    const item = toFeedResponse(c);
    return item ? [item] : [];
  });
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > limit && last?.interaction.response
      ? encodeCursor(last.interaction.response.answeredAt, last.id)
      : null;
  return { items, nextCursor };
}
