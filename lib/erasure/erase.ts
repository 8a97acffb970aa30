// Erasure: a customer (every answer given on interactions carrying their key) or one response is
// deleted with everything that repeats its words: the comment, the follow-up case with its notes,
// routes and callback contact, inbox lines and their emails, and the outbox events and webhook
// deliveries that carry the answer (sent or not, so nothing erased is sent or resent later). The
// rollups are corrected by subtracting what the answers added; nothing is replayed to consumers.
// One transaction: either all of it is gone, with its audit entry, or none of it.
import { z } from "zod";
import { recordAudit } from "../audit/record";
import { db, type Prisma } from "../db";
import { applyAnswers, countedAnswer } from "../rollups/response-delta";
import { localDay } from "../time/zone";
import { customerKeySchema, DomainError, responseIdSchema } from "../validation";

export const erasureTargetSchema = z.union([
  z.strictObject({ customer: customerKeySchema }),
  z.strictObject({ response: responseIdSchema }),
]);
export type ErasureTarget = { customer: string } | { response: string };

export type ErasureCounts = {
  responses: number;
  comments: number;
  followUps: number;
  notes: number;
  notifications: number;
  emails: number;
  events: number;
  /** interactions whose customer key was cleared (customer erasure only) */
  interactions: number;
};

type Tx = Prisma.TransactionClient;
const CHUNK = 200;

function chunks<T>(xs: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/** Parses either target, naming the field: `customer: …` or `response: must be 32 hex digits or a UUID`. */
export function parseTarget(input: { customer?: unknown; response?: unknown }): ErasureTarget {
  const hasCustomer = input.customer !== undefined && input.customer !== "";
  const hasResponse = input.response !== undefined && input.response !== "";
  if (!hasCustomer && !hasResponse)
    throw new DomainError("invalid", "is required: give a customer key or a response id", "customer");
  if (hasCustomer && hasResponse)
    throw new DomainError("invalid", "give a customer key or a response id, not both", "customer");
  const parsed = erasureTargetSchema.safeParse(
    hasCustomer ? { customer: input.customer } : { response: input.response },
  );
  if (!parsed.success) throw DomainError.fromZod(parsed.error);
  return parsed.data;
}

async function collect(tx: Tx, orgId: string, target: ErasureTarget) {
  let interactionIds: string[] = [];
  if ("customer" in target) {
    interactionIds = (
      await tx.interaction.findMany({ where: { orgId, customer: target.customer }, select: { id: true } })
    ).map((i) => i.id);
    if (!interactionIds.length)
      throw new DomainError("not_found", "no interaction in this organisation carries this customer key", "customer");
  }
  const found = await tx.response.findMany({
    where: "customer" in target ? { orgId, interactionId: { in: interactionIds } } : { orgId, id: target.response },
    select: {
      id: true,
      answeredAt: true,
      nps: true,
      csat: true,
      ces: true,
      compare: true,
      returnIntent: true,
      comment: true,
      excludedAt: true,
      interaction: {
        select: {
          touchpointId: true,
          contributions: { where: { excludedAt: null }, select: { userId: true, teamId: true, weight: true } },
        },
      },
      followUp: { select: { id: true, _count: { select: { notes: true } } } },
    },
  });
  // Choices are read on their own: a second to-many relation in the select above would have the
  // PostgreSQL driver run two queries at once on the transaction's one connection.
  const choicesOf = new Map<string, { questionId: string; optionId: string }[]>();
  for (const part of chunks(found.map((r) => r.id)))
    for (const c of await tx.responseChoice.findMany({
      where: { responseId: { in: part } },
      select: { responseId: true, questionId: true, optionId: true },
    }))
      choicesOf.set(c.responseId, [
        ...(choicesOf.get(c.responseId) ?? []),
        { questionId: c.questionId, optionId: c.optionId },
      ]);
  const responses = found.map((r) => ({ ...r, responseChoices: choicesOf.get(r.id) ?? [] }));
  if ("response" in target && !responses.length)
    throw new DomainError("not_found", "no response with this id in this organisation", "response");
  const ids = responses.map((r) => r.id);
  const followUpIds = responses.flatMap((r) => (r.followUp ? [r.followUp.id] : []));
  const notifications: string[] = [];
  const events: string[] = [];
  for (const part of chunks(ids)) {
    notifications.push(
      ...(
        await tx.notification.findMany({
          where: {
            orgId,
            OR: [{ responseId: { in: part } }, ...(followUpIds.length ? [{ followUpId: { in: followUpIds } }] : [])],
          },
          select: { id: true },
        })
      ).map((n) => n.id),
    );
    // Events carry the response inside their JSON; a response id is 32 hex digits, unique everywhere.
    events.push(
      ...(
        await tx.event.findMany({
          where: { orgId, OR: part.map((id) => ({ data: { contains: id } })) },
          select: { id: true },
        })
      ).map((e) => e.id),
    );
  }
  const emails = notifications.length
    ? await tx.emailOutbox.count({ where: { notificationId: { in: [...new Set(notifications)] } } })
    : 0;
  return { interactionIds, responses, ids, notifications: [...new Set(notifications)], events, emails };
}

function countsOf(c: Awaited<ReturnType<typeof collect>>, target: ErasureTarget): ErasureCounts {
  return {
    responses: c.responses.length,
    comments: c.responses.filter((r) => r.comment != null && r.comment.trim() !== "").length,
    followUps: c.responses.filter((r) => r.followUp).length,
    notes: c.responses.reduce((n, r) => n + (r.followUp?._count.notes ?? 0), 0),
    notifications: c.notifications.length,
    emails: c.emails,
    events: c.events.length,
    interactions: "customer" in target ? c.interactionIds.length : 0,
  };
}

/** What an erasure would remove, without removing it (the confirmation step). */
export async function previewErasure(orgId: string, target: ErasureTarget): Promise<ErasureCounts> {
  return db.$transaction((tx) => collect(tx, orgId, target).then((c) => countsOf(c, target)));
}

/** Erases the target in one transaction and records that it happened (counts only) in the audit log. */
export async function erase(orgId: string, target: ErasureTarget, actorId: string | null): Promise<ErasureCounts> {
  return db.$transaction(
    async (tx) => {
      const org = await tx.organization.findUniqueOrThrow({ where: { id: orgId }, select: { timeZone: true } });
      const c = await collect(tx, orgId, target);
      const counts = countsOf(c, target);
      await retractRollups(tx, orgId, org.timeZone, c.responses);
      for (const part of chunks(c.notifications))
        await tx.emailOutbox.deleteMany({ where: { notificationId: { in: part } } });
      for (const part of chunks(c.notifications)) await tx.notification.deleteMany({ where: { id: { in: part } } });
      // Deliveries and their attempt logs go with their events (cascade).
      for (const part of chunks(c.events)) await tx.event.deleteMany({ where: { id: { in: part } } });
      // Cases, notes, routes and contacts go with their responses (cascade).
      for (const part of chunks(c.ids)) await tx.response.deleteMany({ where: { orgId, id: { in: part } } });
      if ("customer" in target)
        for (const part of chunks(c.interactionIds))
          await tx.interaction.updateMany({ where: { orgId, id: { in: part } }, data: { customer: null } });
      await recordAudit(tx, {
        orgId,
        actorId,
        action: "customer" in target ? "erasure.customer" : "erasure.response",
        reason: describeCounts(counts),
      });
      return counts;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** Subtracts exactly what ingest added for these answers; excluded answers and credits added nothing. */
async function retractRollups(
  tx: Tx,
  orgId: string,
  timeZone: string,
  responses: Awaited<ReturnType<typeof collect>>["responses"],
) {
  const counted = responses.filter((r) => !r.excludedAt).map(countedAnswer);
  await applyAnswers(tx, orgId, timeZone, counted, -1);
  // A subject-day left with no answers is removed, as a rebuild would never write it.
  const days = [...new Set(counted.map((a) => localDay(a.answeredAt, timeZone)))];
  if (days.length) {
    await tx.dailyRollup.deleteMany({ where: { orgId, day: { in: days }, responses: { lte: 0 } } });
    await tx.dailyChoiceRollup.deleteMany({ where: { orgId, day: { in: days }, n: { lte: 0 } } });
  }
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "3 answers (2 with a comment), 1 follow-up case with 2 notes, …": counts only, never content. */
export function describeCounts(c: ErasureCounts): string {
  const parts = [
    `${plural(c.responses, "answer")} (${c.comments} with a comment)`,
    `${plural(c.followUps, "follow-up case")} with ${plural(c.notes, "note")}`,
    plural(c.notifications, "inbox notification"),
    plural(c.emails, "email"),
    plural(c.events, "event"),
  ];
  if (c.interactions) parts.push(`customer key removed from ${plural(c.interactions, "interaction")}`);
  return parts.join(", ");
}

/** How many answers the organisation holds: the erasure screen shows it before and after. */
export function storedAnswerCount(orgId: string): Promise<number> {
  return db.response.count({ where: { orgId } });
}
