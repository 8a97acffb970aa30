// Instants and days. A syntactically valid date can still be one no database stores (year 0000
// is refused by PostgreSQL), so every instant must also fall in a range the product can use.
import { z } from "zod";

export const EARLIEST_YEAR = 1970;
export const LATEST_YEAR = 2199;
const EARLIEST = Date.UTC(EARLIEST_YEAR, 0, 1);
const LATEST = Date.UTC(LATEST_YEAR + 1, 0, 1);
const RANGE_RULE = `must be between ${EARLIEST_YEAR} and ${LATEST_YEAR}`;

export const inSaneRange = (ms: number) => Number.isFinite(ms) && ms >= EARLIEST && ms < LATEST;

const required = (rule: string) => (issue: { input?: unknown }) => (issue.input === undefined ? "is required" : rule);

const isoDateTime = z.iso.datetime({
  offset: true,
  abort: true,
  error: required("must be an ISO 8601 date-time like 2026-09-03T10:15:00Z"),
});
/** The pattern isoInstantSchema checks first (zod's own), for code that checks instants without zod. */
export const ISO_INSTANT_RE: RegExp = isoDateTime._zod.def.pattern!;

/** An ISO 8601 date-time with an offset ("2026-09-03T10:15:00Z"), kept as the string it was. */
export const isoInstantSchema = isoDateTime.refine((s) => inSaneRange(Date.parse(s)), RANGE_RULE);

/** An ISO calendar day ("2026-09-03"). */
export const isoDaySchema = z.iso
  .date({ abort: true, error: required("must be a date like 2026-09-03") })
  .refine((s) => inSaneRange(Date.parse(`${s}T00:00:00Z`)), RANGE_RULE);
