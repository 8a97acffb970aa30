// Shared by the property tests that hold a hand-written check to its zod schema (the ingest
// fast path, the import's record checks): awkward values, the weighting helpers, and the
// property itself.
import fc from "fast-check";
import { expect } from "vitest";
import type { z } from "zod";

export const RUNS = Number(process.env.PROPERTY_RUNS ?? 3000);

/** Strings that broke a parser somewhere once, with `extra` ones for the fields under test. */
export function awkwardText(...extra: string[]) {
  const nasty = fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "\ud800",
    "x\udfff",
    "😀",
    "\t",
    "line\nbreak",
    "\u001b[31m",
    "__proto__",
    "x".repeat(2001),
    "😀".repeat(1001),
    "😀".repeat(2001),
    "a ",
    ...extra,
  );
  return fc.oneof(nasty, fc.string({ maxLength: 12 }), fc.string({ unit: "binary", maxLength: 12 }));
}

/** Any JSON-ish value built from `text`. */
export function anyValueOf(text: fc.Arbitrary<string>) {
  return fc.oneof(
    text,
    fc.integer({ min: -3, max: 14 }),
    fc.double(),
    fc.constantFrom(null, true, false, 1.5, -0, 1e21, 2 ** 53 + 2),
    fc.array(fc.oneof(text, fc.integer()), { maxLength: 3 }),
    fc.dictionary(text, text, { maxKeys: 2 }),
  );
}

/** Mostly good values (so plenty pass and the two results get compared), now and then `bad`. */
export const sometimesOf =
  (bad: fc.Arbitrary<unknown>) =>
  <T>(good: fc.Arbitrary<T>) =>
    fc.oneof({ weight: 12, arbitrary: good }, { weight: 1, arbitrary: bad });
export const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });
export const rarely = <T>(a: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 8, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: a });

// JSON round trip: what the checks really see (no undefined values, no prototypes but Object's).
const asJson = (v: unknown) => JSON.parse(JSON.stringify(v ?? null)) as unknown;

/**
 * Whatever `fast` accepts, `schema` accepts with the same result; what `fast` leaves alone
 * (undefined) is passed to `leftAlone` with zod's verdict. Fails unless more than one input in
 * sixty takes the fast way, so the comparison is really made.
 */
export function assertAgrees(
  input: fc.Arbitrary<unknown>,
  fast: (value: unknown) => unknown,
  schema: z.ZodType,
  leftAlone: (value: unknown, zodAccepted: boolean) => void = () => {},
) {
  let taken = 0;
  fc.assert(
    fc.property(input, (raw) => {
      const value = asJson(raw);
      const mine = fast(value);
      const slow = schema.safeParse(value);
      if (mine !== undefined) {
        taken++;
        expect(slow.success).toBe(true);
        expect(mine).toStrictEqual(slow.data);
      } else leftAlone(value, slow.success);
    }),
    { numRuns: RUNS },
  );
  expect(taken).toBeGreaterThan(RUNS / 60);
}
