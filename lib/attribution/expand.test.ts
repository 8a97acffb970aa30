import { describe, expect, it } from "vitest";
import { expandAttribution, inWindow, localMinutes, type AttributionRuleInput } from "./expand";

const rule = (r: Partial<AttributionRuleInput> & { id: string }): AttributionRuleInput => ({
  touchpointId: null,
  teamId: null,
  userId: null,
  role: "backoffice",
  weight: 1,
  windowStart: null,
  windowEnd: null,
  tag: null,
  ...r,
});

// A bakery: two bakers on the bakery team, a cashier on the counter team, an inactive baker
// (absent from members), and a dispatcher with no team.
const members = [
  { userId: "baker-1", teamId: "bakery" },
  { userId: "baker-2", teamId: "bakery" },
  { userId: "cashier", teamId: "counter" },
  { userId: "dispatcher", teamId: null },
];
const base = { members, touchpointId: "tp-counter", tags: [] as string[], named: [] };

describe("expandAttribution", () => {
  it("credits the morning baking shift for counter sales inside the window, not after it", () => {
    // Bakers work 04:00–12:00 and are credited for the counter's sales 06:00–18:00, weight 0.5.
    const rules = [
      rule({
        id: "r-bake",
        touchpointId: "tp-counter",
        teamId: "bakery",
        weight: 0.5,
        windowStart: 360,
        windowEnd: 1080,
      }),
    ];
    const named = [{ userId: "cashier", role: "frontline" as const, weight: 1 }];
    const at10 = expandAttribution({ ...base, rules, named, localMinutes: 600 });
    expect(at10).toEqual([
      { userId: "cashier", role: "frontline", weight: 1, teamId: "counter", reason: "named" },
      { userId: "baker-1", role: "backoffice", weight: 0.5, teamId: "bakery", ruleId: "r-bake", reason: "rule" },
      { userId: "baker-2", role: "backoffice", weight: 0.5, teamId: "bakery", ruleId: "r-bake", reason: "rule" },
    ]);
    // 18:00 is the exclusive end; 19:30 is outside; a sale at another touchpoint never matches.
    expect(expandAttribution({ ...base, rules, named, localMinutes: 1080 })).toHaveLength(1);
    expect(expandAttribution({ ...base, rules, named, localMinutes: 1170 })).toHaveLength(1);
    expect(expandAttribution({ ...base, rules, named, touchpointId: "tp-web", localMinutes: 600 })).toHaveLength(1);
  });

  it("a tag rule fires only when the interaction carries the tag (case-insensitive)", () => {
    const rules = [rule({ id: "r-cake", userId: "baker-2", tag: "Cake", weight: 0.8 })];
    expect(expandAttribution({ ...base, rules, localMinutes: 600, tags: ["bread"] })).toEqual([]);
    expect(expandAttribution({ ...base, rules, localMinutes: 600, tags: ["bread", " cake "] })).toEqual([
      { userId: "baker-2", role: "backoffice", weight: 0.8, teamId: "bakery", ruleId: "r-cake", reason: "rule" },
    ]);
  });

  it("a window that wraps midnight (22:00–02:00) matches late evening and early morning only", () => {
    const rules = [rule({ id: "r-night", userId: "dispatcher", windowStart: 22 * 60, windowEnd: 2 * 60 })];
    const at = (m: number) => expandAttribution({ ...base, rules, localMinutes: m }).length;
    expect(at(23 * 60)).toBe(1);
    expect(at(22 * 60)).toBe(1);
    expect(at(0)).toBe(1);
    expect(at(90)).toBe(1);
    expect(at(120)).toBe(0);
    expect(at(12 * 60)).toBe(0);
    expect(at(21 * 60 + 59)).toBe(0);
  });

  it("never lists a person twice: the higher weight wins, request-named contributors included", () => {
    const rules = [
      rule({ id: "r-team", teamId: "bakery", weight: 0.3 }),
      rule({ id: "r-star", userId: "baker-1", weight: 0.9, role: "frontline" }),
      rule({ id: "r-low", userId: "cashier", weight: 0.2 }),
    ];
    const named = [
      { userId: "cashier", role: "frontline" as const, weight: 0.6 },
      { userId: "baker-2", role: "frontline" as const, weight: 0.3 },
    ];
    const out = expandAttribution({ ...base, rules, named, localMinutes: 600 });
    expect(out.map((c) => c.userId).sort()).toEqual(["baker-1", "baker-2", "cashier"]);
    const by = Object.fromEntries(out.map((c) => [c.userId, c]));
    expect(by.cashier).toEqual({
      userId: "cashier",
      role: "frontline",
      weight: 0.6,
      teamId: "counter",
      reason: "named",
    }); // named beats rule 0.2
    expect(by["baker-1"]).toMatchObject({ weight: 0.9, role: "frontline", ruleId: "r-star" }); // person rule beats team rule
    expect(by["baker-2"]).toEqual({
      userId: "baker-2",
      role: "frontline",
      weight: 0.3,
      teamId: "bakery",
      reason: "named",
    }); // tie: the request's entry stays
  });

  it("credits whoever is on shift only when the request names nobody, beside the rules", () => {
    const rules = [rule({ id: "r-bake", teamId: "bakery", weight: 0.5, touchpointId: "tp-counter" })];
    const onShift = [{ userId: "cashier", teamId: "counter" }];
    expect(expandAttribution({ ...base, rules, onShift, localMinutes: 600 })).toEqual([
      { userId: "cashier", role: "frontline", weight: 1, teamId: "counter", reason: "shift" },
      { userId: "baker-1", role: "backoffice", weight: 0.5, teamId: "bakery", ruleId: "r-bake", reason: "rule" },
      { userId: "baker-2", role: "backoffice", weight: 0.5, teamId: "bakery", ruleId: "r-bake", reason: "rule" },
    ]);
    // A named contributor means the request knows who served: the shift adds nobody.
    const named = [{ userId: "baker-1", role: "frontline" as const, weight: 1 }];
    const out = expandAttribution({ ...base, rules, named, onShift, localMinutes: 600 });
    expect(out.map((c) => [c.userId, c.reason])).toEqual([
      ["baker-1", "named"],
      ["baker-2", "rule"],
    ]);
  });

  it("skips a person rule for someone no longer active", () => {
    const rules = [rule({ id: "r-gone", userId: "baker-retired" })];
    expect(expandAttribution({ ...base, rules, localMinutes: 600 })).toEqual([]);
  });
});

describe("inWindow", () => {
  it("treats missing bounds as open and equal bounds as the whole day", () => {
    expect(inWindow(5, null, null)).toBe(true);
    expect(inWindow(5, 600, null)).toBe(false);
    expect(inWindow(1439, 600, null)).toBe(true);
    expect(inWindow(5, null, 600)).toBe(true);
    expect(inWindow(700, 600, 600)).toBe(true);
  });
});

describe("localMinutes", () => {
  it("converts to the org's wall clock, across DST", () => {
    expect(localMinutes(new Date("2026-01-15T08:00:00Z"), "Europe/Helsinki")).toBe(600); // UTC+2
    expect(localMinutes(new Date("2026-07-15T07:00:00Z"), "Europe/Helsinki")).toBe(600); // UTC+3
    expect(localMinutes(new Date("2026-07-15T23:30:00Z"), "Asia/Tokyo")).toBe(8 * 60 + 30);
    expect(localMinutes(new Date("2026-07-15T00:05:00Z"), "UTC")).toBe(5);
  });
});
