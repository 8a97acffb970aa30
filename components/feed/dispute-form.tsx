"use client";
// "I wasn't there": a small, tucked-away form on each feed answer. The manager decides.
import { useActionState } from "react";
import type { DisputeState } from "@/app/(app)/me/dispute-actions";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/input";

type Props = { contributionId: string; action: (s: DisputeState, f: FormData) => Promise<DisputeState> };

export function DisputeForm({ contributionId, action }: Props) {
  const [state, submit, pending] = useActionState(action, {});
  if (state.done)
    return (
      <p className="mt-2 text-sm text-ink-soft" role="status">
        Sent to your manager. This answer keeps counting until they accept it.
      </p>
    );
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-ink-soft underline-offset-2 hover:underline">
        Not yours? Dispute this credit
      </summary>
      <form action={submit} className="mt-2 space-y-2">
        <input type="hidden" name="contributionId" value={contributionId} />
        <label htmlFor={`reason-${contributionId}`} className="block font-medium text-ink">
          Why isn&apos;t this yours?
        </label>
        <textarea
          id={`reason-${contributionId}`}
          name="reason"
          required
          minLength={3}
          maxLength={500}
          rows={2}
          placeholder="I wasn't there: I was on the drive-in all morning"
          className={controlClass}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? `reason-err-${contributionId}` : undefined}
        />
        {state.error && (
          <p id={`reason-err-${contributionId}`} className="text-bad">
            {state.error}
          </p>
        )}
        <Button type="submit" variant="secondary" loading={pending}>
          Send to my manager
        </Button>
      </form>
    </details>
  );
}
