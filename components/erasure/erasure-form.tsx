"use client";
// Find by customer key or response id, see in counts what will go, tick to confirm, erase.
import { useActionState, useState } from "react";
import type { ErasureState } from "@/app/(app)/admin/erasure/actions";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { controlClass } from "@/components/ui/input";
import { Flash } from "@/components/ui/toast";
import type { ErasureCounts } from "@/lib/erasure/erase";

type Action = (s: ErasureState, f: FormData) => Promise<ErasureState>;

const LABEL = { customer: "Customer key", response: "Response id" } as const;

function Counts({ c }: { c: ErasureCounts }) {
  const rows: [string, number][] = [
    ["Answers", c.responses],
    ["Comments", c.comments],
    ["Follow-up cases", c.followUps],
    ["Case notes", c.notes],
    ["Inbox notifications", c.notifications],
    ["Emails", c.emails],
    ["Events and webhook deliveries", c.events],
    ...(c.interactions ? ([["Interactions losing the customer key", c.interactions]] as [string, number][]) : []),
  ];
  return (
    <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
      {rows.map(([label, n]) => (
        <div key={label} className="contents">
          <dt className="text-ink-soft">{label}</dt>
          <dd className="text-right font-semibold tabular-nums" data-testid={`count-${label}`}>
            {n}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** "customer: no interaction …" → the field's label, so the message names what to fix. */
function fieldMessage(error: string, by: "customer" | "response") {
  const m = /^(customer|response|confirm): (.*)$/.exec(error);
  if (!m) return error;
  const label = m[1] === "confirm" ? "Confirm" : LABEL[m[1] === "response" ? "response" : by];
  return `${label}: ${m[2]}`;
}

export function ErasureForm({ action }: { action: Action }) {
  const [state, submit, pending] = useActionState(action, {});
  const [by, setBy] = useState<"customer" | "response">(state.by ?? "customer");
  const error = state.error ? fieldMessage(state.error, by) : undefined;
  const fieldError = state.error && !state.error.startsWith("confirm:") && !state.preview ? error : undefined;
  return (
    <div className="space-y-4">
      <Card>
        <form action={submit} className="space-y-4">
          <input type="hidden" name="step" value="find" />
          <fieldset>
            <legend className="mb-2 text-sm font-medium">Find by</legend>
            <div className="flex flex-wrap gap-x-6 gap-y-1">
              {(["customer", "response"] as const).map((k) => (
                <label key={k} className="flex min-h-11 cursor-pointer items-center gap-2">
                  <input
                    type="radio"
                    name="by"
                    value={k}
                    checked={by === k}
                    onChange={() => setBy(k)}
                    className="size-5 accent-brand"
                  />
                  {LABEL[k]}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="space-y-1.5">
            <label htmlFor="erase-value" className="block text-sm font-medium">
              {LABEL[by]}
            </label>
            <input
              id="erase-value"
              name="value"
              defaultValue={state.done ? "" : state.value}
              key={state.done ? "done" : "open"}
              required
              maxLength={128}
              autoComplete="off"
              spellCheck={false}
              className={controlClass}
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={fieldError ? "erase-value-err" : "erase-value-hint"}
            />
            <p id="erase-value-hint" className="text-sm text-ink-faint">
              {by === "customer"
                ? "The opaque key your till or CRM sends with interactions (up to 128 characters)."
                : "32 hex digits or a UUID, as in the CSV export."}
            </p>
            {fieldError && (
              <p id="erase-value-err" className="text-sm font-medium text-bad" role="alert">
                {fieldError}
              </p>
            )}
          </div>
          <Button type="submit" variant="secondary" loading={pending}>
            Find what will be erased
          </Button>
        </form>
      </Card>

      {state.preview && (
        <Card data-testid="erasure-preview">
          <CardTitle>This will be erased</CardTitle>
          {state.preview.responses === 0 ? (
            <p className="text-sm text-ink-soft">
              No answers carry this key; erasing removes the key from {state.preview.interactions} interaction(s).
            </p>
          ) : null}
          <Counts c={state.preview} />
          <form action={submit} className="mt-4 space-y-3">
            <input type="hidden" name="step" value="erase" />
            <input type="hidden" name="by" value={state.by} />
            <input type="hidden" name="value" value={state.value} />
            <label className="flex min-h-11 cursor-pointer items-start gap-3">
              <input type="checkbox" name="confirm" value="yes" required className="mt-0.5 size-5 accent-brand" />
              <span>I understand this deletes these answers for good and cannot be undone.</span>
            </label>
            {state.error?.startsWith("confirm:") && <Flash tone="bad">{error}</Flash>}
            <Button type="submit" variant="danger" loading={pending}>
              Erase for good
            </Button>
          </form>
        </Card>
      )}

      {state.done && (
        <Flash tone="good">
          Erased {state.done.responses} answer{state.done.responses === 1 ? "" : "s"} with {state.done.comments} comment
          {state.done.comments === 1 ? "" : "s"} and {state.done.followUps} follow-up case
          {state.done.followUps === 1 ? "" : "s"}. Scores are corrected; the audit log has an entry.
        </Flash>
      )}
    </div>
  );
}
