// A person's inbox: their own notifications, newest first, paged by cursor; the unread count for
// the navigation badge; marking read. Everything is keyed by the signed-in Actor's id, so nobody
// reads or marks another person's notifications.
import "server-only";
import { db } from "../db";
import type { Actor } from "../auth/authorize";
import { isNotificationKind, notificationHref, type NotificationKind } from "./kinds";

type Who = Pick<Actor, "userId">;

export type InboxItem = {
  id: string;
  kind: NotificationKind;
  href: string;
  touchpoint: string;
  nps: number | null;
  excerpt: string | null;
  createdAt: Date;
  read: boolean;
};

const PAGE = 30;

export async function listInbox(actor: Who, opts: { cursor?: string | null; unreadOnly?: boolean } = {}) {
  const rows = await db.notification.findMany({
    where: { userId: actor.userId, ...(opts.unreadOnly && { readAt: null }) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE + 1,
    ...(opts.cursor && { cursor: { id: opts.cursor }, skip: 1 }),
    select: {
      id: true,
      kind: true,
      followUpId: true,
      responseId: true,
      touchpoint: true,
      nps: true,
      excerpt: true,
      createdAt: true,
      readAt: true,
    },
  });
  const items: InboxItem[] = rows.slice(0, PAGE).flatMap((n) =>
    isNotificationKind(n.kind)
      ? [
          {
            id: n.id,
            kind: n.kind,
            href: notificationHref(n),
            touchpoint: n.touchpoint,
            nps: n.nps,
            excerpt: n.excerpt,
            createdAt: n.createdAt,
            read: n.readAt !== null,
          },
        ]
      : [],
  );
  return { items, nextCursor: rows.length > PAGE ? rows[PAGE - 1].id : null };
}

export function unreadCount(actor: Who): Promise<number> {
  return db.notification.count({ where: { userId: actor.userId, readAt: null } });
}

export async function markRead(actor: Who, id: string, now = new Date()): Promise<void> {
  await db.notification.updateMany({ where: { id, userId: actor.userId, readAt: null }, data: { readAt: now } });
}

export async function markAllRead(actor: Who, now = new Date()): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: { userId: actor.userId, readAt: null },
    data: { readAt: now },
  });
  return count;
}

/** Opening a case or a feed item reads the notifications that point at it. */
export async function markReadFor(
  actor: Who,
  target: { followUpId?: string; responseId?: string },
  now = new Date(),
): Promise<void> {
  if (!target.followUpId && !target.responseId) return;
  await db.notification.updateMany({
    where: {
      userId: actor.userId,
      readAt: null,
      ...(target.followUpId ? { followUpId: target.followUpId } : { responseId: target.responseId, followUpId: null }),
    },
    data: { readAt: now },
  });
}
