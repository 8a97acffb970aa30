// The period's comment themes for the organisation, or for one team (the answers crediting the
// team's members, through the credit's team at the time). Excluded responses are left out, as in scores.
import "server-only";
import { db } from "../db";
import type { Period } from "../feed/period";
import { commentThemes, type LocaleThemes } from "./extract";

export type CommentThemes = { n: number; locales: LocaleThemes[] };

/** Comments read per period at most: the newest first, so a very busy period stays fast. */
const MAX_COMMENTS = 5000;

export async function periodCommentThemes(
  orgId: string,
  period: Period,
  scope: { type: "org" } | { type: "team"; teamId: string } = { type: "org" },
  limit = 8,
): Promise<CommentThemes> {
  const answeredAt = { ...(period.from ? { gte: period.from } : {}), ...(period.to ? { lt: period.to } : {}) };
  const rows = await db.response.findMany({
    where: {
      orgId,
      answeredAt,
      excludedAt: null,
      comment: { not: null },
      ...(scope.type === "team"
        ? { interaction: { contributions: { some: { teamId: scope.teamId, excludedAt: null } } } }
        : {}),
    },
    orderBy: { answeredAt: "desc" },
    take: MAX_COMMENTS,
    select: { id: true, locale: true, comment: true },
  });
  const comments = rows.flatMap((r) => (r.comment?.trim() ? [{ id: r.id, locale: r.locale, comment: r.comment }] : []));
  return { n: comments.length, locales: commentThemes(comments, { limit }) };
}
