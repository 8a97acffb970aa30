// Closing the loop: every detractor answer (NPS 0–6), and every answer that left a callback
// contact, opens a follow-up case, inside the
// transaction that stores the response, so a case exists exactly when the response does. The
// case is routed in the same transaction (lib/followups/route.ts), so whoever is told about it
// can already open it. Raw statements only (SqlTx): the import runs this in its own driver
// connection's transaction.
import type { SqlTx } from "../responses/sql";
import { insertFollowUps } from "../responses/sql-writes";
import { routeCases } from "./route";

export const DETRACTOR_MAX = 6;

export function isDetractor(nps: number | null | undefined): boolean {
  return typeof nps === "number" && nps <= DETRACTOR_MAX;
}

export type Answer = {
  orgId: string;
  responseId: string;
  interactionId: string;
  nps: number | null;
  openedAt: Date;
  /** a callback contact the customer left (on a low score): it opens a case, whatever the NPS */
  contact?: string | null;
};
/** A case just opened; `assignee` when routing gave it one. */
export type OpenedCase = {
  id: string;
  responseId: string;
  openedAt: Date;
  assignee?: { email: string; name: string } | null;
};

/** Opens a case for a detractor answer; returns it, or null when the answer needs none. */
export async function openFollowUp(tx: SqlTx, r: Answer): Promise<OpenedCase | null> {
  return (await openFollowUps(tx, [r]))[0] ?? null;
}

/**
 * The same for many answers in one statement (batch ingest). Live answers open when we received
 * them, not when the phone says they were given: escalation clocks start when someone could first act.
 */
export async function openFollowUps(tx: SqlTx, answers: Answer[]): Promise<OpenedCase[]> {
  const detractors = answers.filter((a) => isDetractor(a.nps) || !!a.contact);
  if (!detractors.length) return [];
  const opened = await insertFollowUps(tx, detractors);
  await routeCases(
    tx,
    detractors.map((a, i) => ({ followUpId: opened[i].id, orgId: a.orgId, interactionId: a.interactionId })),
  );
  return opened;
}
