// The audit log: who changed scores or erased data, when and why. Written in the transaction
// that makes the change, so an entry exists exactly when the change does; never edited.
import type { Actor } from "../auth/authorize";
import { db, type Prisma } from "../db";

export type AuditAction =
  | "dispute.accepted"
  | "dispute.rejected"
  | "responses.excluded"
  | "responses.included"
  | "flag.dismissed"
  | "erasure.customer"
  | "erasure.response"
  | "retention.comments";

export async function recordAudit(
  tx: Pick<Prisma.TransactionClient, "auditEntry">,
  entry: {
    orgId: string;
    actorId: string | null;
    action: AuditAction;
    subject?: string | null;
    reason?: string | null;
  },
): Promise<void> {
  await tx.auditEntry.create({
    data: {
      orgId: entry.orgId,
      actorId: entry.actorId,
      action: entry.action,
      subject: entry.subject ?? null,
      reason: entry.reason ?? null,
    },
  });
}

export type AuditRow = {
  id: string;
  at: Date;
  action: string;
  who: string;
  subject: string | null;
  reason: string | null;
};

/** The organisation's audit log, newest first; admins only. */
export async function auditLog(actor: Pick<Actor, "orgId" | "role">, limit = 200): Promise<AuditRow[]> {
  if (actor.role !== "admin") return [];
  const rows = await db.auditEntry.findMany({
    where: { orgId: actor.orgId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  const ids = [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))];
  const people = await db.user.findMany({
    where: { orgId: actor.orgId, id: { in: ids } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  return rows.map((r) => ({
    id: r.id,
    at: r.createdAt,
    action: r.action,
    who: r.actorId ? (nameOf.get(r.actorId) ?? "a former colleague") : "the command line",
    subject: r.subject,
    reason: r.reason,
  }));
}
