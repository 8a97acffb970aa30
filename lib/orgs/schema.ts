// One zod schema per domain object: the admin forms, the route handlers, the CLI and the
// interchange import all validate with these.
import { z } from "zod";
import { safeText, slugSchema } from "../validation";

export { slugSchema };
export { describeIssues } from "../validation";

export const LOCALES = ["en", "ja", "de", "ru", "fi"] as const;
export type Locale = (typeof LOCALES)[number];

export function isValidTimeZone(tz: string) {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const orgSchema = z.object({
  slug: slugSchema,
  name: safeText({ min: 1, max: 120 }),
  timeZone: z.string().refine(isValidTimeZone, "must be an IANA time zone such as Europe/Helsinki").default("UTC"),
  defaultLocale: z.enum(LOCALES, { error: `must be one of ${LOCALES.join(", ")}` }).default("en"),
  linkTtlDays: z.coerce
    .number()
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(365, "must be at most 365")
    .default(14),
  followUpEscalateHours: z.coerce
    .number()
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(24 * 90, "must be at most 2160")
    .default(48),
  showColleagueScores: z.boolean().default(false),
  customerQuietDays: z.coerce
    .number({ error: "must be a whole number of days" })
    .int("must be a whole number")
    .min(0, "must be at least 0 (0 asks every time)")
    .max(365, "must be at most 365")
    .default(30),
  shiftHours: z.coerce
    .number({ error: "must be a whole number of hours" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(24, "must be at most 24")
    .default(8),
  // Empty keeps comments; a number deletes comment texts older than that many days.
  commentRetentionDays: z
    .preprocess(
      (v) => (v === "" || v === undefined ? null : v),
      z.coerce
        .number({ error: "must be a whole number of days, or empty to keep comments" })
        .int("must be a whole number")
        .min(7, "must be at least 7, or empty to keep comments")
        .max(3650, "must be at most 3650")
        .nullable(),
    )
    .default(null),
});
export type OrgInput = z.input<typeof orgSchema>;
