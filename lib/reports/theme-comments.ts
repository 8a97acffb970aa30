// The comments behind one comment theme: the same comments the theme was counted from (the period's,
// the organisation's for an admin or one team's), in the theme's language, whose words include the
// theme's word in any inflected form. A manager reads only their own teams' comments.
import "server-only";
import { z } from "zod";
import { AuthError, type Actor } from "../auth/authorize";
import { db } from "../db";
import { orgSettings } from "../feed/org-settings";
import { periodFor, type PeriodKey } from "../feed/period";
import { assertTeamAccess } from "../feed/team-access";
import { baseLanguage, commentWords } from "../themes/extract";

export const themeQuerySchema = z.object({
  theme: z
    .string({ error: "theme: required" })
    .trim()
    .min(1, "theme: required")
    .max(100, "theme: at most 100 characters"),
  locale: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, "locale: must be a language code such as en or ja")
    .default("en"),
  team: z.string().max(64, "team: not a team id").optional(),
});

export type ThemeComment = {
  id: string;
  comment: string;
  answeredAt: Date;
  nps: number | null;
  touchpoint: string;
};
export type ThemeComments = {
  theme: string;
  locale: string;
  team: { id: string; name: string } | null;
  comments: ThemeComment[];
};

const MAX_READ = 5000; // as many as the themes were counted from
const MAX_SHOWN = 200;

export async function themeComments(
  actor: Pick<Actor, "userId" | "orgId" | "role">,
  query: z.infer<typeof themeQuerySchema>,
  periodKey: PeriodKey,
  now = new Date(),
): Promise<ThemeComments> {
  let team: { id: string; name: string } | null = null;
  if (query.team) {
    const t = await assertTeamAccess(actor, query.team);
    team = { id: t.id, name: t.name };
  } else if (actor.role !== "admin") throw new AuthError(403, "team: choose one of your teams.");
  const org = await orgSettings(actor.orgId);
  const period = periodFor(periodKey, org.timeZone, now);
  const lang = baseLanguage(query.locale);
  const key = commentWords(query.theme, lang)[0]?.key;
  const rows = key
    ? await db.response.findMany({
        where: {
          orgId: actor.orgId,
          answeredAt: { ...(period.from ? { gte: period.from } : {}), ...(period.to ? { lt: period.to } : {}) },
          excludedAt: null,
          comment: { not: null },
          ...(team ? { interaction: { contributions: { some: { teamId: team.id, excludedAt: null } } } } : {}),
        },
        orderBy: { answeredAt: "desc" },
        take: MAX_READ,
        select: {
          id: true,
          locale: true,
          comment: true,
          nps: true,
          answeredAt: true,
          interaction: { select: { touchpoint: { select: { name: true } } } },
        },
      })
    : [];
  const comments = rows
    .filter((r) => baseLanguage(r.locale) === lang && r.comment?.trim())
    .filter((r) => commentWords(r.comment!, lang).some((w) => w.key === key))
    .slice(0, MAX_SHOWN)
    .map((r) => ({
      id: r.id,
      comment: r.comment!,
      answeredAt: r.answeredAt,
      nps: r.nps,
      touchpoint: r.interaction.touchpoint.name,
    }));
  return { theme: query.theme, locale: query.locale, team: team ? { id: team.id, name: team.name } : null, comments };
}
