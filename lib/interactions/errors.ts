// A request the caller can fix: names the field and the rule ("contributors[1].email: …").
import type { z } from "zod";
import { describeIssues } from "../orgs/schema";

export class InteractionInputError extends Error {
  readonly status = 422;
  constructor(
    readonly field: string,
    readonly rule: string,
    readonly details: string[] = [`${field}: ${rule}`],
  ) {
    super(`${field}: ${rule}`);
    this.name = "InteractionInputError";
  }

  static fromZod(error: z.ZodError, prefix = "") {
    const issues = fieldIssues(error, prefix);
    return new InteractionInputError(
      issues[0].field,
      issues[0].rule,
      issues.map((i) => `${i.field}: ${i.rule}`),
    );
  }
}

/**
 * Zod issues as {field, rule}. An unknown key is reported against the key itself
 * ("answers.score: is not a known field") rather than its parent object.
 */
export function fieldIssues(error: z.ZodError, prefix = ""): { field: string; rule: string }[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => {
        const [field] = describeIssues(
          { issues: [{ ...issue, path: [...issue.path, key] }] } as z.ZodError,
          prefix,
        )[0].split(": ");
        return { field, rule: "is not a known field" };
      });
    }
    const line = describeIssues({ issues: [issue] } as z.ZodError, prefix)[0];
    const at = line.indexOf(": ");
    return [{ field: line.slice(0, at), rule: line.slice(at + 2) }];
  });
}

/** zod `error` option: "is required" when missing, otherwise `rule`. */
export const requiredOr = (rule: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? "is required" : rule;
