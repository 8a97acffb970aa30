// Acting on a case: assign, add a note, resolve, reopen. Each takes the Actor and re-checks
// that the case is in the actor's scope (org and, for managers, their teams), so a server
// action cannot be pointed at someone else's case by id.
import { db } from "../db";
import { recordEvent } from "../events/record";
import { followUpPayload } from "../events/payloads";
import { AuthError, type Actor } from "../auth/authorize";
import { assigneeScope, followUpScope } from "./access";
import { assignSchema, noteSchema, resolveSchema } from "./schema";

type Who = Pick<Actor, "userId" | "orgId" | "role">;

async function caseInScope(actor: Who, id: string) {
  const scope = await followUpScope(actor);
  const f = await db.followUp.findFirst({ where: { AND: [scope, { id }] }, select: { id: true, status: true } });
  if (!f) throw new AuthError(403, "This follow-up is not one you can change.");
  return f;
}

export async function assignFollowUp(actor: Who, input: unknown) {
  const { followUpId, assigneeId } = assignSchema.parse(input);
  await caseInScope(actor, followUpId);
  if (assigneeId) {
    const ok = await db.user.findFirst({
      where: { AND: [assigneeScope(actor.orgId), { id: assigneeId }] },
      select: { id: true },
    });
    if (!ok) throw new AuthError(403, "assigneeId: must be an active admin or manager of this organization");
  }
  await db.followUp.update({ where: { id: followUpId }, data: { assigneeId: assigneeId || null } });
}

export async function addFollowUpNote(actor: Who, input: unknown) {
  const { followUpId, kind, body } = noteSchema.parse(input);
  await caseInScope(actor, followUpId);
  await db.followUpNote.create({
    data: { followUpId, authorId: actor.userId, kind: kind === "note" ? null : kind, body },
  });
}

export async function resolveFollowUp(actor: Who, input: unknown, now = new Date()) {
  const { followUpId, note } = resolveSchema.parse(input);
  const f = await caseInScope(actor, followUpId);
  if (f.status === "resolved") return;
  // The case, its closing note and `followup.resolved` commit together. updateMany on status
  // "open" makes a double submit resolve (and report) once.
  await db.$transaction(async (tx) => {
    const { count } = await tx.followUp.updateMany({
      where: { id: followUpId, status: "open" },
      // The customer's callback contact was only for this case: it goes when the case closes.
      data: { status: "resolved", resolvedAt: now, contact: null },
    });
    if (!count) return;
    if (note) await tx.followUpNote.create({ data: { followUpId, authorId: actor.userId, body: note } });
    const c = await tx.followUp.findUniqueOrThrow({
      where: { id: followUpId },
      select: {
        id: true,
        orgId: true,
        status: true,
        openedAt: true,
        resolvedAt: true,
        escalatedAt: true,
        assignee: { select: { email: true, name: true } },
      },
    });
    await recordEvent(tx, { orgId: c.orgId, type: "followup.resolved", data: { followup: followUpPayload(c) } }, now);
  });
}

export async function reopenFollowUp(actor: Who, followUpId: string) {
  await caseInScope(actor, followUpId);
  await db.followUp.update({ where: { id: followUpId }, data: { status: "open", resolvedAt: null } });
}
