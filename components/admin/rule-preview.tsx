"use client";
import { useState, useTransition } from "react";
import { ScriptForm } from "@/components/ui/form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select, type Option } from "@/components/ui/select";
import type { CreditPreview } from "@/lib/attribution/preview";
import type { ActionResult } from "@/lib/admin/result";

type Preview = { credits: CreditPreview[]; timeZone: string };

/** "An interaction at <touchpoint> at <time> would credit: …", from the rules as saved now. */
export function RulePreview({
  touchpoints,
  preview,
}: {
  touchpoints: Option[];
  preview: (v: { touchpointId: string; time: string; tags: string }) => Promise<ActionResult<Preview>>;
}) {
  const [touchpointId, setTouchpointId] = useState(touchpoints[0]?.value ?? "");
  const [time, setTime] = useState("10:00");
  const [tags, setTags] = useState("");
  const [result, setResult] = useState<ActionResult<Preview> | null>(null);
  const [asked, setAsked] = useState<{ tp: string; time: string } | null>(null);
  const [pending, start] = useTransition();
  const errors = result && !result.ok ? result.fieldErrors : {};
  return (
    <Card>
      <h2 className="text-lg font-semibold">Preview</h2>
      <p className="mb-3 text-sm text-ink-soft">See who an interaction would credit under the rules saved now.</p>
      <ScriptForm
        className="grid gap-3 sm:grid-cols-[2fr_1fr_1.5fr_auto] sm:items-end"
        onSubmit={(e) => {
          e.preventDefault();
          start(async () => {
            setResult(await preview({ touchpointId, time, tags }));
            setAsked({ tp: touchpoints.find((t) => t.value === touchpointId)?.label ?? "", time });
          });
        }}
      >
        <Field label="An interaction at" error={errors.touchpointId}>
          <Select
            options={touchpoints}
            value={touchpointId}
            onChange={(e) => setTouchpointId(e.target.value)}
            placeholder={touchpoints.length ? undefined : "No touchpoints yet"}
          />
        </Field>
        <Field label="At" error={errors.time}>
          <Input type="time" value={time} onChange={(e) => setTime(e.target.value)} />
        </Field>
        <Field label="Tags (optional)" error={errors.tags}>
          <Input
            value={tags}
            onChange={(e) => setTags(e.target.value)}
            placeholder="cakes, coffee"
            autoCapitalize="none"
          />
        </Field>
        <Button type="submit" variant="secondary" loading={pending}>
          Preview
        </Button>
      </ScriptForm>
      <div aria-live="polite" className="mt-4">
        {result && !result.ok && result.formError && <p className="text-sm font-medium text-bad">{result.formError}</p>}
        {result?.ok && asked && (
          <div data-testid="rule-preview" className="rounded-lg bg-sunken p-3">
            <p className="font-medium">
              An interaction at {asked.tp} at {asked.time} ({result.data.timeZone}) would credit:
            </p>
            {result.data.credits.length === 0 ? (
              <p className="mt-1 text-ink-soft">
                nobody through rules. Only the people a staff member or the API names would be credited.
              </p>
            ) : (
              <ul className="mt-2 space-y-1">
                {result.data.credits.map((c) => (
                  <li key={c.userId} className="flex flex-wrap items-baseline justify-between gap-x-3">
                    <span>
                      <span className="font-medium">{c.name}</span>
                      {c.teamName && <span className="text-ink-faint"> · {c.teamName}</span>}
                    </span>
                    <span className="text-sm text-ink-soft tabular-nums">
                      {c.role === "backoffice" ? "back-office" : "frontline"} · weight {c.weight}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </Card>
  );
}
