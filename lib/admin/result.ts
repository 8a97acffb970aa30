// What every admin server action returns: never a throw, never a 500. Field errors are keyed by
// the form's field path ("questions.0.text.ja") so react-hook-form can show them inline.
import { z } from "zod";
import { AuthError, type Actor } from "../auth/authorize";
import { DomainError, formFieldErrors } from "../validation";

export type ActionResult<T = undefined> =
  { ok: true; data: T; message?: string } | { ok: false; fieldErrors: Record<string, string>; formError?: string };

/** A refusal the person can act on, tied to a field when there is one. */
export class AdminInputError extends DomainError {
  constructor(field: string | null, rule: string) {
    super("invalid", rule, field);
    this.name = "AdminInputError";
  }
}

export function ok<T>(data: T, message?: string): ActionResult<T> {
  return { ok: true, data, message };
}

export function zodFailure(error: z.ZodError): ActionResult<never> {
  const fieldErrors = formFieldErrors(error);
  return { ok: false, fieldErrors, formError: fieldErrors.form };
}

/** Parses with the shared schema, or returns the field errors the form shows. */
export function parseOr<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { data: z.output<S> } | { failure: ActionResult<never> } {
  const parsed = schema.safeParse(input);
  return parsed.success ? { data: parsed.data } : { failure: zodFailure(parsed.error) };
}

/** Only admins configure an organization; everything they touch is scoped to their own org. */
export function assertAdmin(actor: Actor) {
  if (actor.role !== "admin") throw new AuthError(403, "Only admins can change this.");
}

/** Turns expected failures into a result and logs the unexpected, so no stack trace reaches a person. */
export function toFailure(error: unknown): ActionResult<never> {
  if (error instanceof AuthError) return { ok: false, fieldErrors: {}, formError: error.message };
  if (error instanceof DomainError) {
    return error.field
      ? { ok: false, fieldErrors: { [error.field]: error.rule } }
      : { ok: false, fieldErrors: {}, formError: error.rule };
  }
  console.error("admin action failed", error);
  return {
    ok: false,
    fieldErrors: {},
    formError: "Something went wrong on our side, and nothing was saved. Please try again.",
  };
}

export async function guarded<T>(fn: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await fn();
  } catch (error) {
    return toFailure(error);
  }
}
