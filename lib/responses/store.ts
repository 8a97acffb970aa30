// Storing answers, whichever door they came through (live ingest, batch, kiosk, the no-JS form
// post; the import writes the same rows with its bulk driver): the Response, the interaction's
// usedAt (or, for a kiosk, the new interaction and its contribution snapshot), the rollups, a
// detractor's follow-up and the events about it all (docs/events.md), in ONE transaction.
// Unique Response.id and Response.interactionId make concurrent double submits safe: the loser's
// transaction fails on the index and is mapped back to "duplicate" (same answer) or 409 by re-reading.
import { db } from "../db";
import { rawTransaction, type SqlTx } from "../db/raw";
import {
  creditedPayload,
  followUpPayload,
  isKudos,
  responsePayload,
  type CreditedPayload,
  type ResponsePayload,
} from "../events/payloads";
import { eventRecordingOn, recordEvents, wakeDispatcher, type NewEvent } from "../events/record";
import { openFollowUps, type OpenedCase } from "../followups/open";
import { recordResponses, type RecordInput } from "../rollups/record";
import { reject, type IngestResult } from "./result";
import type { Answers } from "./schema";
import type { NewInteraction, PersonCredit, ResponseRow } from "./sql";
import type { QuestionChoice } from "./choices";
import { insertInteractions, insertResponseChoices, insertResponses, markUsed } from "./sql-writes";

/** What events say about an answer beyond its row: the interaction's ref, the touchpoint's slug, who is credited. */
export type AnswerContext = { interactionRef: string; touchpoint: string; credited: CreditedPayload };

export type WritePlan = {
  response: ResponseRow;
  /** The options chosen, each under its question (ResponseChoice rows). */
  choices: QuestionChoice[];
  record: RecordInput;
  about: AnswerContext;
  /** The customer's callback contact (a low score, with consent): stored on the follow-up case only. */
  callback?: string;
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
  origin?: string | null;
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
    compare: a.answers.compare ?? null,
    returnIntent: a.answers.return ?? null,
    choices: a.answers.choices?.length ? JSON.stringify(a.answers.choices) : null,
    locale: a.locale,
    answeredAt: a.answeredAt,
    receivedAt: a.receivedAt,
    origin: a.origin ?? null,
  };
}

export function answerContext(a: {
  interactionRef: string;
  touchpoint: string;
  credits: Omit<PersonCredit, "userId" | "teamId">[];
}): AnswerContext {
  return { interactionRef: a.interactionRef, touchpoint: a.touchpoint, credited: creditedPayload(a.credits) };
}

/**
 * The events about stored answers: response.stored for each, kudos for a promoter's comment,
 * followup.opened for each case opened. Shared by every writer, the import included.
 */
export function answerEvents(
  answers: { response: ResponseRow; about: AnswerContext }[],
  opened: OpenedCase[],
): NewEvent[] {
  const cases = new Map(opened.map((c) => [c.responseId, c]));
  const events: NewEvent[] = [];
  for (const { response: row, about } of answers) {
    const response: ResponsePayload = responsePayload({
      ...row,
      return: row.returnIntent,
      interactionRef: about.interactionRef,
      touchpoint: about.touchpoint,
    });
    const base = { orgId: row.orgId };
    events.push({ ...base, type: "response.stored", data: { response, credited: about.credited } });
    if (isKudos(row)) events.push({ ...base, type: "kudos", data: { response, credited: about.credited } });
    const c = cases.get(row.id);
    if (c)
      events.push({
        ...base,
        type: "followup.opened",
        data: { followup: followUpPayload({ ...c, status: "open" }), response, credited: about.credited },
      });
  }
  return events;
}

/** Writes plans checked by prepare*; many at once share each statement, the rollups and events included. */
export async function writePlans(tx: SqlTx, plans: WritePlan[]): Promise<void> {
  await insertInteractions(
    tx,
    plans.flatMap((p) => (p.newInteraction ? [p.newInteraction] : [])),
  );
  await insertResponses(
    tx,
    plans.map((p) => p.response),
  );
  await insertResponseChoices(
    tx,
    plans.flatMap((p) => p.choices.map((c) => ({ responseId: p.response.id, orgId: p.response.orgId, ...c }))),
  );
  // Kiosk interactions are inserted already used.
  await markUsed(
    tx,
    plans
      .filter((p) => !p.newInteraction)
      .map((p) => ({ interactionId: p.response.interactionId, at: p.response.receivedAt })),
  );
  const opened = await openFollowUps(
    tx,
    plans.map((p) => ({
      orgId: p.response.orgId,
      responseId: p.response.id,
      interactionId: p.response.interactionId,
      nps: p.response.nps,
      openedAt: p.response.receivedAt,
      contact: p.callback ?? null,
    })),
  );
  if (eventRecordingOn()) await recordEvents(tx, answerEvents(plans, opened), plans[0]?.response.receivedAt);
  // Last, just before the commit: the rollup rows are the ones concurrent writers share, so their
  // locks are held for as short a time as can be (lib/responses/group-commit.ts).
  await recordResponses(
    tx,
    plans.map((p) => ({
      ...p.record,
      compare: p.response.compare,
      returnIntent: p.response.returnIntent,
      choices: p.choices,
    })),
  );
}

/**
 * A write transaction on the raw driver (lib/db/raw.ts: no ORM per statement); once it commits,
 * this process's dispatcher is told there is news.
 */
export async function inTransaction<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T> {
  const out = await rawTransaction(fn);
  wakeDispatcher();
  return out;
}

/** Stores answers in one transaction, exactly as ingest does (tests and tools that need exact scenarios). */
export function storeAnswers(plans: WritePlan[]): Promise<void> {
  return inTransaction((tx) => writePlans(tx, plans));
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
