// An admin taking a flag's answers out of every score, or putting them back ("include again").
// The answers stay stored (Response.excludedAt); rollups are corrected in the same transaction,
// and the audit log records who, when, why and how many. Only answers whose state actually
// changes move the rollups, so a double click or two admins at once cannot count twice.
import { z } from "zod";
import type { Actor } from "../auth/authorize";
import { AuthError } from "../auth/authorize";
import { AdminInputError } from "../admin/result";
import { recordAudit } from "../audit/record";
import { db, type Prisma } from "../db";
import { sqlFor } from "../responses/sql";
import { applyAnswers, type CountedAnswer } from "../rollups/response-delta";
import { safeText } from "../validation";

export const exclusionSchema = z.object({
  flagId: z.string().min(1, "is required").max(64),
  action: z.enum(["exclude", "include"], { error: "must be exclude or include" }),
  reason: safeText({ min: 3, max: 500, multiline: true }),
});

type Who = Pick<Actor, "userId" | "orgId" | "role">;

export async function setFlagExclusion(
  actor: Who,
  input: unknown,
  now = new Date(),
): Promise<{ changed: number; action: "exclude" | "include" }> {
  if (actor.role !== "admin") throw new AuthError(403, "Only admins can exclude answers from scores.");
  const data = exclusionSchema.parse(input);
  const flag = await db.gamingFlag.findFirst({
    where: { id: data.flagId, orgId: actor.orgId },
    select: { id: true, kind: true, answers: { select: { responseId: true } } },
  });
  if (!flag) throw new AdminInputError("flagId", "no such flag in your organisation");
  const ids = flag.answers.map((a) => a.responseId);
  const exclude = data.action === "exclude";
  const changed = await db.$transaction(
    async (tx) => {
      const org = await tx.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select: { timeZone: true } });
      const moved = await moveAnswers(tx, actor.orgId, ids, exclude ? now : null);
      await applyAnswers(tx, actor.orgId, org.timeZone, moved, exclude ? -1 : 1);
      await recordAudit(tx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: exclude ? "responses.excluded" : "responses.included",
        subject: `flag ${flag.id} (${flag.kind}): ${moved.length} of ${ids.length} answers`,
        reason: data.reason,
      });
      return moved.length;
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
  return { changed, action: data.action };
}

/**
 * Sets or clears excludedAt on each answer still in the other state, and returns those answers
 * with the credits that count. Each answer's contributions are locked first, so an accepted
 * dispute on the same answer waits for this transaction (and then sees the new state).
 */
async function moveAnswers(
  tx: Prisma.TransactionClient,
  orgId: string,
  ids: string[],
  excludedAt: Date | null,
): Promise<CountedAnswer[]> {
  const out: CountedAnswer[] = [];
  for (const id of ids) {
    const moved = await tx.response.updateMany({
      where: { id, orgId, excludedAt: excludedAt ? null : { not: null } },
      data: { excludedAt },
    });
    if (moved.count === 0) continue;
    const r = await tx.response.findUniqueOrThrow({
      where: { id },
      select: {
        answeredAt: true,
        nps: true,
        csat: true,
        ces: true,
        compare: true,
        returnIntent: true,
        interactionId: true,
        responseChoices: { select: { questionId: true, optionId: true } },
      },
    });
    await tx.$executeRawUnsafe(
      sqlFor(`UPDATE "Contribution" SET "weight" = "weight" WHERE "interactionId" = ?`),
      r.interactionId,
    );
    const ix = await tx.interaction.findUniqueOrThrow({
      where: { id: r.interactionId },
      select: {
        touchpointId: true,
        contributions: { where: { excludedAt: null }, select: { userId: true, teamId: true, weight: true } },
      },
    });
    out.push({
      answeredAt: r.answeredAt,
      nps: r.nps,
      csat: r.csat,
      ces: r.ces,
      touchpointId: ix.touchpointId,
      credits: ix.contributions,
      compare: r.compare,
      returnIntent: r.returnIntent,
      choices: r.responseChoices,
    });
  }
  return out;
}
