// A request the caller can fix: names the field and the rule ("contributors[1].email: …").
import { DomainError } from "../validation";

export { fieldIssues } from "../validation";

/** A refused interaction: always 422, the field and rule in the message. */
export class InteractionInputError extends DomainError {
  constructor(field: string, rule: string, details?: string[]) {
    super("invalid", rule, field, details);
    this.name = "InteractionInputError";
  }

  static fromZod(...args: Parameters<typeof DomainError.fromZod>): InteractionInputError {
    const e = DomainError.fromZod(...args);
    return new InteractionInputError(e.field ?? "(input)", e.rule, e.details);
  }
}

/** zod `error` option: "is required" when missing, otherwise `rule`. */
export const requiredOr = (rule: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? "is required" : rule;
