// The shape of a CLI command. Each command lives in its own file in scripts/cli/ and is listed
// in scripts/cli/index.ts.
export type CliCommand = {
  /** Words that select it, e.g. ["org", "create"]. */
  words: string[];
  usage: string;
  summary: string;
  /** parseArgs option spec; every option is a string unless marked boolean. */
  options: Record<string, { type: "string" | "boolean"; short?: string }>;
  /** Positional arguments it takes (names, for the usage line). */
  positionals?: string[];
  run(args: { values: Record<string, string | boolean | undefined>; positionals: string[] }): Promise<void>;
};

/** An error the user caused: printed as one line, exit code 1, no stack trace. */
export class UsageError extends Error {}

export function required(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== "string" || value.trim() === "") throw new UsageError(`--${name} is required`);
  return value;
}
