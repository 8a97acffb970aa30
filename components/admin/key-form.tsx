"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { ScriptForm } from "@/components/ui/form";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select, type Option } from "@/components/ui/select";
import { Flash } from "@/components/ui/toast";
import { keySchema } from "@/lib/admin/key-schema";
import type { ActionResult } from "@/lib/admin/result";
import { SecretOnce } from "./secret-once";
import { useActionForm } from "./use-action-form";

type Values = z.input<typeof keySchema>;
type Created = { id: string; key: string; scope: "api" | "kiosk" };

export function KeyForm({
  touchpoints,
  baseUrl,
  create,
}: {
  touchpoints: Option[];
  baseUrl: string;
  create: (v: Values) => Promise<ActionResult<Created>>;
}) {
  const router = useRouter();
  const [created, setCreated] = useState<Created | null>(null);
  const form = useForm<Values, unknown, z.output<typeof keySchema>>({
    resolver: zodResolver(keySchema),
    defaultValues: { name: "", scope: "api", touchpointId: "" },
  });
  const scope = useWatch({ control: form.control, name: "scope" });
  const { run, formError } = useActionForm(form.setError);
  const { errors, isSubmitting } = form.formState;

  return (
    <Card className="space-y-4">
      <h2 className="text-lg font-semibold">Create a key</h2>
      {created && (
        <SecretOnce
          title={created.scope === "kiosk" ? "Kiosk key created" : "API key created"}
          secret={created.key}
          note="Copy it now: it is shown only once. We keep only a fingerprint of it."
          extra={
            created.scope === "kiosk" ? (
              <p className="mt-3 text-sm text-ink-soft">
                Open this on the tablet:{" "}
                <code data-testid="kiosk-url" className="font-mono break-all text-ink">
                  {`${baseUrl}/kiosk#key=${created.key}`}
                </code>
              </p>
            ) : (
              <p className="mt-3 text-sm text-ink-soft">
                Send it as <code className="font-mono">Authorization: Bearer …</code> to{" "}
                <code className="font-mono">/api/v1</code>.
              </p>
            )
          }
        />
      )}
      <ScriptForm
        noValidate
        className="space-y-4"
        onSubmit={form.handleSubmit(async () => {
          const r = await run(() => create(form.getValues()));
          if (r?.ok) {
            setCreated(r.data);
            form.reset({ name: "", scope: form.getValues("scope"), touchpointId: "" });
            router.refresh();
          }
        })}
      >
        {formError && <Flash tone="bad">{formError}</Flash>}
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Kind of key</legend>
          <div className="flex flex-wrap gap-x-6 gap-y-1">
            <label className="flex min-h-11 items-center gap-2">
              <input type="radio" value="api" className="size-5 accent-brand" {...form.register("scope")} /> API key
              (POS, other systems)
            </label>
            <label className="flex min-h-11 items-center gap-2">
              <input type="radio" value="kiosk" className="size-5 accent-brand" {...form.register("scope")} /> Kiosk
              device (one touchpoint)
            </label>
          </div>
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label="Name"
            error={errors.name?.message}
            hint={scope === "kiosk" ? "Like “Counter tablet”." : "Like “Till system”."}
          >
            <Input autoComplete="off" {...form.register("name")} />
          </Field>
          {scope === "kiosk" && (
            <Field label="Touchpoint" error={errors.touchpointId?.message}>
              <Select options={touchpoints} placeholder="Choose a touchpoint" {...form.register("touchpointId")} />
            </Field>
          )}
        </div>
        <Button type="submit" loading={isSubmitting}>
          Create key
        </Button>
      </ScriptForm>
    </Card>
  );
}
