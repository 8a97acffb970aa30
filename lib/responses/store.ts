// Writing answers: the Response, the interaction's usedAt (or, for a kiosk, the new interaction
// and its contribution snapshot), the rollups and a detractor's follow-up, in ONE transaction.
// Unique Response.id and Response.interactionId make concurrent double submits safe: the loser's
// transaction fails on the index and is mapped back to "duplicate" (same answer) or 409 by re-reading.
import { db, type Prisma } from "../db";
import { openFollowUps } from "../followups/open";
import { recordResponses, type RecordInput } from "../rollups/record";
import { reject, type IngestResult } from "./result";
import type { Answers } from "./schema";
import type { NewInteraction, ResponseRow } from "./sql";
import { insertInteractions, insertResponses, markUsed } from "./sql-writes";

export type WritePlan = {
  response: ResponseRow;
  record: RecordInput;
  /** Kiosk answers bring their interaction, inserted already used. */
  newInteraction?: NewInteraction;
  /** For a kiosk answer, the ref its interaction has ("kiosk-<id>"), used to recognise a replay after a race. */
  kioskRef?: { orgId: string; ref: string };
};

export type Prepared = IngestResult | { status: "write"; plan: WritePlan };

export function responseRow(a: {
  id: string;
  orgId: string;
  interactionId: string;
  templateVersionId: string | null;
  answers: Answers;
  locale: string;
  answeredAt: Date;
  receivedAt: Date;
}): ResponseRow {
  const comment = a.answers.comment != null && a.answers.comment.trim() !== "" ? a.answers.comment : null;
  return {
    id: a.id,
    orgId: a.orgId,
    interactionId: a.interactionId,
    templateVersionId: a.templateVersionId,
    nps: a.answers.nps ?? null,
    csat: a.answers.csat ?? null,
    ces: a.answers.ces ?? null,
    comment, // verbatim; only an all-blank comment counts as no comment
    choices: a.answers.choices?.length ? JSON.stringify(a.answers.choices) : null,
    locale: a.locale,
    answeredAt: a.answeredAt,
    receivedAt: a.receivedAt,
  };
}

/** Writes plans checked by prepare*; many at once share each statement, the rollups included. */
export async function writePlans(tx: Prisma.TransactionClient, plans: WritePlan[]): Promise<void> {
  await insertInteractions(
    tx,
    plans.flatMap((p) => (p.newInteraction ? [p.newInteraction] : [])),
  );
  await insertResponses(
    tx,
    plans.map((p) => p.response),
  );
  // Kiosk interactions are inserted already used.
  await markUsed(
    tx,
    plans
      .filter((p) => !p.newInteraction)
      .map((p) => ({ interactionId: p.response.interactionId, at: p.response.receivedAt })),
  );
  await recordResponses(
    tx,
    plans.map((p) => p.record),
  );
  await openFollowUps(
    tx,
    plans.map((p) => ({
      orgId: p.response.orgId,
      responseId: p.response.id,
      interactionId: p.response.interactionId,
      nps: p.response.nps,
      openedAt: p.response.receivedAt,
    })),
  );
}

export function inTransaction<T>(fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return db.$transaction(fn, { maxWait: 10_000, timeout: 30_000 });
}

/**
 * After a unique violation: is the stored answer this very one (a replay that raced us) or
 * another answer to the same interaction? Null when neither explains the violation.
 */
export async function resolveRace(p: WritePlan): Promise<IngestResult | null> {
  const id = p.response.id;
  const byId = await db.response.findUnique({
    where: { id },
    select: { interactionId: true, interaction: { select: { orgId: true, ref: true } } },
  });
  if (byId) {
    const same = p.kioskRef
      ? byId.interaction.orgId === p.kioskRef.orgId && byId.interaction.ref === p.kioskRef.ref
      : byId.interactionId === p.response.interactionId;
    return same ? { status: "duplicate", id } : reject(409, "id", "is already used by an answer to another survey");
  }
  if (!p.newInteraction) {
    const other = await db.response.findUnique({
      where: { interactionId: p.response.interactionId },
      select: { id: true },
    });
    if (other) return reject(409, "code", "this survey has already been answered");
  }
  return null;
}
