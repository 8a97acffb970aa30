"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { ScriptForm } from "@/components/ui/form";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Card } from "@/components/ui/card";
import { CheckboxField, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Flash } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/admin/result";
import { orgSettingsSchema } from "@/lib/admin/settings-schema";
import { LOCALES } from "@/lib/orgs/schema";
import { FormActions } from "./form-actions";
import { useActionForm } from "./use-action-form";

type Values = z.input<typeof orgSettingsSchema>;
const LOCALE_NAMES: Record<string, string> = {
  en: "English",
  ja: "日本語 (Japanese)",
  de: "Deutsch (German)",
  ru: "Русский (Russian)",
  fi: "Suomi (Finnish)",
};

export function SettingsForm({
  initial,
  slug,
  save,
}: {
  initial: Values;
  slug: string;
  save: (v: Values) => Promise<ActionResult<undefined>>;
}) {
  const form = useForm<Values, unknown, z.output<typeof orgSettingsSchema>>({
    resolver: zodResolver(orgSettingsSchema),
    defaultValues: initial,
  });
  const { run, formError } = useActionForm(form.setError);
  const { errors, isSubmitting } = form.formState;
  return (
    <ScriptForm noValidate onSubmit={form.handleSubmit(() => run(() => save(form.getValues())))} className="space-y-5">
      {formError && <Flash tone="bad">{formError}</Flash>}
      <Card className="space-y-4">
        <h2 className="text-lg font-semibold">Organization</h2>
        <Field label="Name" error={errors.name?.message}>
          <Input {...form.register("name")} />
        </Field>
        <Field label="Slug" hint="Part of every poster QR code, so it can't change.">
          <Input value={slug} readOnly disabled />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Time zone" error={errors.timeZone?.message} hint="Days, weeks and rule windows use this zone.">
            <Input {...form.register("timeZone")} list="time-zones" autoComplete="off" />
          </Field>
          <Field
            label="Default language"
            error={errors.defaultLocale?.message}
            hint="Used when a customer's browser asks for none we have."
          >
            <Select
              options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
              {...form.register("defaultLocale")}
            />
          </Field>
        </div>
        <datalist id="time-zones">
          {Intl.supportedValuesOf?.("timeZone").map((tz) => (
            <option key={tz} value={tz} />
          ))}
        </datalist>
      </Card>
      <Card className="space-y-4">
        <h2 className="text-lg font-semibold">Surveys and follow-ups</h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label="Survey links last (days)"
            error={errors.linkTtlDays?.message}
            hint="After this a link shows “this survey has closed”."
          >
            <Input type="number" inputMode="numeric" min={1} max={365} {...form.register("linkTtlDays")} />
          </Field>
          <Field
            label="Escalate follow-ups after (hours)"
            error={errors.followUpEscalateHours?.message}
            hint="Cases still open this long escalate, and the admins and the assignee are told."
          >
            <Input type="number" inputMode="numeric" min={1} max={2160} {...form.register("followUpEscalateHours")} />
          </Field>
        </div>
        <CheckboxField
          label="Show colleagues' scores to staff"
          hint="Off: each person sees only their own scores and their colleagues' names."
          error={errors.showColleagueScores?.message}
        >
          <input type="checkbox" {...form.register("showColleagueScores")} />
        </CheckboxField>
      </Card>
      <Card className="space-y-4">
        <h2 className="text-lg font-semibold">Fairness and privacy</h2>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field
            label="Leave a customer alone for (days)"
            error={errors.customerQuietDays?.message}
            hint="After a survey, the same customer key gets no new link for this long. 0: always ask."
          >
            <Input type="number" inputMode="numeric" min={0} max={365} {...form.register("customerQuietDays")} />
          </Field>
          <Field
            label="A check-in lasts (hours)"
            error={errors.shiftHours?.message}
            hint="Someone who forgets to check out stops being credited after this."
          >
            <Input type="number" inputMode="numeric" min={1} max={24} {...form.register("shiftHours")} />
          </Field>
          <Field
            label="Delete comments after (days)"
            error={errors.commentRetentionDays?.message}
            hint="Empty keeps comments. Scores stay; only the words go, when the daily retention job runs."
          >
            <Input
              type="number"
              inputMode="numeric"
              min={7}
              max={3650}
              placeholder="keep"
              {...form.register("commentRetentionDays")}
            />
          </Field>
        </div>
      </Card>
      <FormActions saving={isSubmitting} label="Save settings" />
    </ScriptForm>
  );
}
