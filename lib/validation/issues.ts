// The one way a validation failure is worded: "path: rule" ("interactions[3].ref: must be at most
// 200 characters"). Routes, forms, the CLI and the import all print these.
import type { z } from "zod";

type Path = readonly PropertyKey[];

/** `a.b[2].c`, optionally under a prefix ("responses[4]"). */
export function formatPath(path: Path, prefix = ""): string {
  return path.reduce<string>(
    (acc, part) => (typeof part === "number" ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)),
    prefix,
  );
}

export type FieldIssue = { field: string; rule: string };

/**
 * Every issue as {field, rule}. An unknown key is reported against the key itself
 * ("answers.score: is not a known field") rather than its parent object.
 */
export function fieldIssues(error: z.ZodError, prefix = ""): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys")
      return issue.keys.map((key) => ({
        field: formatPath([...issue.path, key], prefix),
        rule: "is not a known field",
      }));
    return [{ field: formatPath(issue.path, prefix) || "(input)", rule: issue.message }];
  });
}

/** "field: rule" lines, the form every error message in the product takes. */
export function describeIssues(error: z.ZodError, prefix = ""): string[] {
  return fieldIssues(error, prefix).map((i) => `${i.field}: ${i.rule}`);
}

/** Form field errors keyed by the dotted path react-hook-form uses ("questions.0.text.ja"); first issue wins. */
export function formFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[issue.path.map(String).join(".") || "form"] ??= issue.message;
  return out;
}
