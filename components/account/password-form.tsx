"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { ScriptForm } from "@/components/ui/form";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { useActionForm } from "@/components/admin/use-action-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Flash } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/admin/result";
import { changePasswordSchema, PASSWORD_MIN } from "@/lib/auth/password-schema";

type Values = z.input<typeof changePasswordSchema>;

export function PasswordForm({
  first,
  next,
  email,
  save,
}: {
  first: boolean;
  /** where to go once a one-time password is replaced */
  next: string | null;
  email: string;
  save: (v: Values) => Promise<ActionResult>;
}) {
  const form = useForm<Values>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { current: "", password: "", confirm: "" },
  });
  const { run, formError } = useActionForm(form.setError);
  const { errors, isSubmitting } = form.formState;

  return (
    <Card className="max-w-lg">
      <ScriptForm
        noValidate
        className="space-y-4"
        onSubmit={form.handleSubmit(async (values) => {
          const r = await run(() => save(values));
          if (!r?.ok) return;
          form.reset();
          // A full navigation: the signed-in frame renders again with the new session.
          if (next) window.location.assign(next);
        })}
      >
        {formError && <Flash tone="bad">{formError}</Flash>}
        {/* Lets password managers file the new password under the right account. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <Field label={first ? "One-time password" : "Current password"} error={errors.current?.message}>
          <Input type="password" autoComplete="current-password" {...form.register("current")} />
        </Field>
        <Field
          label="New password"
          error={errors.password?.message}
          hint={`At least ${PASSWORD_MIN} characters. A few unrelated words are easy to remember and hard to guess.`}
        >
          <Input type="password" autoComplete="new-password" {...form.register("password")} />
        </Field>
        <Field label="Confirm new password" error={errors.confirm?.message}>
          <Input type="password" autoComplete="new-password" {...form.register("confirm")} />
        </Field>
        <Button type="submit" loading={isSubmitting}>
          {first ? "Save and continue" : "Change password"}
        </Button>
      </ScriptForm>
    </Card>
  );
}
