import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  DomainError,
  describeIssues,
  isoDaySchema,
  isoInstantSchema,
  refSchema,
  responseIdSchema,
  safeText,
  slugSchema,
  tagSchema,
  tagsSchema,
  textProblem,
} from "./index";

const messages = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : describeIssues(r.error);
};

describe("safe text", () => {
  it("refuses what no database stores, naming the rule", () => {
    expect(textProblem("a\u0000b")).toBe("must not contain a NUL character (U+0000)");
    expect(textProblem("cut \ud83d emoji")).toMatch(/surrogate pair/);
    expect(textProblem("\udc00 trailing half")).toMatch(/surrogate pair/);
    expect(textProblem("bell\u0007")).toBe("must be a single line without control characters (found U+0007)");
    expect(textProblem("two\nlines")).toMatch(/single line/);
    expect(textProblem("two\nlines\tand a tab", { multiline: true })).toBeNull();
    expect(textProblem("\u001b[31m", { multiline: true })).toBe("must not contain control characters (found U+001B)");
  });

  it("accepts every script and whole emoji, counting code points", () => {
    const text = safeText({ max: 3 });
    expect(text.parse("ケーキ")).toBe("ケーキ");
    expect(text.parse("👍🏽x")).toBe("👍🏽x"); // two code points for the emoji, one for x
    expect(messages(text, "👍👍👍👍")).toEqual(["(input): must be at most 3 characters"]);
  });

  it("says 'is required' for a missing or blank value and trims unless told not to", () => {
    const name = z.object({ name: safeText({ min: 1, max: 10 }) });
    expect(messages(name, {})).toEqual(["name: is required"]);
    expect(messages(name, { name: "   " })).toEqual(["name: is required"]);
    expect(messages(name, { name: 5 })).toEqual(["name: must be text"]);
    expect(safeText({ max: 10, trim: false }).parse("  x ")).toBe("  x ");
  });
});

describe("identifiers", () => {
  it("response ids: 32 hex digits or a UUID, stored as 32 lowercase hex", () => {
    expect(responseIdSchema.parse("0F0C8E1A-2B3C-4D5E-8F90-A1B2C3D4E5F6")).toBe("0f0c8e1a2b3c4d5e8f90a1b2c3d4e5f6");
    expect(messages(z.object({ id: responseIdSchema }), { id: "xyz" })).toEqual([
      "id: must be 32 hex digits or a UUID",
    ]);
    expect(messages(z.object({ id: responseIdSchema }), {})).toEqual(["id: is required"]);
  });

  it("slugs, refs and tags", () => {
    expect(slugSchema.parse("store-main")).toBe("store-main");
    expect(messages(slugSchema, "Store Main")[0]).toMatch(/lowercase letters, digits and single hyphens/);
    expect(refSchema.parse(" order 7-000001 ")).toBe("order 7-000001");
    expect(messages(refSchema, "x".repeat(201))).toEqual(["(input): must be at most 200 characters"]);
    expect(messages(refSchema, "a\ud800")[0]).toMatch(/surrogate/);
    expect(tagSchema.parse(" Cake ")).toBe("cake");
    expect(messages(tagSchema, "a,b")).toEqual(["(input): must not contain a comma"]);
    expect(messages(z.object({ tags: tagsSchema }), { tags: ["ok", "\u0000"] })).toEqual([
      "tags[1]: must not contain a NUL character (U+0000)",
    ]);
  });
});

describe("dates", () => {
  it("refuses year 0000 and other dates no database keeps, and malformed ones with one message", () => {
    expect(isoInstantSchema.parse("2026-09-03T10:15:00+03:00")).toBe("2026-09-03T10:15:00+03:00");
    expect(messages(isoInstantSchema, "0000-01-01T00:00:00Z")).toEqual(["(input): must be between 1970 and 2199"]);
    expect(messages(isoInstantSchema, "9999-12-31T23:59:59Z")).toEqual(["(input): must be between 1970 and 2199"]);
    expect(messages(isoInstantSchema, "2026-05-01 10:00")).toEqual([
      "(input): must be an ISO 8601 date-time like 2026-09-03T10:15:00Z",
    ]);
    expect(messages(z.object({ at: isoInstantSchema }), {})).toEqual(["at: is required"]);
    expect(isoDaySchema.parse("2026-09-03")).toBe("2026-09-03");
    expect(messages(isoDaySchema, "0000-01-01")).toEqual(["(input): must be between 1970 and 2199"]);
  });
});

describe("the domain error", () => {
  it("maps its code to a status and words every issue as path: rule", () => {
    const schema = z.strictObject({ items: z.array(z.object({ ref: refSchema })) });
    const r = schema.safeParse({ items: [{ ref: "ok" }, { ref: "" }], extra: 1 });
    const e = DomainError.fromZod(r.error!);
    expect(e.status).toBe(422);
    expect(e.details).toEqual(["items[1].ref: is required", "extra: is not a known field"]);
    expect(e.message).toBe("items[1].ref: is required");
    expect(e.field).toBe("items[1].ref");
    expect(new DomainError("not_found", "no survey with this code", "code").status).toBe(404);
  });
});
