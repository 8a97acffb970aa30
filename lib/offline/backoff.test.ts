import { describe, expect, it } from "vitest";
import { BACKOFF_BASE_MS, BACKOFF_MAX_MS, backoffDelay, classifyBatch, classifyItem } from "./backoff";

describe("backoffDelay", () => {
  it("doubles from the base and caps, with jitter between half and the whole nominal delay", () => {
    expect(backoffDelay(0, () => 0)).toBe(BACKOFF_BASE_MS / 2);
    expect(backoffDelay(0, () => 1)).toBe(BACKOFF_BASE_MS);
    expect(backoffDelay(3, () => 1)).toBe(BACKOFF_BASE_MS * 8);
    expect(backoffDelay(50, () => 1)).toBe(BACKOFF_MAX_MS);
    expect(backoffDelay(50, () => 0)).toBe(BACKOFF_MAX_MS / 2);
  });
  it("spreads clients out", () => {
    let seed = 1;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelay(4, rnd)));
    expect(delays.size).toBeGreaterThan(40);
  });
  it("treats a negative attempt as the first", () => {
    expect(backoffDelay(-3, () => 1)).toBe(BACKOFF_BASE_MS);
  });
});

describe("classifyItem", () => {
  it("confirms stored and duplicate answers", () => {
    expect(classifyItem({ id: "a", status: "stored" })).toBe("confirmed");
    expect(classifyItem({ id: "a", status: "duplicate" })).toBe("confirmed");
  });
  it("drops answers refused for good, keeps rate-limited and failed ones", () => {
    for (const s of [404, 409, 410, 422])
      expect(classifyItem({ id: "a", status: "rejected", httpStatus: s })).toBe("dropped");
    for (const s of [429, 500, 503]) expect(classifyItem({ id: "a", status: "rejected", httpStatus: s })).toBe("retry");
    expect(classifyItem(undefined)).toBe("retry");
    expect(classifyItem({ id: "a", status: "something-new" })).toBe("retry");
  });
});

describe("classifyBatch", () => {
  it("reads items on 2xx, retries on 429/5xx/timeouts, holds on a bad key", () => {
    expect(classifyBatch(200, 50)).toBe("per-item");
    expect(classifyBatch(429, 50)).toBe("retry");
    expect(classifyBatch(502, 50)).toBe("retry");
    expect(classifyBatch(408, 1)).toBe("retry");
    expect(classifyBatch(401, 50)).toBe("hold");
  });
  it("splits a batch refused as a whole, and judges a single answer by its status", () => {
    expect(classifyBatch(413, 50)).toBe("split");
    expect(classifyBatch(422, 2)).toBe("split");
    expect(classifyBatch(422, 1)).toBe("per-item");
    expect(classifyBatch(413, 1)).toBe("per-item");
  });
});
