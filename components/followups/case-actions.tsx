"use client";
// Assign, log a step (a call back, an email, a note), resolve: plain forms bound to server actions (they work before hydration too),
// with the result announced inline.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Flash } from "@/components/ui/toast";
import { controlClass } from "@/components/ui/input";
import type { CaseActionState } from "@/app/(app)/admin/follow-ups/actions";

type Action = (s: CaseActionState, f: FormData) => Promise<CaseActionState>;

const STEPS = [
  { value: "call", label: "Called back" },
  { value: "email", label: "Emailed" },
  { value: "note", label: "Note" },
] as const;
type Props = {
  followUpId: string;
  status: string;
  assigneeId: string | null;
  assignees: { id: string; name: string; role: string }[];
  actions: { assign: Action; note: Action; resolve: Action; reopen: Action };
};

function Result({ s }: { s: CaseActionState }) {
  if (s.error)
    return (
      <Flash tone="bad" className="mt-2">
        {s.error}
      </Flash>
    );
  if (s.ok)
    return (
      <Flash tone="good" className="mt-2">
        {s.ok}
      </Flash>
    );
  return null;
}

export function CaseActions({ followUpId, status, assigneeId, assignees, actions }: Props) {
  const [assignState, assign, assigning] = useActionState(actions.assign, {});
  const [noteState, note, noting] = useActionState(actions.note, {});
  const [resolveState, resolve, resolving] = useActionState(
    status === "resolved" ? actions.reopen : actions.resolve,
    {},
  );
  return (
    <div className="space-y-5">
      <form action={assign}>
        <input type="hidden" name="followUpId" value={followUpId} />
        <label htmlFor="assigneeId" className="block text-sm font-medium">
          Assigned to
        </label>
        <div className="mt-1 flex gap-2">
          <select id="assigneeId" name="assigneeId" defaultValue={assigneeId ?? ""} className={controlClass}>
            <option value="">Nobody yet</option>
            {assignees.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.role})
              </option>
            ))}
          </select>
          <Button type="submit" variant="secondary" loading={assigning}>
            Assign
          </Button>
        </div>
        <Result s={assignState} />
      </form>
      <form action={note}>
        <input type="hidden" name="followUpId" value={followUpId} />
        <fieldset>
          <legend className="block text-sm font-medium">Log a step</legend>
          <div className="mt-1 flex flex-wrap gap-2">
            {STEPS.map((s, i) => (
              <label
                key={s.value}
                className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-line px-3 has-[:checked]:border-brand has-[:checked]:bg-brand-soft"
              >
                <input type="radio" name="kind" value={s.value} defaultChecked={i === 0} className="accent-brand" />
                {s.label}
              </label>
            ))}
          </div>
        </fieldset>
        <label htmlFor="note-body" className="mt-3 block text-sm font-medium">
          What happened?
        </label>
        <textarea
          id="note-body"
          name="body"
          required
          maxLength={2000}
          className={`${controlClass} mt-1 min-h-24`}
          placeholder="Reached the customer, apologised, offered…"
        />
        <Button type="submit" variant="secondary" className="mt-2" loading={noting}>
          Log it
        </Button>
        <Result s={noteState} />
      </form>
      <form action={resolve} className="border-t border-line pt-4">
        <input type="hidden" name="followUpId" value={followUpId} />
        {status === "resolved" ? (
          <Button type="submit" variant="secondary" loading={resolving}>
            Reopen case
          </Button>
        ) : (
          <>
            <label htmlFor="resolve-note" className="block text-sm font-medium">
              How was it resolved? (optional)
            </label>
            <textarea id="resolve-note" name="note" maxLength={2000} className={`${controlClass} mt-1 min-h-20`} />
            <Button type="submit" className="mt-2" loading={resolving}>
              Resolve case
            </Button>
          </>
        )}
        <Result s={resolveState} />
      </form>
    </div>
  );
}
