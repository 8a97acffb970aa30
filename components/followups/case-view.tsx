// One follow-up case: how long it has been open (or took), who it was routed to, the answer that
// opened it, the next step to take, the log of steps taken and the actions.
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ScoreChips } from "@/components/feed/score-chips";
import { absoluteTime, duration, relativeTime } from "@/lib/feed/format";
import type { FollowUpCase } from "@/lib/followups/case";
import { assignAction, noteAction, reopenAction, resolveAction } from "@/app/(app)/admin/follow-ups/actions";
import { CaseActions } from "./case-actions";
import { StatusBadge } from "./status-badge";

const ROUTE_REASON: Record<string, string> = {
  team: "manages a credited person's team",
  touchpoint: "manages this touchpoint",
  admins: "admin: nobody credited has a team manager",
};

const STEP_LABEL: Record<string, string> = { call: "Called back", email: "Emailed", note: "Note" };

function NextStep({ c, escalateHours, now }: { c: FollowUpCase; escalateHours: number; now: Date }) {
  if (c.status === "resolved") return null;
  const reachedOut = c.notes.some((n) => n.kind === "call" || n.kind === "email");
  const dueAt = c.openedAt.getTime() + escalateHours * 3_600_000;
  return (
    <Card className="border-brand/30 bg-brand-soft/40" data-testid="next-step">
      <CardTitle>Next step</CardTitle>
      {reachedOut ? (
        <p>
          You have reached out. When the customer is taken care of, <strong>resolve the case</strong> and say how.
        </p>
      ) : (
        <p>
          <strong>Call the customer back or email them</strong>, then log it below. Look them up by the reference{" "}
          <span className="font-mono break-all">{c.response.interaction.ref}</span> in your till or CRM.
        </p>
      )}
      {!c.escalatedAt && (
        <p className="mt-2 text-sm text-ink-soft">
          {dueAt > now.getTime()
            ? `Escalates to the admins in ${duration(dueAt - now.getTime())} if still open.`
            : "Due to escalate now: the admins will be told within a minute."}
        </p>
      )}
    </Card>
  );
}

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
      {c.status === "resolved" && c.resolvedAt ? (
        <p className="rounded-lg bg-good-soft px-4 py-3 text-good" data-testid="resolved-in">
          Resolved in {duration(c.resolvedAt.getTime() - c.openedAt.getTime())}.
        </p>
      ) : (
        <p
          className={`rounded-lg px-4 py-3 ${c.escalatedAt ? "bg-bad-soft text-bad" : "bg-sunken text-ink"}`}
          data-testid="open-for"
        >
          Open for {duration(now.getTime() - c.openedAt.getTime())}.
          {c.escalatedAt &&
            ` Escalated ${relativeTime(c.escalatedAt, now)}: open for more than ${escalateHours} hours, the admins were told.`}
        </p>
      )}
      <NextStep c={c} escalateHours={escalateHours} now={now} />
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
          {c.callback && (
            <div className="mt-3 rounded-lg border border-brand/30 bg-brand-soft/40 px-3 py-2" data-testid="callback">
              <p className="text-sm font-semibold">The customer asked to be contacted</p>
              {c.callback.contact ? (
                <>
                  <p className="break-all text-base font-medium" data-testid="callback-contact">
                    {c.callback.contact}
                  </p>
                  <p className="text-sm text-ink-soft">Only you see this. It is deleted when the case is resolved.</p>
                </>
              ) : (
                <p className="text-sm text-ink-soft">Only the case&apos;s manager sees their contact details.</p>
              )}
            </div>
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
          {r.interaction.contributions.length === 0 ? (
            <p className="mt-1 text-sm text-ink-soft">Nobody: no rule matched this answer.</p>
          ) : (
            <ul className="mt-1 text-sm">
              {r.interaction.contributions.map((x, i) => (
                <li key={i}>
                  {x.user.name} · {x.role === "backoffice" ? "back-office" : "frontline"}
                  {x.weight !== 1 && ` · weight ${x.weight}`}
                </li>
              ))}
            </ul>
          )}
          <h3 className="mt-4 text-sm font-semibold">Routed to</h3>
          {c.routes.length === 0 ? (
            <p className="mt-1 text-sm text-ink-soft">Nobody yet: admins see every case.</p>
          ) : (
            <ul className="mt-1 text-sm" data-testid="routed-to">
              {c.routes.map((x, i) => (
                <li key={i}>
                  {x.user.name} <span className="text-ink-faint">· {ROUTE_REASON[x.reason] ?? x.reason}</span>
                </li>
              ))}
            </ul>
          )}
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
        <CardTitle>What was done</CardTitle>
        {c.notes.length === 0 ? (
          <p className="text-ink-soft">Nothing logged yet.</p>
        ) : (
          <ol className="space-y-3" data-testid="case-log">
            {c.notes.map((n) => (
              <li key={n.id} className="border-l-4 border-line pl-3">
                <p className="text-sm font-medium">{STEP_LABEL[n.kind ?? "note"] ?? "Note"}</p>
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
