// Closing the loop: every detractor answer (NPS 0–6) opens a follow-up case, inside the
// transaction that stores the response, so a case exists exactly when the response does.
import type { Prisma } from "../db";
import { insertFollowUpRow } from "../responses/sql";

export const DETRACTOR_MAX = 6;

export function isDetractor(nps: number | null | undefined): boolean {
  return typeof nps === "number" && nps <= DETRACTOR_MAX;
}

/** Opens a case for a detractor answer; returns its id, or null when the answer needs none. */
export async function openFollowUp(
  tx: Prisma.TransactionClient,
  r: { orgId: string; responseId: string; nps: number | null; openedAt: Date },
): Promise<string | null> {
  if (!isDetractor(r.nps)) return null;
  // Opened when we received it (not when the phone says it answered): escalation clocks start
  // when someone could first have acted. Plain SQL: this runs on ingest's hot path.
  return insertFollowUpRow(tx, { orgId: r.orgId, responseId: r.responseId, openedAt: r.openedAt });
}
