// Acting on a case: assign, add a note, resolve, reopen. Each takes the Actor and re-checks
// that the case is in the actor's scope (org and, for managers, their teams), so a server
// action cannot be pointed at someone else's case by id.
import { db } from "../db";
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
  const { followUpId, body } = noteSchema.parse(input);
  await caseInScope(actor, followUpId);
  await db.followUpNote.create({ data: { followUpId, authorId: actor.userId, body } });
}

export async function resolveFollowUp(actor: Who, input: unknown, now = new Date()) {
  const { followUpId, note } = resolveSchema.parse(input);
  const f = await caseInScope(actor, followUpId);
  if (f.status === "resolved") return;
  await db.$transaction([
    db.followUp.update({ where: { id: followUpId }, data: { status: "resolved", resolvedAt: now } }),
    ...(note ? [db.followUpNote.create({ data: { followUpId, authorId: actor.userId, body: note } })] : []),
  ]);
}

export async function reopenFollowUp(actor: Who, followUpId: string) {
  await caseInScope(actor, followUpId);
  await db.followUp.update({ where: { id: followUpId }, data: { status: "open", resolvedAt: null } });
}
