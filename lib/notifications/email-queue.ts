// The notification emails that have not gone out (model EmailOutbox), as the admins' email screen
// and a person's own settings page show them: still being retried after an error, or given up
// after the last attempt. "Retry now" makes one due at once, also after it was given up.
import "server-only";
import { db } from "../db";
import { DomainError } from "../validation";
import { isNotificationKind, type NotificationKind } from "./kinds";
import { MAX_ATTEMPTS, wakeMailer } from "./mailer";

export type QueuedEmail = {
  id: string;
  to: string;
  subject: string;
  kind: NotificationKind | null;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  /** failed: no more attempts unless retried; retrying: an attempt failed, another is due; waiting: not tried yet. */
  status: "failed" | "retrying" | "waiting";
  nextAttemptAt: Date | null;
  createdAt: Date;
};

export type EmailQueue = { emails: QueuedEmail[]; sentLastWeek: number; shown: number; total: number };

const LIMIT = 200;

/** The org's unsent emails, given-up ones first, then by when they are next tried. */
export async function emailQueue(orgId: string, now = new Date()): Promise<EmailQueue> {
  const unsent = { orgId, sentAt: null };
  const [rows, total, sentLastWeek] = await Promise.all([
    db.emailOutbox.findMany({
      where: unsent,
      orderBy: [{ failedAt: { sort: "desc", nulls: "last" } }, { nextAttemptAt: "asc" }, { id: "asc" }],
      take: LIMIT,
      select: {
        id: true,
        to: true,
        subject: true,
        notificationId: true,
        attempts: true,
        lastError: true,
        failedAt: true,
        nextAttemptAt: true,
        createdAt: true,
      },
    }),
    db.emailOutbox.count({ where: unsent }),
    db.emailOutbox.count({ where: { orgId, sentAt: { gte: new Date(now.getTime() - 7 * 86_400_000) } } }),
  ]);
  const ids = rows.flatMap((r) => (r.notificationId ? [r.notificationId] : []));
  const kinds = new Map(
    (ids.length
      ? await db.notification.findMany({ where: { id: { in: ids } }, select: { id: true, kind: true } })
      : []
    ).map((n) => [n.id, n.kind]),
  );
  const emails = rows.map((r): QueuedEmail => {
    const kind = r.notificationId ? kinds.get(r.notificationId) : undefined;
    return {
      id: r.id,
      to: r.to,
      subject: r.subject,
      kind: kind && isNotificationKind(kind) ? kind : null,
      attempts: r.attempts,
      maxAttempts: MAX_ATTEMPTS,
      lastError: r.lastError,
      status: r.failedAt ? "failed" : r.lastError ? "retrying" : "waiting",
      nextAttemptAt: r.failedAt ? null : r.nextAttemptAt,
      createdAt: r.createdAt,
    };
  });
  return { emails, sentLastWeek, shown: emails.length, total };
}

/** Makes an unsent email due now (a given-up one gets one more attempt); the mail loop sends it. */
export async function retryEmail(orgId: string, id: string, now = new Date()): Promise<void> {
  const row = await db.emailOutbox.findFirst({ where: { id, orgId }, select: { sentAt: true, attempts: true } });
  if (!row) throw new DomainError("not_found", "That email is not in this organisation's queue.", null);
  if (row.sentAt) throw new DomainError("invalid", "That email has been sent already.", null);
  await db.emailOutbox.updateMany({
    where: { id, orgId, sentAt: null },
    // A given-up email gets one more attempt: it is given up again if that one fails.
    data: { failedAt: null, nextAttemptAt: now, attempts: Math.min(row.attempts, MAX_ATTEMPTS - 1) },
  });
  wakeMailer();
}

export type MyEmailProblem = { to: string; lastError: string; at: Date; failed: boolean } | null;

/**
 * Whether the emails to this person's address are not getting through: the latest email to it
 * that was sent or met an error, if that one met an error and is still unsent.
 */
export async function myEmailProblem(orgId: string, email: string): Promise<MyEmailProblem> {
  const latest = await db.emailOutbox.findFirst({
    where: { orgId, to: email, OR: [{ sentAt: { not: null } }, { lastError: { not: null } }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { to: true, sentAt: true, lastError: true, failedAt: true, nextAttemptAt: true, createdAt: true },
  });
  if (!latest || latest.sentAt || !latest.lastError) return null;
  return {
    to: latest.to,
    lastError: latest.lastError,
    at: latest.failedAt ?? latest.createdAt,
    failed: !!latest.failedAt,
  };
}
