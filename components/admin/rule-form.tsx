"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { ScriptForm } from "@/components/ui/form";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { Card } from "@/components/ui/card";
import { CheckboxField, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select, type Option } from "@/components/ui/select";
import { Flash } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/admin/result";
import { ruleSchema } from "@/lib/admin/rule-schema";
import { FormActions } from "./form-actions";
import { KIND_OPTIONS } from "./staff-form";
import { useActionForm } from "./use-action-form";

type Values = z.input<typeof ruleSchema>;
export type RuleChoices = { teams: Option[]; people: Option[]; touchpoints: Option[] };

export const EMPTY_RULE: Values = {
  subject: "team",
  teamId: "",
  userId: "",
  touchpointId: "",
  role: "backoffice",
  weight: 1,
  windowStart: "",
  windowEnd: "",
  tag: "",
  active: true,
};

export function RuleForm({
  choices,
  initial,
  save,
}: {
  choices: RuleChoices;
  initial?: Values;
  save: (v: Values) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const form = useForm<Values, unknown, z.output<typeof ruleSchema>>({
    resolver: zodResolver(ruleSchema),
    defaultValues: initial ?? EMPTY_RULE,
  });
  const subject = useWatch({ control: form.control, name: "subject" });
  const { run, formError } = useActionForm(form.setError);
  const { errors, isSubmitting } = form.formState;
  return (
    <ScriptForm
      noValidate
      className="space-y-5"
      onSubmit={form.handleSubmit(async () => {
        const r = await run(() => save(form.getValues()));
        if (r?.ok) router.push("/admin/rules");
      })}
    >
      {formError && <Flash tone="bad">{formError}</Flash>}
      <Card className="space-y-4">
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium">Who contributes</legend>
          <div className="flex flex-wrap gap-x-6">
            <label className="flex min-h-11 items-center gap-2">
              <input type="radio" value="team" className="size-5 accent-brand" {...form.register("subject")} /> A whole
              team
            </label>
            <label className="flex min-h-11 items-center gap-2">
              <input type="radio" value="user" className="size-5 accent-brand" {...form.register("subject")} /> One
              person
            </label>
          </div>
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          {subject === "team" ? (
            <Field
              label="Team"
              error={errors.teamId?.message}
              hint="Everyone active in the team when the interaction happens."
            >
              <Select options={choices.teams} placeholder="Choose a team" {...form.register("teamId")} />
            </Field>
          ) : (
            <Field label="Person" error={errors.userId?.message}>
              <Select options={choices.people} placeholder="Choose a person" {...form.register("userId")} />
            </Field>
          )}
          <Field label="At touchpoint" error={errors.touchpointId?.message}>
            <Select options={choices.touchpoints} placeholder="Any touchpoint" {...form.register("touchpointId")} />
          </Field>
          <Field label="In the role" error={errors.role?.message}>
            <Select options={KIND_OPTIONS} {...form.register("role")} />
          </Field>
          <Field label="Weight" error={errors.weight?.message} hint="Share of credit, more than 0 and at most 1.">
            <Input type="number" inputMode="decimal" step="0.05" min="0.05" max="1" {...form.register("weight")} />
          </Field>
        </div>
        <fieldset>
          <legend className="text-sm font-medium">Daily window (optional, in the organization&apos;s time zone)</legend>
          <p className="mb-2 text-sm text-ink-faint">
            Like 05:00–14:00 for the morning baking shift. A window may wrap past midnight. Empty: all day.
          </p>
          <div className="grid grid-cols-2 gap-4 sm:max-w-md">
            <Field label="From" error={errors.windowStart?.message}>
              <Input type="time" {...form.register("windowStart")} />
            </Field>
            <Field label="Until" error={errors.windowEnd?.message}>
              <Input type="time" {...form.register("windowEnd")} />
            </Field>
          </div>
        </fieldset>
        <Field
          label="Only for interactions tagged (optional)"
          error={errors.tag?.message}
          hint="A product or service tag the interaction carries, like cakes."
        >
          <Input autoComplete="off" autoCapitalize="none" className="sm:max-w-xs" {...form.register("tag")} />
        </Field>
        <CheckboxField label="Active" error={errors.active?.message}>
          <input type="checkbox" {...form.register("active")} />
        </CheckboxField>
      </Card>
      <FormActions saving={isSubmitting} label={initial ? "Save rule" : "Add rule"} cancelHref="/admin/rules" />
    </ScriptForm>
  );
}
