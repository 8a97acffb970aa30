// Closing the loop: every detractor answer (NPS 0–6) opens a follow-up case, inside the
// transaction that stores the response, so a case exists exactly when the response does. The
// case is routed in the same transaction (lib/followups/route.ts), so whoever is told about it
// can already open it.
import type { Prisma } from "../db";

/** Raw statements only: the import runs this in its own driver connection's transaction. */
type Raw = Pick<Prisma.TransactionClient, "$queryRawUnsafe" | "$executeRawUnsafe">;
import { insertFollowUps } from "../responses/sql-writes";
import { routeCases } from "./route";

export const DETRACTOR_MAX = 6;

export function isDetractor(nps: number | null | undefined): boolean {
  return typeof nps === "number" && nps <= DETRACTOR_MAX;
}

export type Answer = { orgId: string; responseId: string; interactionId: string; nps: number | null; openedAt: Date };
export type OpenedCase = { id: string; responseId: string; openedAt: Date };

/** Opens a case for a detractor answer; returns it, or null when the answer needs none. */
export async function openFollowUp(tx: Raw, r: Answer): Promise<OpenedCase | null> {
  return (await openFollowUps(tx, [r]))[0] ?? null;
}

/**
 * The same for many answers in one statement (batch ingest). Opened when we received the answer,
 * not when the phone says it was given: escalation clocks start when someone could first act.
 */
export async function openFollowUps(tx: Raw, answers: Answer[]): Promise<OpenedCase[]> {
  const detractors = answers.filter((a) => isDetractor(a.nps));
  if (!detractors.length) return [];
  const ids = await insertFollowUps(tx, detractors);
  const opened = detractors.map((a, i) => ({ id: ids[i], responseId: a.responseId, openedAt: a.openedAt }));
  await routeCases(
    tx,
    detractors.map((a, i) => ({ followUpId: ids[i], orgId: a.orgId, interactionId: a.interactionId })),
  );
  return opened;
}
