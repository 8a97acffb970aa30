// Closing the loop at a glance: open and resolved detractor cases, average resolution time and
// how many escalated, linking to the queue.
import Link from "next/link";
import { Card, CardTitle } from "@/components/ui/card";
import { duration } from "@/lib/feed/format";
import type { FollowUpSummary as Summary } from "@/lib/followups/summary";

export function FollowUpSummary({ s, escalateHours }: { s: Summary; escalateHours: number }) {
  const stats = [
    { label: "Open", value: String(s.open), href: "/admin/follow-ups?status=open", id: "fu-open" },
    { label: "Resolved", value: String(s.resolved), href: "/admin/follow-ups?status=resolved", id: "fu-resolved" },
    {
      label: "Avg. time to resolve",
      value: s.avgResolutionMs === null ? "—" : duration(s.avgResolutionMs),
      id: "fu-avg",
    },
    {
      label: "Escalated",
      value: s.escalationRate === null ? "—" : `${Math.round(s.escalationRate * 100)}%`,
      href: "/admin/follow-ups?status=escalated",
      id: "fu-escalated",
    },
  ];
  return (
    <Card>
      <CardTitle>Detractor follow-ups</CardTitle>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {stats.map((x) => (
          <div key={x.id} className="rounded-lg bg-sunken/60 p-3">
            <dt className="text-sm text-ink-soft">{x.label}</dt>
            <dd className="text-2xl font-bold tabular-nums" data-testid={x.id}>
              {x.href ? (
                <Link href={x.href} className="text-ink no-underline hover:underline">
                  {x.value}
                </Link>
              ) : (
                x.value
              )}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm text-ink-soft">
        Every answer with NPS 6 or lower opens a case (an imported one only if given in the last {escalateHours} h) and
        notifies the managers it is routed to. {s.total} opened in this period; cases still open after {escalateHours} h
        escalate and the admins are told ({s.escalated} so far).{" "}
        <Link href="/admin/follow-ups" className="underline underline-offset-2">
          Open the queue →
        </Link>
      </p>
    </Card>
  );
}
