import { describe, expect, it } from "vitest";
import { timeOrderedHex } from "./ordered-id";

describe("timeOrderedHex", () => {
  it("is 32 hex digits that sort by the time they were made, and never repeats", () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => timeOrderedHex(1_700_000_000_000 + Math.floor(i / 100)));
    for (const id of ids.slice(0, 50)) expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(ids).size).toBe(ids.length);
    const later = ids.filter((_, i) => i % 100 === 0);
    expect([...later].sort()).toEqual(later);
    expect(timeOrderedHex(Date.now()) > timeOrderedHex(Date.now() - 1_000)).toBe(true);
  });
});
