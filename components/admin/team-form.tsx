"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { ScriptForm } from "@/components/ui/form";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select, type Option } from "@/components/ui/select";
import { Flash } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/admin/result";
import { teamSchema } from "@/lib/admin/team-schema";
import { FormActions } from "./form-actions";
import { useActionForm } from "./use-action-form";

type Values = z.input<typeof teamSchema>;

export function TeamForm({
  managers,
  initial,
  save,
}: {
  managers: Option[];
  initial?: Values;
  save: (v: Values) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const form = useForm<Values, unknown, z.output<typeof teamSchema>>({
    resolver: zodResolver(teamSchema),
    defaultValues: initial ?? { name: "", managerId: "" },
  });
  const { run, formError } = useActionForm(form.setError);
  const { errors, isSubmitting } = form.formState;
  return (
    <ScriptForm
      noValidate
      onSubmit={form.handleSubmit(async () => {
        const r = await run(() => save(form.getValues()));
        if (r?.ok) router.push("/admin/teams");
      })}
      className="space-y-5"
    >
      {formError && <Flash tone="bad">{formError}</Flash>}
      <Card className="grid gap-4 sm:grid-cols-2">
        <Field label="Team name" error={errors.name?.message}>
          <Input autoComplete="off" {...form.register("name")} />
        </Field>
        <Field label="Manager" error={errors.managerId?.message} hint="Sees this team's scores and members.">
          <Select options={managers} placeholder="No manager" {...form.register("managerId")} />
        </Field>
      </Card>
      <FormActions saving={isSubmitting} label={initial ? "Save changes" : "Create team"} cancelHref="/admin/teams" />
    </ScriptForm>
  );
}
