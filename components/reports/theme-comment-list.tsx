// The comments behind one theme, newest first, as the customer wrote them (React escapes them).
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PERIOD_LABELS, type PeriodKey } from "@/lib/feed/period";
import type { ThemeComments } from "@/lib/reports/theme-comments";

const when = (d: Date) =>
  d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function ThemeCommentList({ data, periodKey }: { data: ThemeComments; periodKey: PeriodKey }) {
  const scope = data.team ? `team ${data.team.name}` : "the organisation";
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <PageHeader
        title={`Comments mentioning “${data.theme}”`}
        description={`${PERIOD_LABELS[periodKey]}, ${scope}, in ${data.locale}: n = ${data.comments.length} ${data.comments.length === 1 ? "comment" : "comments"}.`}
      />
      <p>
        <Link href={data.team ? `/team?team=${data.team.id}&period=${periodKey}` : `/admin?period=${periodKey}`}>
          ← Back to the themes
        </Link>
      </p>
      {data.comments.length === 0 ? (
        <EmptyState title="No comments">No comment in this period mentions this word.</EmptyState>
      ) : (
        <ul className="space-y-2" aria-label="Comments" data-testid="theme-comments">
          {data.comments.map((c) => (
            <li key={c.id}>
              <Card className="p-3 sm:p-4">
                <p lang={data.locale} className="break-words whitespace-pre-line">
                  {c.comment}
                </p>
                <p className="mt-1 text-xs text-ink-soft">
                  {when(c.answeredAt)} · {c.touchpoint}
                  {c.nps !== null && ` · NPS answer ${c.nps}`}
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
