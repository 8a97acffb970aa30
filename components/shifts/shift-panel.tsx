"use client";
// "I'm on the counter now": one big button to check in where you are, one to check out.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Flash } from "@/components/ui/toast";
import { controlClass } from "@/components/ui/input";
import type { ShiftState } from "@/app/(app)/shift/actions";
import type { ShiftScreen } from "@/lib/shifts/screen";

type Props = { screen: ShiftScreen; action: (s: ShiftState, f: FormData) => Promise<ShiftState> };

export function ShiftPanel({ screen, action }: Props) {
  const [state, submit, pending] = useActionState(action, {});
  const time = (d: Date) =>
    new Date(d).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: screen.timeZone });
  return (
    <div className="space-y-4">
      {state.message && <Flash tone="good">{state.message}</Flash>}
      {state.error && <Flash tone="bad">{state.error}</Flash>}
      {screen.current ? (
        <Card className="space-y-3" data-testid="on-shift">
          <p className="text-sm font-semibold uppercase tracking-wide text-good">Checked in</p>
          <p className="text-2xl font-bold">{screen.current.touchpoint.name}</p>
          <p className="text-ink-soft">
            Since {time(screen.current.startedAt)}. Answers here that name nobody credit you until you check out, or
            until {time(screen.current.endsAt)} at the latest.
          </p>
          <form action={submit}>
            <input type="hidden" name="intent" value="out" />
            <Button type="submit" variant="secondary" loading={pending} className="min-h-14 w-full text-lg">
              Check out
            </Button>
          </form>
        </Card>
      ) : (
        <Card className="text-ink-soft" data-testid="off-shift">
          You&apos;re not checked in anywhere.
        </Card>
      )}
      {screen.touchpoints.length === 0 ? (
        <Card className="text-ink-soft">An admin needs to add a touchpoint before anyone can check in.</Card>
      ) : (
        <form action={submit} className="space-y-3">
          <label htmlFor="shift-touchpoint" className="block text-sm font-medium">
            {screen.current ? "Move to" : "Where are you working?"}
          </label>
          <select
            id="shift-touchpoint"
            name="touchpoint"
            defaultValue={screen.touchpoints.find((t) => t.slug !== screen.current?.touchpoint.slug)?.slug}
            className={`${controlClass} min-h-12 text-lg`}
          >
            {screen.touchpoints.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name}
              </option>
            ))}
          </select>
          <Button type="submit" loading={pending} className="min-h-14 w-full text-lg">
            I&apos;m here now
          </Button>
          <p className="text-sm text-ink-faint">
            A check-in lasts at most {screen.shiftHours} hours, so a forgotten check-out doesn&apos;t credit you for
            someone else&apos;s shift. Interactions you start yourself always credit you.
          </p>
        </form>
      )}
    </div>
  );
}
