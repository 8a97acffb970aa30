"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { ScriptForm } from "@/components/ui/form";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Flash } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/admin/result";
import { EVENT_TYPES } from "@/lib/events/types";
import { endpointInputSchema, EVENT_LABELS } from "@/lib/webhooks/endpoint-schema";
import { SecretOnce } from "./secret-once";
import { useActionForm } from "./use-action-form";

type Values = z.input<typeof endpointInputSchema>;
type Created = { id: string; url: string; secret: string };

export function WebhookForm({ create }: { create: (v: Values) => Promise<ActionResult<Created>> }) {
  const router = useRouter();
  const [created, setCreated] = useState<Created | null>(null);
  const form = useForm<Values, unknown, z.output<typeof endpointInputSchema>>({
    resolver: zodResolver(endpointInputSchema),
    defaultValues: { url: "", events: [] },
  });
  const { run, formError } = useActionForm(form.setError);
  const { errors, isSubmitting } = form.formState;

  return (
    <Card className="space-y-4">
      <h2 className="text-lg font-semibold">Add an endpoint</h2>
      {created && (
        <SecretOnce
          title="Webhook added"
          secret={created.secret}
          note="This is the endpoint's signing secret. Copy it now: it is shown only once. Check every delivery's Ensemble-Signature with it (docs/events.md)."
        />
      )}
      <ScriptForm
        noValidate
        className="space-y-4"
        onSubmit={form.handleSubmit(async (values) => {
          const r = await run(() => create(values));
          if (r?.ok) {
            setCreated(r.data);
            form.reset({ url: "", events: [] });
            router.refresh();
          }
        })}
      >
        {formError && <Flash tone="bad">{formError}</Flash>}
        <Field
          label="URL"
          error={errors.url?.message}
          hint="Where Ensemble POSTs each event, like https://example.com/hooks/ensemble."
        >
          <Input type="url" inputMode="url" autoComplete="off" spellCheck={false} {...form.register("url")} />
        </Field>
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium">Events</legend>
          <p className="text-sm text-ink-faint">Leave all unticked to receive every event.</p>
          <div className="grid gap-x-6 sm:grid-cols-2">
            {EVENT_TYPES.map((t) => (
              <label key={t} className="flex min-h-11 items-center gap-2">
                <input type="checkbox" value={t} className="size-5 accent-brand" {...form.register("events")} />
                <span>
                  {EVENT_LABELS[t]} <code className="font-mono text-xs text-ink-faint">{t}</code>
                </span>
              </label>
            ))}
          </div>
          {errors.events && (
            <p className="text-sm font-medium text-bad">Events: {errors.events.message ?? "pick from the list"}</p>
          )}
        </fieldset>
        <Button type="submit" loading={isSubmitting}>
          Add endpoint
        </Button>
      </ScriptForm>
    </Card>
  );
}
