// One follow-up case: the answer that opened it, who it credits, the notes and the actions.
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ScoreChips } from "@/components/feed/score-chips";
import { absoluteTime, duration, relativeTime } from "@/lib/feed/format";
import type { FollowUpCase } from "@/lib/followups/case";
import { assignAction, noteAction, reopenAction, resolveAction } from "@/app/(app)/admin/follow-ups/actions";
import { CaseActions } from "./case-actions";
import { StatusBadge } from "./status-badge";

export function CaseView({ c, timeZone, escalateHours }: { c: FollowUpCase; timeZone: string; escalateHours: number }) {
  const now = new Date();
  const r = c.response;
  return (
    <div className="space-y-4">
      <PageHeader
        back={{ href: "/admin/follow-ups", label: "Follow-ups" }}
        title={`Follow-up: ${r.interaction.touchpoint.name}`}
        description={
          <>
            Opened {relativeTime(c.openedAt, now)} ({absoluteTime(c.openedAt, timeZone)}) ·{" "}
            <StatusBadge status={c.status} escalatedAt={c.escalatedAt} />
          </>
        }
      />
      {c.status === "resolved" && c.resolvedAt && (
        <p className="rounded-lg bg-good-soft px-4 py-3 text-good" data-testid="resolved-in">
          Resolved in {duration(c.resolvedAt.getTime() - c.openedAt.getTime())}.
        </p>
      )}
      {c.status === "open" && c.escalatedAt && (
        <p className="rounded-lg bg-bad-soft px-4 py-3 text-bad">
          Escalated: open for more than {escalateHours} hours.
        </p>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <Card>
          <CardTitle>The answer</CardTitle>
          <ScoreChips nps={r.nps} csat={r.csat} ces={r.ces} />
          {r.comment ? (
            <blockquote className="mt-3 border-l-4 border-line-strong pl-3 break-words whitespace-pre-line">
              {r.comment}
            </blockquote>
          ) : (
            <p className="mt-3 text-ink-soft">No comment.</p>
          )}
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="text-ink-faint">Answered</dt>
            <dd>{absoluteTime(r.answeredAt, timeZone)}</dd>
            <dt className="text-ink-faint">Touchpoint</dt>
            <dd>{r.interaction.touchpoint.name}</dd>
            <dt className="text-ink-faint">Reference</dt>
            <dd className="break-all">{r.interaction.ref}</dd>
            <dt className="text-ink-faint">Language</dt>
            <dd>{r.locale}</dd>
          </dl>
          <h3 className="mt-4 text-sm font-semibold">Credited</h3>
          <ul className="mt-1 text-sm">
            {r.interaction.contributions.map((x, i) => (
              <li key={i}>
                {x.user.name} · {x.role === "backoffice" ? "back-office" : "frontline"}
                {x.weight !== 1 && ` · weight ${x.weight}`}
              </li>
            ))}
          </ul>
        </Card>
        <Card>
          <CardTitle>Act on it</CardTitle>
          <CaseActions
            followUpId={c.id}
            status={c.status}
            assigneeId={c.assigneeId}
            assignees={c.assignees}
            actions={{ assign: assignAction, note: noteAction, resolve: resolveAction, reopen: reopenAction }}
          />
        </Card>
      </div>
      <Card>
        <CardTitle>Notes</CardTitle>
        {c.notes.length === 0 ? (
          <p className="text-ink-soft">No notes yet.</p>
        ) : (
          <ol className="space-y-3">
            {c.notes.map((n) => (
              <li key={n.id} className="border-l-4 border-line pl-3">
                <p className="break-words whitespace-pre-line">{n.body}</p>
                <p className="text-sm text-ink-faint">
                  {n.author.name} · {absoluteTime(n.createdAt, timeZone)}
                </p>
              </li>
            ))}
          </ol>
        )}
      </Card>
    </div>
  );
}
