"use client";
import { useState } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/admin/result";
import { useToast } from "@/components/ui/toast";

/**
 * Runs a server action with the form's values and shows its answer: field errors inline
 * (the server re-validates with the same schema), a form-level message, or a toast.
 */
export function useActionForm<V extends FieldValues>(setError: UseFormSetError<V>) {
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  async function run<T>(action: () => Promise<ActionResult<T>>): Promise<ActionResult<T> | null> {
    setFormError(null);
    let result: ActionResult<T>;
    try {
      result = await action();
    } catch {
      setFormError("We couldn't reach the server, and nothing was saved. Check your connection and try again.");
      return null;
    }
    if (result.ok) {
      if (result.message) toast(result.message);
      return result;
    }
    const entries = Object.entries(result.fieldErrors).filter(([k]) => k !== "form");
    for (const [field, message] of entries) setError(field as Path<V>, { type: "server", message });
    setFormError(
      result.formError ??
        (entries.length ? "Please fix the fields marked below." : "That didn't save. Please try again."),
    );
    return result;
  }
  return { run, formError, setFormError };
}
