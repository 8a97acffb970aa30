// Closing the loop: every detractor answer (NPS 0–6) opens a follow-up case, inside the
// transaction that stores the response, so a case exists exactly when the response does.
import type { Prisma } from "../db";
import { insertFollowUps } from "../responses/sql-writes";

export const DETRACTOR_MAX = 6;

export function isDetractor(nps: number | null | undefined): boolean {
  return typeof nps === "number" && nps <= DETRACTOR_MAX;
}

type Answer = { orgId: string; responseId: string; nps: number | null; openedAt: Date };

/** Opens a case for a detractor answer; returns its id, or null when the answer needs none. */
export async function openFollowUp(tx: Prisma.TransactionClient, r: Answer): Promise<string | null> {
  return (await openFollowUps(tx, [r]))[0] ?? null;
}

/**
 * The same for many answers in one statement (batch ingest). Opened when we received the answer,
 * not when the phone says it was given: escalation clocks start when someone could first act.
 */
export async function openFollowUps(tx: Prisma.TransactionClient, answers: Answer[]): Promise<string[]> {
  return insertFollowUps(
    tx,
    answers.filter((a) => isDetractor(a.nps)),
  );
}
