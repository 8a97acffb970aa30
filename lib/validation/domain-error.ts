// The one error type for a refusal the caller can act on. Its code decides the HTTP status; its
// message names the field and the rule, or says what to do. Anything that is not a DomainError is
// our fault: logged, and answered with a calm generic message.
import type { z } from "zod";
import { fieldIssues } from "./issues";

export const DOMAIN_STATUS = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  gone: 410,
  too_large: 413,
  unsupported_media_type: 415,
  invalid: 422,
  rate_limited: 429,
} as const;
export type DomainCode = keyof typeof DOMAIN_STATUS;

export class DomainError extends Error {
  readonly field: string | null;
  readonly rule: string;
  readonly details: string[];

  /** `new DomainError("invalid", "must be at most 200 characters", "ref")` → "ref: must be at most 200 characters". */
  constructor(
    readonly code: DomainCode,
    rule: string,
    field?: string | null,
    details?: string[],
  ) {
    super(field ? `${field}: ${rule}` : rule);
    this.name = "DomainError";
    this.field = field ?? null;
    this.rule = rule;
    this.details = details ?? [this.message];
  }

  get status(): number {
    return DOMAIN_STATUS[this.code];
  }

  /** The first issue names the field; every issue is kept in `details`. */
  static fromZod(error: z.ZodError, prefix = ""): DomainError {
    const issues = fieldIssues(error, prefix);
    return new DomainError(
      "invalid",
      issues[0].rule,
      issues[0].field,
      issues.map((i) => `${i.field}: ${i.rule}`),
    );
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
