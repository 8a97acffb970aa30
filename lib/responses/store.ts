// Storing one answer: the Response, the interaction's usedAt, the rollups and (for a detractor)
// a follow-up, all in ONE transaction. Unique Response.id and Response.interactionId make
// concurrent double submits safe: the loser's transaction fails on the index and is mapped
// back to "duplicate" (same id) or 409 (a different answer) by re-reading.
import { db, type Prisma } from "../db";
import { openFollowUp } from "../followups/open";
import { recordResponse } from "../rollups/record";
import { reject, type IngestResult } from "./result";
import type { Answers } from "./schema";
import { insertResponseRow, markUsed } from "./sql";

export type StoreArgs = {
  id: string;
  orgId: string;
  timeZone: string;
  interactionId: string;
  touchpointId: string;
  templateVersionId: string | null;
  answers: Answers;
  locale: string;
  answeredAt: Date;
  receivedAt: Date;
  credits: { userId: string; teamId: string | null; weight: number }[];
};

export async function storeResponse(tx: Prisma.TransactionClient, a: StoreArgs): Promise<void> {
  const nps = a.answers.nps ?? null;
  const csat = a.answers.csat ?? null;
  const ces = a.answers.ces ?? null;
  const comment = a.answers.comment != null && a.answers.comment.trim() !== "" ? a.answers.comment : null;
  const choices = a.answers.choices?.length ? JSON.stringify(a.answers.choices) : null;
  await insertResponseRow(tx, {
    id: a.id,
    orgId: a.orgId,
    interactionId: a.interactionId,
    templateVersionId: a.templateVersionId,
    nps, csat, ces, comment, choices,
    locale: a.locale,
    answeredAt: a.answeredAt,
    receivedAt: a.receivedAt,
  });
  await markUsed(tx, a.interactionId, a.receivedAt);
  await recordResponse(tx, {
    orgId: a.orgId,
    timeZone: a.timeZone,
    responseId: a.id,
    answeredAt: a.answeredAt,
    nps, csat, ces,
    touchpointId: a.touchpointId,
    credits: a.credits,
  });
  await openFollowUp(tx, { orgId: a.orgId, responseId: a.id, nps, openedAt: a.receivedAt });
}

export function inTransaction<T>(fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return db.$transaction(fn, { maxWait: 10_000, timeout: 20_000 });
}

/**
 * After a unique violation: is the stored answer this very one (a replay that raced us) or
 * another answer to the same interaction? `sameInteraction` decides what "this one" means.
 */
export async function resolveRace(id: string, interactionId: string | null, sameInteraction: (storedInteractionId: string) => Promise<boolean>): Promise<IngestResult | null> {
  const byId = await db.response.findUnique({ where: { id }, select: { interactionId: true } });
  if (byId) return (await sameInteraction(byId.interactionId)) ? { status: "duplicate", id } : reject(409, "id", "is already used by an answer to another survey");
  if (interactionId) {
    const other = await db.response.findUnique({ where: { interactionId }, select: { id: true } });
    if (other) return reject(409, "code", "this survey has already been answered");
  }
  return null;
}
