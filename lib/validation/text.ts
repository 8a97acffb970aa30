// Text that every database stores faithfully. PostgreSQL refuses NUL bytes and both databases
// choke on lone UTF-16 surrogates (half of an emoji, cut by a careless client), so such input is
// refused at the schema with a rule the sender can act on, instead of failing at the write.
import { z } from "zod";

// In a browser zod would probe for eval (to compile fast parsers), which the CSP refuses and reports;
// forms parse a handful of fields, so the plain parser is just as good there.
if (typeof window !== "undefined") z.config({ jitless: true });

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// C0 controls and DEL; tab and line breaks are only allowed where text may span lines.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_SINGLE_LINE = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_MULTILINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** Why `s` cannot be stored as text, or null when it can. */
export function textProblem(s: string, { multiline = false } = {}): string | null {
  if (s.includes("\u0000")) return "must not contain a NUL character (U+0000)";
  if (LONE_SURROGATE.test(s)) return "must be valid Unicode text (it holds half of a surrogate pair)";
  const control = (multiline ? CONTROL_MULTILINE : CONTROL_SINGLE_LINE).exec(s);
  if (control)
    return multiline
      ? `must not contain control characters (found ${hex(control[0])})`
      : `must be a single line without control characters (found ${hex(control[0])})`;
  return null;
}

/** Length as people count it: code points, so an emoji is one character, like the survey page counts. */
export const charCount = (s: string) => [...s].length;

export type SafeTextOptions = {
  /** at most this many characters (code points) */
  max: number;
  /** at least this many characters after trimming; 1 means "is required" */
  min?: number;
  /** tab and line breaks allowed (comments, notes) */
  multiline?: boolean;
  /** trim surrounding white space first (default true; comments are stored verbatim) */
  trim?: boolean;
  /** the message when the value is not a string at all */
  typeError?: string;
};

/** A zod string that refuses NUL, lone surrogates and control characters, naming the rule. */
export function safeText({
  max,
  min = 0,
  multiline = false,
  trim = true,
  typeError = "must be text",
}: SafeTextOptions) {
  const base = z.string({ error: (issue) => (issue.input === undefined ? "is required" : typeError) });
  return (trim ? base.trim() : base).superRefine((s, ctx) => {
    const problem = textProblem(s, { multiline });
    if (problem) return void ctx.addIssue({ code: "custom", message: problem });
    if (min > 0 && charCount(s) < min)
      ctx.addIssue({ code: "custom", message: min === 1 ? "is required" : `must be at least ${min} characters` });
    else if (charCount(s) > max) ctx.addIssue({ code: "custom", message: `must be at most ${max} characters` });
  });
}
