"use client";
// On a flag's page: exclude its answers from every score or count them again, and dismiss the
// flag. Each asks for a reason, which goes to the audit log.
import { useActionState } from "react";
import type { FlagActionState } from "@/app/(app)/admin/flags/actions";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { controlClass } from "@/components/ui/input";
import { Flash } from "@/components/ui/toast";

type Action = (s: FlagActionState, f: FormData) => Promise<FlagActionState>;

function Reason({ id, label }: { id: string; label: string }) {
  return (
    <>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea id={id} name="reason" required minLength={3} maxLength={500} rows={2} className={controlClass} />
      <p className="text-xs text-ink-faint">3 to 500 characters; kept in the audit log.</p>
    </>
  );
}

export function ExclusionForm({
  flagId,
  counted,
  excluded,
  action,
}: {
  flagId: string;
  counted: number;
  excluded: number;
  action: Action;
}) {
  const [state, submit, pending] = useActionState(action, {});
  return (
    <Card>
      <CardTitle>Scores</CardTitle>
      <p className="mt-1 text-sm text-ink-soft">
        {counted} of these answers count in scores, {excluded} are excluded. Excluded answers stay stored and can be
        counted again at any time.
      </p>
      <form action={submit} className="mt-3 space-y-2">
        <input type="hidden" name="flagId" value={flagId} />
        <Reason id="exclusion-reason" label="Why (for the audit log)" />
        {state.error && <Flash tone="bad">{state.error}</Flash>}
        {state.message && <Flash tone="good">{state.message}</Flash>}
        <div className="flex flex-wrap gap-2">
          {counted > 0 && (
            <Button type="submit" name="action" value="exclude" variant="danger" loading={pending}>
              Exclude {counted} answer{counted === 1 ? "" : "s"} from scores
            </Button>
          )}
          {excluded > 0 && (
            <Button type="submit" name="action" value="include" variant="secondary" loading={pending}>
              Include {excluded} answer{excluded === 1 ? "" : "s"} again
            </Button>
          )}
        </div>
      </form>
    </Card>
  );
}

export function DismissForm({ flagId, action }: { flagId: string; action: Action }) {
  const [state, submit, pending] = useActionState(action, {});
  return (
    <Card>
      <CardTitle>Nothing wrong?</CardTitle>
      <p className="mt-1 text-sm text-ink-soft">Dismissing moves the flag to Dismissed; it is not raised again.</p>
      <form action={submit} className="mt-3 space-y-2">
        <input type="hidden" name="flagId" value={flagId} />
        <Reason id="dismiss-reason" label="What you found" />
        {state.error && <Flash tone="bad">{state.error}</Flash>}
        {state.message && <Flash tone="good">{state.message}</Flash>}
        <Button type="submit" variant="secondary" loading={pending}>
          Dismiss flag
        </Button>
      </form>
    </Card>
  );
}
