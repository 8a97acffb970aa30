"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { ScriptForm } from "@/components/ui/form";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CheckboxField, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select, type Option } from "@/components/ui/select";
import { Flash } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/admin/result";
import { staffSchema } from "@/lib/staff/schema";
import { FormActions } from "./form-actions";
import { SecretOnce } from "./secret-once";
import { useActionForm } from "./use-action-form";

type Values = z.input<typeof staffSchema>;
type Created = { id: string; email: string; password: string };

export const ROLE_OPTIONS: Option[] = [
  { value: "staff", label: "Staff: sees their own feed" },
  { value: "manager", label: "Manager: also sees their team" },
  { value: "admin", label: "Admin: configures everything" },
];
export const KIND_OPTIONS: Option[] = [
  { value: "frontline", label: "Frontline (serves customers)" },
  { value: "backoffice", label: "Back-office (behind the scenes)" },
];

export function StaffForm(props: {
  teams: Option[];
  initial?: Values;
  create?: (v: Values) => Promise<ActionResult<Created>>;
  update?: (v: Values) => Promise<ActionResult<undefined>>;
}) {
  const router = useRouter();
  const editing = !!props.update;
  const [created, setCreated] = useState<Created | null>(null);
  const form = useForm<Values, unknown, z.output<typeof staffSchema>>({
    resolver: zodResolver(staffSchema),
    defaultValues: props.initial ?? { email: "", name: "", role: "staff", kind: "frontline", teamId: "", active: true },
  });
  const { run, formError } = useActionForm(form.setError);
  const { errors, isSubmitting } = form.formState;

  if (created) {
    return (
      <div className="space-y-4">
        <SecretOnce
          title={`Account created for ${created.email}`}
          secret={created.password}
          note="This one-time password is shown only now. Give it to them in person; they can sign in with it straight away."
        />
        <div className="flex flex-wrap gap-2">
          <ButtonLink href="/admin/staff">Back to staff</ButtonLink>
          <ButtonLink href="/admin/staff/new" variant="secondary" className="no-underline">
            Add another person
          </ButtonLink>
        </div>
      </div>
    );
  }

  async function onSubmit() {
    const values = form.getValues();
    if (props.create) {
      const r = await run(() => props.create!(values));
      if (r?.ok) setCreated(r.data);
    } else if (props.update) {
      const r = await run(() => props.update!(values));
      if (r?.ok) router.refresh();
    }
  }

  return (
    <ScriptForm noValidate onSubmit={form.handleSubmit(onSubmit)} className="space-y-5">
      {formError && <Flash tone="bad">{formError}</Flash>}
      <Card className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Name" error={errors.name?.message}>
            <Input autoComplete="off" {...form.register("name")} />
          </Field>
          <Field label="Email" error={errors.email?.message} hint="They sign in with this.">
            <Input
              type="email"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              {...form.register("email")}
            />
          </Field>
          <Field label="Role" error={errors.role?.message}>
            <Select options={ROLE_OPTIONS} {...form.register("role")} />
          </Field>
          <Field
            label="Kind of work"
            error={errors.kind?.message}
            hint="Scores compare frontline and back-office side by side."
          >
            <Select options={KIND_OPTIONS} {...form.register("kind")} />
          </Field>
          <Field label="Team" error={errors.teamId?.message}>
            <Select options={props.teams} placeholder="No team" {...form.register("teamId")} />
          </Field>
        </div>
        {editing && (
          <CheckboxField label="Active (can sign in and be credited)" error={errors.active?.message}>
            <input type="checkbox" {...form.register("active")} />
          </CheckboxField>
        )}
      </Card>
      <FormActions
        saving={isSubmitting}
        label={editing ? "Save changes" : "Create account"}
        cancelHref="/admin/staff"
      />
    </ScriptForm>
  );
}
