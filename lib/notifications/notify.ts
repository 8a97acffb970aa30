// The notifications consumer of the event dispatcher (lib/events/consumers.ts): turns an event
// into inbox lines and, when SMTP_URL is set, queued emails, as docs/follow-ups.md says who is told:
//   followup.opened    → the people the case is routed to (lib/followups/route.ts)
//   followup.escalated → the org's admins and the case's assignee
//   kudos              → each person credited
// A person who muted the kind gets neither. Idempotent by event id: a notification is unique
// per (event, person), and its email is written in the same transaction, so a replayed event
// adds nothing.
import "server-only";
import { db } from "../db";
import type { StoredEvent } from "../events/types";
import { isLocale, type Locale } from "../surveys/i18n";
import { renderEmail } from "./email";
import { isNotificationKind, type NotificationKind } from "./kinds";
import { mailConfigured, wakeMailer } from "./mailer";
import { mutedKinds } from "./settings";

type ResponseData = { id?: string; touchpoint?: string; nps?: number; comment?: string };
type Subject = {
  followUpId: string | null;
  responseId: string | null;
  touchpoint: string;
  nps: number | null;
  comment: string | null;
};

async function caseSubject(followUpId: string) {
  return db.followUp.findUnique({
    where: { id: followUpId },
    select: {
      id: true,
      assigneeId: true,
      routes: { select: { userId: true } },
      response: {
        select: {
          id: true,
          nps: true,
          comment: true,
          interaction: { select: { touchpoint: { select: { name: true } } } },
        },
      },
    },
  });
}

/** Who hears about this event, and what it is about; null when the event tells nobody. */
async function audience(event: StoredEvent): Promise<{ userIds: string[]; subject: Subject } | null> {
  const data = event.data as { followup?: { id?: string }; response?: ResponseData; credited?: { email: string }[] };
  if (event.type === "followup.opened" || event.type === "followup.escalated") {
    const id = data.followup?.id;
    const c = id ? await caseSubject(id) : null;
    if (!c) return null;
    const subject: Subject = {
      followUpId: c.id,
      responseId: c.response.id,
      touchpoint: c.response.interaction.touchpoint.name,
      nps: c.response.nps,
      comment: c.response.comment,
    };
    if (event.type === "followup.opened") return { userIds: c.routes.map((r) => r.userId), subject };
    const admins = await db.user.findMany({
      where: { orgId: event.orgId, role: "admin", active: true },
      select: { id: true },
    });
    return { userIds: [...admins.map((a) => a.id), ...(c.assigneeId ? [c.assigneeId] : [])], subject };
  }
  if (event.type === "kudos") {
    const emails = (data.credited ?? []).map((c) => c.email).filter(Boolean);
    const r = data.response ?? {};
    if (!emails.length || !r.id) return null;
    const people = await db.user.findMany({
      where: { orgId: event.orgId, email: { in: emails } },
      select: { id: true },
    });
    return {
      userIds: people.map((p) => p.id),
      subject: {
        followUpId: null,
        responseId: r.id,
        touchpoint: r.touchpoint ?? "",
        nps: typeof r.nps === "number" ? r.nps : null,
        comment: r.comment ?? null,
      },
    };
  }
  return null;
}

const EXCERPT = 160;

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === "P2002" || /unique constraint/i.test(e?.message ?? "");
}

export async function notifyForEvent(event: StoredEvent): Promise<number> {
  if (!isNotificationKind(event.type)) return 0;
  const kind: NotificationKind = event.type;
  const found = await audience(event);
  if (!found) return 0;
  const ids = [...new Set(found.userIds)];
  if (!ids.length) return 0;
  const [people, already, org] = await Promise.all([
    db.user.findMany({
      where: { id: { in: ids }, orgId: event.orgId, active: true },
      select: { id: true, email: true, settings: { select: { locale: true, muted: true } } },
    }),
    db.notification.findMany({ where: { eventId: event.id, userId: { in: ids } }, select: { userId: true } }),
    db.organization.findUnique({
      where: { id: event.orgId },
      select: { name: true, defaultLocale: true, followUpEscalateHours: true },
    }),
  ]);
  if (!org) return 0;
  const done = new Set(already.map((n) => n.userId));
  const s = found.subject;
  const excerpt = s.comment ? (s.comment.length > EXCERPT ? `${s.comment.slice(0, EXCERPT - 1)}…` : s.comment) : null;
  const email = mailConfigured();
  let created = 0;
  for (const p of people) {
    if (done.has(p.id) || mutedKinds(p.settings?.muted).has(kind)) continue;
    const locale: Locale = isLocale(p.settings?.locale)
      ? p.settings.locale
      : isLocale(org.defaultLocale)
        ? org.defaultLocale
        : "en";
    try {
      await db.$transaction(async (tx) => {
        const n = await tx.notification.create({
          data: {
            orgId: event.orgId,
            userId: p.id,
            eventId: event.id,
            kind,
            followUpId: s.followUpId,
            responseId: s.responseId,
            touchpoint: s.touchpoint,
            nps: s.nps,
            excerpt,
            createdAt: event.createdAt,
          },
          select: { id: true },
        });
        if (email) {
          const content = renderEmail({
            kind,
            locale,
            org: org.name,
            touchpoint: s.touchpoint,
            nps: s.nps,
            comment: s.comment,
            hours: org.followUpEscalateHours,
            followUpId: s.followUpId,
            responseId: s.responseId,
          });
          await tx.emailOutbox.create({ data: { orgId: event.orgId, notificationId: n.id, to: p.email, ...content } });
        }
      });
      created++;
    } catch (error) {
      // Another delivery of the same event got there first: nothing left to do for this person.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  if (created && email) wakeMailer();
  return created;
}

export const notificationsConsumer = {
  name: "notifications",
  async handle(event: StoredEvent) {
    await notifyForEvent(event);
  },
};
