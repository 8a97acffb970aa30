// Disputes: a person says a credit on their own feed is wrong ("I wasn't there"); the manager of
// their team (or an admin) accepts or rejects it. Accepting takes that one credit out of scores
// from then on (rollups corrected in the same transaction) and is written to the audit log.
// Nothing else about the answer or the snapshot is rewritten.
import { z } from "zod";
import type { Actor } from "../auth/authorize";
import { AuthError } from "../auth/authorize";
import { AdminInputError } from "../admin/result";
import { recordAudit } from "../audit/record";
import { db } from "../db";
import { retractCredit } from "../rollups/retract";
import { safeText } from "../validation";

export const disputeSchema = z.object({
  contributionId: z.string().min(1, "is required").max(64),
  reason: safeText({ min: 3, max: 500, multiline: true }),
});
export const decisionSchema = z.object({
  disputeId: z.string().min(1).max(64),
  decision: z.enum(["accept", "reject"], { error: "must be accept or reject" }),
  note: safeText({ max: 500, multiline: true }).optional(),
});

type Who = Pick<Actor, "userId" | "orgId" | "role">;

export async function openDispute(actor: Who, input: unknown) {
  const data = disputeSchema.parse(input);
  const credit = await db.contribution.findFirst({
    where: { id: data.contributionId, orgId: actor.orgId, userId: actor.userId },
    select: {
      id: true,
      excludedAt: true,
      dispute: { select: { id: true } },
      interaction: { select: { response: { select: { id: true } } } },
    },
  });
  // Someone else's credit reads as missing: nobody learns what they may not see.
  if (!credit) throw new AdminInputError("contributionId", "no such credit on your feed");
  if (!credit.interaction.response) throw new AdminInputError("contributionId", "this interaction has no answer yet");
  if (credit.dispute) throw new AdminInputError("contributionId", "you already disputed this credit");
  return db.dispute.create({
    data: { orgId: actor.orgId, contributionId: credit.id, userId: actor.userId, reason: data.reason },
    select: { id: true, status: true },
  });
}

/** May this actor decide disputes raised by `userId`? Admins always; a manager for their own teams. */
async function canDecide(actor: Who, userId: string): Promise<boolean> {
  if (actor.role === "admin") return true;
  if (actor.role !== "manager") return false;
  const person = await db.user.findFirst({
    where: { id: userId, orgId: actor.orgId },
    select: { team: { select: { managerId: true } } },
  });
  return person?.team?.managerId === actor.userId;
}

export async function decideDispute(actor: Who, input: unknown, now = new Date()) {
  const data = decisionSchema.parse(input);
  const dispute = await db.dispute.findFirst({
    where: { id: data.disputeId, orgId: actor.orgId },
    select: { id: true, status: true, userId: true },
  });
  if (!dispute || !(await canDecide(actor, dispute.userId)))
    throw new AuthError(403, "Only the person's manager or an admin can decide this dispute.");
  if (dispute.userId === actor.userId) throw new AuthError(403, "Someone else has to decide your own dispute.");
  if (dispute.status !== "open") throw new AdminInputError("disputeId", `this dispute was already ${dispute.status}`);
  const accepted = data.decision === "accept";
  await db.$transaction(async (tx) => {
    // Only an open dispute moves: a second decision racing this one updates nothing and stops.
    const moved = await tx.dispute.updateMany({
      where: { id: dispute.id, status: "open" },
      data: {
        status: accepted ? "accepted" : "rejected",
        decidedById: actor.userId,
        decidedAt: now,
        decisionNote: data.note ?? null,
      },
    });
    if (moved.count === 0) throw new AdminInputError("disputeId", "this dispute was already decided");
    if (accepted) await excludeCredit(tx, dispute.id, now);
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: accepted ? "dispute.accepted" : "dispute.rejected",
      subject: `dispute ${dispute.id}`,
      reason: data.note ?? null,
    });
  });
  return { status: accepted ? "accepted" : "rejected" };
}

async function excludeCredit(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], disputeId: string, now: Date) {
  const d = await tx.dispute.findUniqueOrThrow({
    where: { id: disputeId },
    select: {
      org: { select: { timeZone: true } },
      contribution: {
        select: {
          id: true,
          orgId: true,
          userId: true,
          teamId: true,
          weight: true,
          excludedAt: true,
          interactionId: true,
          interaction: {
            select: {
              touchpointId: true,
              contributions: { where: { excludedAt: null }, select: { id: true, teamId: true } },
              response: {
                select: {
                  answeredAt: true,
                  nps: true,
                  csat: true,
                  ces: true,
                  compare: true,
                  returnIntent: true,
                  excludedAt: true,
                  responseChoices: { select: { questionId: true, optionId: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  const c = d.contribution;
  const r = c.interaction.response;
  if (c.excludedAt) return;
  await tx.contribution.update({ where: { id: c.id }, data: { excludedAt: now } });
  // An answer an admin already excluded counts nowhere: nothing to take back. Read again after the
  // update: an exclusion holding this credit's row lock has committed by now (lib/gaming/exclude.ts).
  const current = await tx.response.findFirst({
    where: { interactionId: c.interactionId },
    select: { excludedAt: true },
  });
  if (!r || !current || current.excludedAt) return;
  await retractCredit(tx, {
    orgId: c.orgId,
    timeZone: d.org.timeZone,
    answer: { ...r, choices: r.responseChoices, touchpointId: c.interaction.touchpointId },
    credit: { userId: c.userId, teamId: c.teamId, weight: c.weight },
    teamStillCredited: c.interaction.contributions.some(
      (o) => o.id !== c.id && o.teamId !== null && o.teamId === c.teamId,
    ),
  });
}

export type DisputeRow = {
  id: string;
  person: string;
  reason: string;
  status: string;
  createdAt: Date;
  answer: { nps: number | null; csat: number | null; answeredAt: Date; touchpoint: string };
  decisionNote: string | null;
};

/** Disputes the actor may decide: their teams' (a manager) or everyone's (an admin), open first. */
export async function disputesToDecide(actor: Who): Promise<DisputeRow[]> {
  if (actor.role !== "admin" && actor.role !== "manager") return [];
  const rows = await db.dispute.findMany({
    where: {
      orgId: actor.orgId,
      ...(actor.role === "manager"
        ? { contribution: { user: { team: { managerId: actor.userId } } }, userId: { not: actor.userId } }
        : {}),
    },
    orderBy: [{ status: "desc" }, { createdAt: "desc" }],
    take: 200,
    select: {
      id: true,
      reason: true,
      status: true,
      createdAt: true,
      decisionNote: true,
      contribution: {
        select: {
          user: { select: { name: true } },
          interaction: {
            select: {
              touchpoint: { select: { name: true } },
              response: { select: { nps: true, csat: true, answeredAt: true } },
            },
          },
        },
      },
    },
  });
  const order = (s: string) => (s === "open" ? 0 : 1);
  return rows
    .map((d) => ({
      id: d.id,
      person: d.contribution.user.name,
      reason: d.reason,
      status: d.status,
      createdAt: d.createdAt,
      decisionNote: d.decisionNote,
      answer: {
        nps: d.contribution.interaction.response?.nps ?? null,
        csat: d.contribution.interaction.response?.csat ?? null,
        answeredAt: d.contribution.interaction.response?.answeredAt ?? d.createdAt,
        touchpoint: d.contribution.interaction.touchpoint.name,
      },
    }))
    .sort((a, b) => order(a.status) - order(b.status));
}
