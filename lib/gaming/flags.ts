// Reading flags for Admin → Flags, and dismissing one. Admins only: a flag is a suspicion about
// people, so nobody else sees it (other roles read an empty list or a missing flag).
import { z } from "zod";
import type { Actor } from "../auth/authorize";
import { AuthError } from "../auth/authorize";
import { AdminInputError } from "../admin/result";
import { recordAudit } from "../audit/record";
import { db } from "../db";
import { orgScores, userScores } from "../rollups/queries";
import type { Scores } from "../scoring/types";
import { safeText } from "../validation";
import type { FlagKind } from "./types";

type Who = Pick<Actor, "userId" | "orgId" | "role">;

export type FlagRow = {
  id: string;
  kind: FlagKind;
  subject: string;
  /** The person, kiosk key or hashed origin it is about. */
  subjectId: string | null;
  summary: string;
  firstAt: Date;
  lastAt: Date;
  n: number;
  excluded: number;
  createdAt: Date;
  dismissedAt: Date | null;
};

export type FlagAnswer = {
  id: string;
  answeredAt: Date;
  nps: number | null;
  csat: number | null;
  comment: string | null;
  touchpoint: string;
  credited: string[];
  excludedAt: Date | null;
};

/** Open flags newest first (or the dismissed ones), with how many of their answers are excluded. */
export async function listFlags(actor: Who, opts: { dismissed?: boolean } = {}): Promise<FlagRow[]> {
  if (actor.role !== "admin") return [];
  const rows = await db.gamingFlag.findMany({
    where: { orgId: actor.orgId, dismissedAt: opts.dismissed ? { not: null } : null },
    orderBy: [{ lastAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true,
      kind: true,
      subject: true,
      subjectId: true,
      summary: true,
      firstAt: true,
      lastAt: true,
      n: true,
      createdAt: true,
      dismissedAt: true,
      _count: { select: { answers: { where: { response: { excludedAt: { not: null } } } } } },
    },
  });
  return rows.map(({ _count, ...r }) => ({ ...r, kind: r.kind as FlagKind, excluded: _count.answers }));
}

export async function getFlag(actor: Who, id: string): Promise<(FlagRow & { answers: FlagAnswer[] }) | null> {
  if (actor.role !== "admin") return null;
  const f = await db.gamingFlag.findFirst({
    where: { id, orgId: actor.orgId },
    select: {
      id: true,
      kind: true,
      subject: true,
      subjectId: true,
      summary: true,
      firstAt: true,
      lastAt: true,
      n: true,
      createdAt: true,
      dismissedAt: true,
      answers: {
        select: {
          response: {
            select: {
              id: true,
              answeredAt: true,
              nps: true,
              csat: true,
              comment: true,
              excludedAt: true,
              interaction: {
                select: {
                  touchpoint: { select: { name: true } },
                  contributions: { where: { excludedAt: null }, select: { user: { select: { name: true } } } },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!f) return null;
  const answers = f.answers
    .map(({ response: r }) => ({
      id: r.id,
      answeredAt: r.answeredAt,
      nps: r.nps,
      csat: r.csat,
      comment: r.comment,
      excludedAt: r.excludedAt,
      touchpoint: r.interaction.touchpoint.name,
      credited: r.interaction.contributions.map((c) => c.user.name).sort(),
    }))
    .sort((a, b) => a.answeredAt.getTime() - b.answeredAt.getTime() || (a.id < b.id ? -1 : 1));
  const { answers: _, ...rest } = f;
  void _;
  return {
    ...rest,
    kind: f.kind as FlagKind,
    excluded: answers.filter((a) => a.excludedAt).length,
    answers,
  };
}

export const dismissSchema = z.object({
  flagId: z.string().min(1, "is required").max(64),
  reason: safeText({ min: 3, max: 500, multiline: true }),
});

/** "Looked at it, nothing wrong": the flag leaves the open list and is not raised again. */
export async function dismissFlag(actor: Who, input: unknown, now = new Date()): Promise<void> {
  if (actor.role !== "admin") throw new AuthError(403, "Only admins can dismiss flags.");
  const data = dismissSchema.parse(input);
  await db.$transaction(async (tx) => {
    const moved = await tx.gamingFlag.updateMany({
      where: { id: data.flagId, orgId: actor.orgId, dismissedAt: null },
      data: { dismissedAt: now, dismissedById: actor.userId },
    });
    if (moved.count === 0) throw new AdminInputError("flagId", "no open flag with this id");
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "flag.dismissed",
      subject: `flag ${data.flagId}`,
      reason: data.reason,
    });
  });
}

/** The scores a flag's answers touch, as they stand: the organisation's, and the person's when it is about one. */
export async function flagScoreLines(
  orgId: string,
  flag: Pick<FlagRow, "kind" | "subject" | "subjectId">,
): Promise<{ label: string; scores: Scores }[]> {
  const lines = [{ label: "Organisation", scores: await orgScores(orgId) }];
  const person = flag.subjectId && !/^(addr|kiosk):/.test(flag.subjectId) ? flag.subjectId : null;
  if (person) lines.push({ label: flag.subject, scores: await userScores(orgId, person) });
  return lines;
}
