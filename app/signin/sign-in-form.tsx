"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { ScriptForm } from "@/components/ui/form";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Flash } from "@/components/ui/toast";
import { SIGN_IN_MESSAGES, signInSchema, type SignInInput } from "@/lib/admin/sign-in-schema";

export function SignInForm({ next }: { next: string }) {
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
  });
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: SignInInput) {
    setFailure(null);
    try {
      const result = await signIn("credentials", { redirect: false, email: values.email, password: values.password });
      if (result?.ok && !result.error) {
        // A full navigation, so the signed-in frame renders with the new session cookie.
        window.location.assign(next);
        return;
      }
      setFailure(SIGN_IN_MESSAGES[result?.error ?? ""] ?? "We couldn't sign you in just now. Please try again.");
    } catch {
      setFailure("We couldn't reach the server. Check your connection and try again.");
    }
  }

  return (
    <ScriptForm onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      {failure && <Flash tone="bad">{failure}</Flash>}
      <Field label="Email" error={errors.email?.message}>
        <Input
          type="email"
          autoComplete="username"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          {...register("email")}
        />
      </Field>
      <Field label="Password" error={errors.password?.message}>
        <Input type="password" autoComplete="current-password" {...register("password")} />
      </Field>
      <Button type="submit" className="w-full" loading={isSubmitting}>
        {isSubmitting ? "Signing in…" : "Sign in"}
      </Button>
    </ScriptForm>
  );
}
