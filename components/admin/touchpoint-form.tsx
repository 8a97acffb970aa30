"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { ScriptForm } from "@/components/ui/form";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Card } from "@/components/ui/card";
import { CheckboxField, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select, type Option } from "@/components/ui/select";
import { Flash } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/admin/result";
import { touchpointSchema } from "@/lib/admin/touchpoint-schema";
import { FormActions } from "./form-actions";
import { useActionForm } from "./use-action-form";

type Values = z.input<typeof touchpointSchema>;

export function TouchpointForm({
  templates,
  managers,
  initial,
  save,
}: {
  templates: Option[];
  managers: Option[];
  initial?: Values;
  save: (v: Values) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const form = useForm<Values, unknown, z.output<typeof touchpointSchema>>({
    resolver: zodResolver(touchpointSchema),
    defaultValues: initial ?? { slug: "", name: "", templateId: "", managerId: "", active: true },
  });
  const { run, formError } = useActionForm(form.setError);
  const { errors, isSubmitting } = form.formState;
  return (
    <ScriptForm
      noValidate
      onSubmit={form.handleSubmit(async () => {
        const r = await run(() => save(form.getValues()));
        if (r?.ok) router.push("/admin/touchpoints");
      })}
      className="space-y-5"
    >
      {formError && <Flash tone="bad">{formError}</Flash>}
      <Card className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Name" error={errors.name?.message} hint="What staff see, like “Counter” or “Delivery van”.">
            <Input autoComplete="off" {...form.register("name")} />
          </Field>
          <Field label="Slug" error={errors.slug?.message} hint="In API calls and poster links, like store-main.">
            <Input autoComplete="off" autoCapitalize="none" spellCheck={false} {...form.register("slug")} />
          </Field>
          <Field
            label="Survey template"
            error={errors.templateId?.message}
            hint="Empty: the organization's default template."
          >
            <Select options={templates} placeholder="Default template" {...form.register("templateId")} />
          </Field>
          <Field
            label="Follow-up manager"
            error={errors.managerId?.message}
            hint="Told about unhappy answers here that credit nobody, like a poster scan. Empty: the admins."
          >
            <Select options={managers} placeholder="The admins" {...form.register("managerId")} />
          </Field>
        </div>
        <CheckboxField label="Active (accepts new interactions and poster scans)" error={errors.active?.message}>
          <input type="checkbox" {...form.register("active")} />
        </CheckboxField>
      </Card>
      <FormActions
        saving={isSubmitting}
        label={initial ? "Save changes" : "Create touchpoint"}
        cancelHref="/admin/touchpoints"
      />
    </ScriptForm>
  );
}
