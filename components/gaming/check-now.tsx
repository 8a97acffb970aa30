"use client";
// "Check now": computes the organisation's flags at once instead of waiting for the hourly round.
import { useActionState } from "react";
import type { FlagActionState } from "@/app/(app)/admin/flags/actions";
import { Button } from "@/components/ui/button";
import { Flash } from "@/components/ui/toast";

export function CheckNow({ action }: { action: () => Promise<FlagActionState> }) {
  const [state, submit, pending] = useActionState(action, {});
  return (
    <form action={submit} className="flex flex-col items-start gap-2">
      <Button type="submit" variant="secondary" loading={pending}>
        Check now
      </Button>
      {state.message && <Flash tone="good">{state.message}</Flash>}
      {state.error && <Flash tone="bad">{state.error}</Flash>}
    </form>
  );
}
