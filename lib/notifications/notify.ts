// The notifications consumer of the event dispatcher (lib/events/consumers.ts): turns an event
// into inbox lines and, when SMTP_URL is set, queued emails, as docs/follow-ups.md says who is told:
//   followup.opened    → the people the case is routed to (lib/followups/route.ts)
//   followup.escalated → the org's admins and the case's assignee
//   kudos              → each person credited
// A person who muted the kind gets neither. A claimed batch of events is handled in a few reads
// and the inserts, inside the dispatcher's transaction, on the raw driver (lib/db/raw.ts).
// Idempotent by event id: a notification is unique per (event, person), and its email is written
// in the same transaction, so a replayed event adds nothing.
import "server-only";
import { rawTransaction, type SqlTx } from "../db/raw";
import type { Consumer } from "../events/consumers";
import { ids, inIds, insertRows, orderedRowId, q } from "../events/sql";
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

type CaseRow = {
  id: string;
  assigneeId: string | null;
  responseId: string;
  nps: number | null;
  comment: string | null;
  touchpoint: string;
};

type EventData = { followup?: { id?: string }; response?: ResponseData; credited?: { email: string }[] };
type Audience = { event: StoredEvent; kind: NotificationKind; userIds: string[]; subject: Subject };

const unique = <T>(xs: T[]) => [...new Set(xs)];
const dataOf = (e: StoredEvent) => e.data as EventData;

/** Who hears about each event, and what it is about, in a few reads for the whole batch. */
async function audiences(tx: SqlTx, events: StoredEvent[]): Promise<Audience[]> {
  const caseEvents = events.filter((e) => e.type === "followup.opened" || e.type === "followup.escalated");
  const caseIds = unique(caseEvents.map((e) => dataOf(e).followup?.id).filter((id): id is string => !!id));
  const escalatedOrgs = unique(caseEvents.filter((e) => e.type === "followup.escalated").map((e) => e.orgId));
  const kudos = events.filter((e) => e.type === "kudos");
  const kudosEmails = unique(kudos.flatMap((e) => (dataOf(e).credited ?? []).map((c) => c.email).filter(Boolean)));
  const cases = caseIds.length
    ? await tx.$queryRawUnsafe<CaseRow[]>(
        q(`SELECT f."id", f."assigneeId", r."id" AS "responseId", r."nps", r."comment", tp."name" AS "touchpoint"
            FROM "FollowUp" f
            JOIN "Response" r ON r."id" = f."responseId"
            JOIN "Interaction" i ON i."id" = r."interactionId"
            JOIN "Touchpoint" tp ON tp."id" = i."touchpointId"
            WHERE ${inIds(`f."id"`)}`),
        ids(caseIds),
      )
    : [];
  const routes = caseIds.length
    ? await tx.$queryRawUnsafe<{ followUpId: string; userId: string }[]>(
        q(`SELECT "followUpId", "userId" FROM "FollowUpRoute" WHERE ${inIds(`"followUpId"`)}`),
        ids(caseIds),
      )
    : [];
  const admins = escalatedOrgs.length
    ? await tx.$queryRawUnsafe<{ id: string; orgId: string }[]>(
        q(`SELECT "id", "orgId" FROM "User" WHERE "role" = 'admin' AND "active" = true AND ${inIds(`"orgId"`)}`),
        ids(escalatedOrgs),
      )
    : [];
  const credited = kudosEmails.length
    ? await tx.$queryRawUnsafe<{ id: string; orgId: string; email: string }[]>(
        q(`SELECT "id", "orgId", "email" FROM "User" WHERE ${inIds(`"orgId"`)} AND ${inIds(`"email"`)}`),
        ids(unique(kudos.map((e) => e.orgId))),
        ids(kudosEmails),
      )
    : [];
  const caseById = new Map(cases.map((c) => [c.id, c]));
  const routed = new Map<string, string[]>();
  for (const r of routes) routed.set(r.followUpId, [...(routed.get(r.followUpId) ?? []), r.userId]);
  const out: Audience[] = [];
  for (const event of events) {
    if (!isNotificationKind(event.type)) continue;
    const kind: NotificationKind = event.type;
    const data = dataOf(event);
    if (kind === "followup.opened" || kind === "followup.escalated") {
      const c = data.followup?.id ? caseById.get(data.followup.id) : undefined;
      if (!c) continue;
      const subject: Subject = {
        followUpId: c.id,
        responseId: c.responseId,
        touchpoint: c.touchpoint,
        nps: c.nps == null ? null : Number(c.nps),
        comment: c.comment,
      };
      const userIds =
        kind === "followup.opened"
          ? (routed.get(c.id) ?? [])
          : [
              ...admins.filter((a) => a.orgId === event.orgId).map((a) => a.id),
              ...(c.assigneeId ? [c.assigneeId] : []),
            ];
      out.push({ event, kind, userIds, subject });
    } else if (kind === "kudos") {
      const emails = new Set((data.credited ?? []).map((c) => c.email).filter(Boolean));
      const r = data.response ?? {};
      if (!emails.size || !r.id) continue;
      out.push({
        event,
        kind,
        userIds: credited.filter((p) => p.orgId === event.orgId && emails.has(p.email)).map((p) => p.id),
        subject: {
          followUpId: null,
          responseId: r.id,
          touchpoint: r.touchpoint ?? "",
          nps: typeof r.nps === "number" ? r.nps : null,
          comment: r.comment ?? null,
        },
      });
    }
  }
  return out;
}

const EXCERPT = 160;

const NOTIFICATION_COLUMNS = [
  "id",
  "orgId",
  "userId",
  "eventId",
  "kind",
  "followUpId",
  "responseId",
  "touchpoint",
  "nps",
  "excerpt",
  "createdAt",
];
const EMAIL_COLUMNS = [
  "id",
  "orgId",
  "notificationId",
  "to",
  "subject",
  "text",
  "html",
  "attempts",
  "nextAttemptAt",
  "createdAt",
];
type Person = { id: string; orgId: string; email: string; locale: string | null; muted: string | null };
type Org = { id: string; name: string; defaultLocale: string; followUpEscalateHours: number | bigint };

/**
 * Notifications (and their emails) for a batch of events in the caller's transaction: a few reads,
 * then the inserts. Returns how many notifications were added (a (event, person) pair already told
 * adds nothing) and what to do once the transaction commits.
 */
async function notifyIn(tx: SqlTx, events: StoredEvent[]): Promise<{ created: number; after?: () => void }> {
  const found = (await audiences(tx, events)).filter((a) => a.userIds.length);
  if (!found.length) return { created: 0 };
  const people = await tx.$queryRawUnsafe<Person[]>(
    q(`SELECT u."id", u."orgId", u."email", s."locale", s."muted" FROM "User" u
        LEFT JOIN "UserSettings" s ON s."userId" = u."id"
        WHERE u."active" = true AND ${inIds(`u."id"`)}`),
    ids(unique(found.flatMap((a) => a.userIds))),
  );
  const email = mailConfigured();
  const orgs = email
    ? await tx.$queryRawUnsafe<Org[]>(
        q(`SELECT "id", "name", "defaultLocale", "followUpEscalateHours" FROM "Organization" WHERE ${inIds(`"id"`)}`),
        ids(unique(found.map((a) => a.event.orgId))),
      )
    : [];
  const person = new Map(people.map((p) => [p.id, p]));
  const orgById = new Map(orgs.map((o) => [o.id, o]));
  const notifications: unknown[][] = [];
  const emails = new Map<string, unknown[]>(); // by notification id
  const now = new Date();
  for (const { event, kind, userIds, subject: s } of found) {
    const excerpt = s.comment ? (s.comment.length > EXCERPT ? `${s.comment.slice(0, EXCERPT - 1)}…` : s.comment) : null;
    for (const id of unique(userIds)) {
      const p = person.get(id);
      if (!p || p.orgId !== event.orgId || mutedKinds(p.muted).has(kind)) continue;
      const notificationId = orderedRowId();
      notifications.push([
        notificationId,
        event.orgId,
        p.id,
        event.id,
        kind,
        s.followUpId,
        s.responseId,
        s.touchpoint,
        s.nps,
        excerpt,
        event.createdAt,
      ]);
      const org = orgById.get(event.orgId);
      if (!email || !org) continue;
      const locale: Locale = isLocale(p.locale) ? p.locale : isLocale(org.defaultLocale) ? org.defaultLocale : "en";
      const content = renderEmail({
        kind,
        locale,
        org: org.name,
        touchpoint: s.touchpoint,
        nps: s.nps,
        comment: s.comment,
        hours: Number(org.followUpEscalateHours),
        followUpId: s.followUpId,
        responseId: s.responseId,
      });
      emails.set(notificationId, [
        orderedRowId(),
        event.orgId,
        notificationId,
        p.email,
        content.subject,
        content.text,
        content.html,
        0,
        now,
        now,
      ]);
    }
  }
  if (!notifications.length) return { created: 0 };
  // A notification and its email are written together. Another delivery of the same event that
  // got there first wins the unique (event, person); ours then adds nothing.
  const inserted = await insertRows<{ id: string }>(
    tx,
    "Notification",
    NOTIFICATION_COLUMNS,
    notifications,
    `ON CONFLICT ("eventId", "userId") DO NOTHING RETURNING "id"`,
  );
  const mail = inserted.flatMap((r) => (emails.has(r.id) ? [emails.get(r.id)!] : []));
  await insertRows(tx, "EmailOutbox", EMAIL_COLUMNS, mail);
  return { created: inserted.length, after: mail.length ? wakeMailer : undefined };
}

/** Notifications for a batch of events, in a transaction of their own; returns how many were added. */
export async function notifyForEvents(events: StoredEvent[]): Promise<number> {
  const { created, after } = await rawTransaction((tx) => notifyIn(tx, events));
  after?.();
  return created;
}

export function notifyForEvent(event: StoredEvent): Promise<number> {
  return notifyForEvents([event]);
}

export const notificationsConsumer: Consumer = {
  name: "notifications",
  handle: (event) => notifyForEvent(event).then(() => undefined),
  handleMany: (events) => notifyForEvents(events).then(() => undefined),
  inTransaction: async (tx, events) => (await notifyIn(tx, events)).after,
};
