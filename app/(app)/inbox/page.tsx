import type { Metadata } from "next";
import { InboxView } from "@/components/notifications/inbox-view";
import { guardPage } from "@/lib/auth/page-guard";
import { listInbox, unreadCount } from "@/lib/notifications/inbox";

export const metadata: Metadata = { title: "Inbox" };

type Search = Promise<{ show?: string; cursor?: string }>;

// Whose inbox is decided by the session alone.
export default async function InboxPage({ searchParams }: { searchParams: Search }) {
  const actor = await guardPage(["admin", "manager", "staff"], "/inbox");
  const sp = await searchParams;
  const unreadOnly = sp.show === "unread";
  const cursor = typeof sp.cursor === "string" ? sp.cursor.slice(0, 64) : null;
  const [page, unread] = await Promise.all([listInbox(actor, { cursor, unreadOnly }), unreadCount(actor)]);
  return <InboxView page={page} unread={unread} unreadOnly={unreadOnly} cursor={cursor} now={new Date()} />;
}
