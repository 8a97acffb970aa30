// The follow-up queue: state tabs, an assignee filter and the cases, oldest open first.
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonLink } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { absoluteTime, relativeTime } from "@/lib/feed/format";
import type { listFollowUps } from "@/lib/followups/queue";
import { FOLLOW_UP_STATUSES, type QueueFilter } from "@/lib/followups/schema";
import { StatusBadge } from "./status-badge";

type Props = {
  queue: Awaited<ReturnType<typeof listFollowUps>>;
  filter: QueueFilter;
  assignees: { id: string; name: string }[];
  timeZone: string;
  escalateHours: number;
};

const LABEL: Record<string, string> = { open: "Open", escalated: "Escalated", resolved: "Resolved", all: "All" };

export function FollowUpQueue({ queue, filter, assignees, timeZone, escalateHours }: Props) {
  const now = new Date();
  const qs = (over: Partial<QueueFilter>) => {
    const p = new URLSearchParams();
    const f = { ...filter, cursor: undefined, ...over };
    if (f.status) p.set("status", f.status);
    if (f.assignee) p.set("assignee", f.assignee);
    if (f.cursor) p.set("cursor", f.cursor);
    return `/admin/follow-ups?${p}`;
  };
  return (
    <div className="space-y-4">
      <PageHeader
        title="Follow-ups"
        description={`Every NPS 0–6 answer opens a case, routed to the managers of the people credited (else the touchpoint's manager, else the admins), who are notified. Reach out, log what you did, resolve. Cases still open after ${escalateHours} h escalate and the admins are told.`}
      />
      <nav aria-label="Case state" className="flex flex-wrap gap-1">
        {FOLLOW_UP_STATUSES.map((s) => (
          <Link
            key={s}
            href={qs({ status: s })}
            aria-current={filter.status === s ? "page" : undefined}
            className={cn(
              "flex min-h-10 items-center rounded-lg px-3 text-sm no-underline",
              filter.status === s
                ? "bg-brand text-white"
                : "bg-surface text-ink-soft border border-line hover:bg-sunken",
            )}
          >
            {LABEL[s]}
          </Link>
        ))}
      </nav>
      <form method="get" action="/admin/follow-ups" className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="status" value={filter.status} />
        <label className="text-sm font-medium">
          Assignee
          <select
            name="assignee"
            defaultValue={filter.assignee ?? ""}
            className="mt-1 block min-h-10 rounded-lg border border-line-strong bg-surface px-3"
          >
            <option value="">Anyone</option>
            <option value="me">Me</option>
            <option value="none">Unassigned</option>
            {assignees.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="min-h-10 rounded-lg border border-line-strong bg-surface px-3 text-sm font-medium hover:bg-sunken"
        >
          Filter
        </button>
      </form>
      {queue.items.length === 0 ? (
        <EmptyState title="No cases here">
          Nothing matches these filters. Detractor answers open cases as they arrive.
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {queue.items.map((f) => (
            <li key={f.id} data-testid="followup-item">
              <Link
                href={`/admin/follow-ups/${f.id}`}
                className="block rounded-[var(--radius-card)] border border-line bg-surface p-4 text-ink no-underline shadow-[var(--shadow-card)] hover:border-line-strong"
              >
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="flex items-center gap-2">
                    <StatusBadge status={f.status} escalatedAt={f.escalatedAt} />
                    <span className="font-semibold tabular-nums">NPS {f.nps ?? "—"}</span>
                    <span className="text-ink-soft">· {f.touchpoint}</span>
                  </span>
                  <span className="text-sm text-ink-faint" title={absoluteTime(f.openedAt, timeZone)}>
                    opened {relativeTime(f.openedAt, now)}
                  </span>
                </div>
                {f.comment && <p className="mt-2 line-clamp-2 break-words text-ink">{f.comment}</p>}
                <p className="mt-2 text-sm text-ink-soft">
                  Credited: {f.credited.join(", ") || "nobody"} ·{" "}
                  {f.assignee ? `assigned to ${f.assignee}` : "unassigned"}
                </p>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {queue.nextCursor && (
        <ButtonLink variant="secondary" href={qs({ cursor: queue.nextCursor })}>
          More cases
        </ButtonLink>
      )}
    </div>
  );
}
