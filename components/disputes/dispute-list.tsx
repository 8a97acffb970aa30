"use client";
// Open disputes first, each with the answer it is about, the person's reason and two buttons.
import { useActionState } from "react";
import type { DecisionState } from "@/app/(app)/team/disputes/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Flash } from "@/components/ui/toast";
import { controlClass } from "@/components/ui/input";
import type { DisputeRow } from "@/lib/disputes/disputes";

type Action = (s: DecisionState, f: FormData) => Promise<DecisionState>;

function Decide({ row, action }: { row: DisputeRow; action: Action }) {
  const [state, submit, pending] = useActionState(action, {});
  return (
    <form action={submit} className="mt-3 space-y-2">
      <input type="hidden" name="disputeId" value={row.id} />
      <label htmlFor={`note-${row.id}`} className="block text-sm font-medium">
        Note for the log (optional)
      </label>
      <input id={`note-${row.id}`} name="note" maxLength={500} className={controlClass} />
      {state.error && <Flash tone="bad">{state.error}</Flash>}
      {state.message && <Flash tone="good">{state.message}</Flash>}
      <div className="flex gap-2">
        <Button type="submit" name="decision" value="accept" loading={pending} className="flex-1">
          Accept
        </Button>
        <Button type="submit" name="decision" value="reject" variant="secondary" loading={pending} className="flex-1">
          Reject
        </Button>
      </div>
    </form>
  );
}

export function DisputeList({ rows, action }: { rows: DisputeRow[]; action: Action }) {
  if (rows.length === 0)
    return (
      <EmptyState title="No disputes">
        When someone says a credited answer wasn&apos;t theirs, it shows here.
      </EmptyState>
    );
  return (
    <ul className="space-y-3">
      {rows.map((r) => (
        <li key={r.id}>
          <Card data-testid="dispute">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p className="font-semibold">{r.person}</p>
              <Badge tone={r.status === "open" ? "warn" : r.status === "accepted" ? "good" : "neutral"}>
                {r.status}
              </Badge>
            </div>
            <p className="mt-1 text-sm text-ink-soft">
              {r.answer.touchpoint} ·{" "}
              {new Date(r.answer.answeredAt).toLocaleDateString("en-GB", { dateStyle: "medium" })}
              {r.answer.nps !== null && <> · NPS {r.answer.nps}/10</>}
              {r.answer.csat !== null && <> · CSAT {r.answer.csat}/5</>}
            </p>
            <blockquote className="mt-2 border-l-4 border-line-strong pl-3 break-words whitespace-pre-line">
              {r.reason}
            </blockquote>
            {r.status === "open" ? (
              <Decide row={r} action={action} />
            ) : (
              r.decisionNote && <p className="mt-2 text-sm text-ink-faint">Note: {r.decisionNote}</p>
            )}
          </Card>
        </li>
      ))}
    </ul>
  );
}
