// The inbox: newest first, unread ones marked, each leading straight to the case or the answer.
import Link from "next/link";
import { markAllReadAction, markReadAction } from "@/app/(app)/inbox/actions";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { cn } from "@/components/ui/cn";
import { relativeTime } from "@/lib/feed/format";
import type { InboxItem } from "@/lib/notifications/inbox";
import type { NotificationKind } from "@/lib/notifications/kinds";

type Props = {
  page: { items: InboxItem[]; nextCursor: string | null };
  unread: number;
  unreadOnly: boolean;
  cursor: string | null;
  now: Date;
};

const HEADLINE: Record<NotificationKind, (touchpoint: string) => string> = {
  "followup.opened": (t) => `New follow-up at ${t}`,
  "followup.escalated": (t) => `Escalated: case at ${t} still open`,
  kudos: (t) => `Kudos from a customer at ${t}`,
};

const TONE: Record<NotificationKind, "bad" | "warn" | "good"> = {
  "followup.opened": "warn",
  "followup.escalated": "bad",
  kudos: "good",
};

const TAG: Record<NotificationKind, string> = {
  "followup.opened": "Follow-up",
  "followup.escalated": "Escalated",
  kudos: "Kudos",
};

export function InboxView({ page, unread, unreadOnly, cursor, now }: Props) {
  const tab = (label: string, href: string, active: boolean) => (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={cn(
        "inline-flex min-h-10 items-center rounded-full px-4 text-sm no-underline",
        active ? "bg-brand-soft font-medium text-brand-strong" : "text-ink-soft hover:bg-sunken",
      )}
    >
      {label}
    </Link>
  );
  return (
    <>
      <PageHeader
        title="Inbox"
        description="Cases routed to you, escalations and kudos. Choose what you hear about in your settings."
        actions={
          <>
            {unread > 0 && (
              <form action={markAllReadAction}>
                <Button type="submit" variant="secondary">
                  Mark all read
                </Button>
              </form>
            )}
            <ButtonLink href="/me/settings" variant="ghost">
              Settings
            </ButtonLink>
          </>
        }
      />
      <nav aria-label="Show" className="mb-4 flex gap-1">
        {tab("All", "/inbox", !unreadOnly)}
        {tab(unread ? `Unread (${unread})` : "Unread", "/inbox?show=unread", unreadOnly)}
      </nav>
      {page.items.length === 0 ? (
        <EmptyState title={unreadOnly ? "All caught up" : "Nothing here yet"}>
          {unreadOnly
            ? "You have read everything. New cases, escalations and kudos will show here."
            : "When an unhappy answer is routed to you, a case escalates, or a customer praises you, it shows up here, and by email if your organisation has set it up."}
        </EmptyState>
      ) : (
        <ul className="divide-y divide-line overflow-hidden rounded-[var(--radius-card)] border border-line bg-surface">
          {page.items.map((n) => (
            <li
              key={n.id}
              data-testid="inbox-item"
              data-read={n.read ? "true" : "false"}
              className={cn("flex items-start gap-3 p-4", !n.read && "bg-brand-soft/40")}
            >
              <span
                aria-hidden
                className={cn("mt-2 size-2.5 shrink-0 rounded-full", n.read ? "bg-transparent" : "bg-brand")}
              />
              <div className="min-w-0 flex-1">
                <div className="flex flex-wrap items-center gap-2">
                  <Badge tone={TONE[n.kind]}>{TAG[n.kind]}</Badge>
                  {n.nps !== null && <span className="text-sm text-ink-soft tabular-nums">NPS {n.nps}</span>}
                  <span className="text-sm text-ink-faint">{relativeTime(n.createdAt, now)}</span>
                  {!n.read && <span className="sr-only">(unread)</span>}
                </div>
                <Link href={n.href} className={cn("mt-1 block break-words text-ink", !n.read && "font-semibold")}>
                  {HEADLINE[n.kind](n.touchpoint)}
                </Link>
                {n.excerpt && <p className="mt-1 line-clamp-2 break-words text-ink-soft">“{n.excerpt}”</p>}
              </div>
              {!n.read && (
                <form action={markReadAction} className="shrink-0">
                  <input type="hidden" name="id" value={n.id} />
                  <Button
                    type="submit"
                    variant="ghost"
                    size="sm"
                    aria-label={`Mark read: ${HEADLINE[n.kind](n.touchpoint)}`}
                  >
                    Mark read
                  </Button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      {(page.nextCursor || cursor) && (
        <div className="mt-4 flex justify-between">
          {cursor ? (
            <ButtonLink href={unreadOnly ? "/inbox?show=unread" : "/inbox"} variant="ghost">
              Newest
            </ButtonLink>
          ) : (
            <span />
          )}
          {page.nextCursor && (
            <ButtonLink
              href={`/inbox?${new URLSearchParams({ ...(unreadOnly && { show: "unread" }), cursor: page.nextCursor })}`}
              variant="secondary"
            >
              Older
            </ButtonLink>
          )}
        </div>
      )}
    </>
  );
}
