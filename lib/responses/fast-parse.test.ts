// The hot path's own check never disagrees with the schema: whatever it accepts, zod accepts
// with the same result; what it leaves alone, zod decides (and names the field).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyValueOf, assertAgrees, awkwardText, optional, rarely, sometimesOf } from "../../tests/property/agrees";
import { fastParseResponse } from "./fast-parse";
import { responseInputSchema } from "./schema";

const text = awkwardText("  ");
const anyValue = anyValueOf(text);
const sometimes = sometimesOf(anyValue);

const hex32 = fc.stringMatching(/^[0-9a-fA-F]{32}$/);
const uuid = fc.uuid().map((u) => (Math.random() < 0.5 ? u.toUpperCase() : u));
const id = fc.oneof(
  { weight: 6, arbitrary: fc.oneof(hex32, uuid) },
  hex32.map((h) => ` ${h} `),
  text,
);
const code = fc.oneof({ weight: 6, arbitrary: fc.stringMatching(/^[0-9A-Za-z]{6,42}$/) }, text);
const slug = fc.oneof(fc.constantFrom("store-main", "a", "b-", "x".repeat(49), "ok-2"), text);
const instant = fc.oneof(
  fc
    .date({ min: new Date("1960-01-01"), max: new Date("2300-01-01"), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom(
    "2026-09-03T10:15:00Z",
    "2026-09-03T10:15:00+02:00",
    "2026-09-03T10:15:00.123456789Z",
    "2026-09-03T10:15Z",
    "2026-02-30T10:00:00Z",
    "2024-02-29T10:00:00Z",
    "2026-09-03T24:00:00Z",
    "2026-09-03 10:15:00Z",
    "1969-12-31T23:59:59Z",
  ),
  text,
);
const scale = (min: number, max: number) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min, max }) },
    fc.integer({ min: min - 1, max: max + 1 }),
    fc.constant(null),
  );
const answers = fc.record(
  {
    nps: optional(sometimes(scale(0, 10))),
    csat: optional(sometimes(scale(1, 5))),
    ces: optional(sometimes(scale(1, 7))),
    compare: optional(sometimes(scale(1, 3))),
    return: optional(sometimes(scale(1, 3))),
    comment: optional(fc.oneof(fc.string({ maxLength: 30 }), text, fc.constant(null), anyValue)),
    choices: optional(
      sometimes(fc.array(fc.oneof(fc.constantFrom("fast", "slow", "a-b", "Bad", "-x"), text), { maxLength: 13 })),
    ),
    extra: rarely(fc.constant(1)),
  },
  { requiredKeys: [] },
);
const input = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record(
      {
        id: sometimes(id),
        code: fc.oneof({ weight: 4, arbitrary: code }, fc.constant(undefined)),
        touchpoint: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, slug),
        answers: sometimes(answers),
        locale: optional(sometimes(fc.constantFrom("en", "ja", "de", "ru", "fi", "EN", "sv"))),
        answeredAt: optional(instant),
        callback: rarely(fc.constant({ contact: "+358 40 123 4567", consent: true })),
        spare: rarely(anyValue),
      },
      { requiredKeys: [] },
    ),
  },
  anyValue,
);

describe("fastParseResponse", () => {
  it("accepts only what the schema accepts, with the schema's result, and all of it but callbacks", () => {
    assertAgrees(input, fastParseResponse, responseInputSchema, (value, zodAccepted) => {
      if (!zodAccepted) return;
      // What the fast path leaves to zod although it is valid: a callback, an id to trim.
      const o = value as { id: string; callback?: unknown };
      expect(o.callback !== undefined || o.id !== o.id.trim()).toBe(true);
    });
  });

  it("takes the answers phones and kiosks send", () => {
    const ok = [
      { id: "0123456789abcdef0123456789ABCDEF", code: "abcDEF123456", answers: { nps: 9 }, locale: "en" },
      {
        id: "01234567-89ab-cdef-0123-456789abcdef",
        code: "abcDEF123456",
        answers: { nps: 3, csat: 1, comment: "Cold 😀\nbread", choices: ["slow"], compare: 1, return: null },
        answeredAt: "2026-09-03T10:15:00.000Z",
      },
      { id: "0123456789abcdef0123456789abcdef", touchpoint: "store-main", answers: { ces: 7, nps: null } },
    ];
    for (const v of ok) {
      const fast = fastParseResponse(v);
      expect(fast).toBeDefined();
      expect(fast).toStrictEqual(responseInputSchema.parse(v));
    }
  });

  it("leaves refusals and callbacks to the schema", () => {
    const id = "0123456789abcdef0123456789abcdef";
    for (const v of [
      { id, code: "abcDEF123456", answers: {} },
      { id, code: "abcDEF123456", answers: { comment: "  " } },
      { id, code: "abcDEF123456", touchpoint: "store-main", answers: { nps: 1 } },
      { id, answers: { nps: 1 } },
      { id, code: "abcDEF123456", answers: { nps: 1 }, callback: { contact: "+358 40 123 4567", consent: true } },
      { id: ` ${id}`, code: "abcDEF123456", answers: { nps: 1 } },
      { id, code: "abcDEF123456", answers: { nps: 1, score: 2 } },
      { id, code: "abcDEF123456", answers: { nps: 1 }, answeredAt: "0000-01-01T00:00:00Z" },
    ])
      expect(fastParseResponse(v)).toBeUndefined();
  });
});
