// The import's own record checks never disagree with the schemas: whatever they accept, zod
// accepts with the same result; what they leave alone, zod decides (and names the field).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyValueOf, assertAgrees, awkwardText, optional, rarely, sometimesOf } from "../../tests/property/agrees";
import { fastInteraction, fastResponse } from "./fast-records";
import { interchangeInteractionSchema, interchangeResponseSchema } from "./schema";

const text = awkwardText("x".repeat(201), "x".repeat(255), " a", "a,b", "Ab", "a\u007f");
const anyValue = anyValueOf(text);
const sometimes = sometimesOf(anyValue);

const word = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9 .@_-]{0,10}[a-z0-9]$/) },
  fc.constantFrom("B-12", "Order 7", "a", "x".repeat(200), "é", "ß", "İ", "K"),
  text,
);
const email = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("aiko@example.com", "Aiko@Example.com", "b@x.test", " c@x.test") },
  text,
);
const slug = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("store-main", "tp-1", "ab", "x".repeat(48)) },
  fc.constantFrom("a", "b-", "x".repeat(49), "Store", " store"),
  text,
);
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
    "2026-09-03T24:00:00Z",
    "2026-09-03 10:15:00Z",
    "1969-12-31T23:59:59Z",
  ),
  text,
);
const score = (min: number, max: number) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min, max }) },
    fc.integer({ min: min - 1, max: max + 1 }),
    fc.constant(null),
    fc.constant(min + 0.5),
  );
const contributor = fc.record(
  {
    email: sometimes(email),
    role: sometimes(fc.constantFrom("frontline", "backoffice", "manager")),
    weight: optional(sometimes(fc.constantFrom(1, 0.5, 0.25, 0, -1, 1.01, 1e-9))),
    extra: rarely(fc.constant(1)),
  },
  { requiredKeys: [] },
);
const interaction = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record(
      {
        ref: sometimes(word),
        touchpoint: sometimes(slug),
        occurredAt: sometimes(instant),
        tags: optional(sometimes(fc.array(fc.oneof(word, fc.constantFrom("vip", "a,b", "Gift")), { maxLength: 21 }))),
        customer: optional(sometimes(word)),
        contributors: optional(sometimes(fc.array(sometimes(contributor), { maxLength: 4 }))),
        spare: rarely(anyValue),
      },
      { requiredKeys: ["ref", "touchpoint", "occurredAt"] },
    ),
  },
  anyValue,
);
const hex32 = fc.stringMatching(/^[0-9a-fA-F]{32}$/);
const responseId = fc.oneof(
  { weight: 6, arbitrary: fc.oneof(hex32, fc.uuid()) },
  hex32.map((h) => ` ${h} `),
  text,
);
const optionId = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("fast", "friendly", "a-b", "1") },
  fc.constantFrom("Bad", "-x", "x".repeat(41)),
  text,
);
const response = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record(
      {
        id: sometimes(responseId),
        interactionRef: sometimes(word),
        answeredAt: sometimes(instant),
        locale: optional(sometimes(fc.constantFrom("en", "ja", "pt-BR", "EN", "e", "de-x"))),
        nps: optional(sometimes(score(0, 10))),
        csat: optional(sometimes(score(1, 5))),
        ces: optional(sometimes(score(1, 7))),
        compare: optional(sometimes(score(1, 3))),
        return: optional(sometimes(score(1, 3))),
        comment: optional(fc.oneof(fc.string({ maxLength: 30 }), text, fc.constant(null), anyValue)),
        choices: optional(
          sometimes(fc.dictionary(optionId, sometimes(fc.array(optionId, { maxLength: 13 })), { maxKeys: 3 })),
        ),
        spare: rarely(anyValue),
      },
      { requiredKeys: ["id", "interactionRef", "answeredAt"] },
    ),
  },
  anyValue,
);

describe("the import's record checks", () => {
  it("accept interactions only as the schema does, with its result", () => {
    assertAgrees(interaction, fastInteraction, interchangeInteractionSchema);
  });

  it("accept responses only as the schema does, with its result", () => {
    assertAgrees(response, fastResponse, interchangeResponseSchema);
  });

  it("take the records exporters write", () => {
    const interactions = [
      {
        ref: "B-1",
        touchpoint: "store-main",
        occurredAt: "2026-09-03T10:15:00Z",
        contributors: [{ email: "aiko@example.com", role: "frontline", weight: 1 }],
      },
      {
        ref: "order 7",
        touchpoint: "tp-1",
        occurredAt: "2026-09-03T10:15:00.000+02:00",
        tags: ["vip", "gift-card"],
        customer: "c-91",
        contributors: [{ email: "Aiko@Example.com", role: "backoffice" }],
      },
      { ref: "x", touchpoint: "tp-1", occurredAt: "2026-09-03T10:15:00Z" },
    ];
    for (const v of interactions) {
      expect(fastInteraction(v)).toBeDefined();
      expect(fastInteraction(v)).toStrictEqual(interchangeInteractionSchema.parse(v));
    }
    const responses = [
      { id: "0123456789abcdef0123456789abcdef", interactionRef: "B-1", answeredAt: "2026-09-03T10:20:00Z", nps: 9 },
      {
        id: "01234567-89AB-cdef-0123-456789abcdef",
        interactionRef: "order 7",
        answeredAt: "2026-09-03T10:20:00Z",
        locale: "ja",
        nps: null,
        csat: 2,
        ces: 7,
        compare: 1,
        return: 3,
        comment: "Cold 😀\nbread",
        choices: { "stood-out": ["fast", "friendly"] },
      },
    ];
    for (const v of responses) {
      expect(fastResponse(v)).toBeDefined();
      expect(fastResponse(v)).toStrictEqual(interchangeResponseSchema.parse(v));
    }
  });

  it("leave refusals and anything to normalise but case to the schema", () => {
    const base = { ref: "B-1", touchpoint: "store-main", occurredAt: "2026-09-03T10:15:00Z" };
    for (const v of [
      { ...base, ref: " B-1" },
      { ...base, ref: "Bäckerei" },
      { ...base, touchpoint: "Store" },
      { ...base, occurredAt: "0000-01-01T00:00:00Z" },
      { ...base, tags: ["VIP"] },
      { ...base, tags: ["a,b"] },
      { ...base, contributors: [{ email: "a@x.test", role: "manager" }] },
      { ...base, contributors: [{ email: "a@x.test", role: "frontline", weight: 0 }] },
      { ...base, spare: 1 },
    ])
      expect(fastInteraction(v)).toBeUndefined();
    const r = { id: "0123456789abcdef0123456789abcdef", interactionRef: "B-1", answeredAt: "2026-09-03T10:20:00Z" };
    for (const v of [
      { ...r, id: ` ${r.id}` },
      { ...r, nps: 11 },
      { ...r, csat: 0 },
      { ...r, comment: "a\u0000" },
      { ...r, choices: { Q: ["a"] } },
      { ...r, choices: { q: Array(13).fill("a") } },
      { ...r, score: 2 },
    ])
      expect(fastResponse(v)).toBeUndefined();
  });
});
