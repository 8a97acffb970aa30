import { describe, expect, it } from "vitest";
import { TokenBuckets } from "./rate-limit";

describe("TokenBuckets", () => {
  it("allows a burst up to capacity, then refuses with the seconds until a token is back", () => {
    let t = 0;
    const b = new TokenBuckets({ capacity: 10, refillPerSec: 10 / 60, now: () => t });
    for (let i = 0; i < 10; i++) expect(b.take("code").ok).toBe(true);
    expect(b.take("code")).toEqual({ ok: false, retryAfterSec: 6 });
    t = 5_999;
    expect(b.take("code").ok).toBe(false);
    t = 6_000;
    expect(b.take("code").ok).toBe(true);
    expect(b.take("other").ok).toBe(true); // keys are independent
  });

  it("refills continuously but never beyond capacity", () => {
    let t = 0;
    const b = new TokenBuckets({ capacity: 3, refillPerSec: 1, now: () => t });
    b.take("ip", 3);
    t = 100_000;
    expect(b.take("ip", 3).ok).toBe(true);
    expect(b.take("ip").ok).toBe(false);
  });

  it("lets a shop of 50 phones behind one address through under the default IP budget", () => {
    let t = 0;
    const b = new TokenBuckets({ capacity: 600, refillPerSec: 20, now: () => t });
    // 50 phones each open, answer and retry twice within 10 seconds: 150 requests.
    let refused = 0;
    for (let i = 0; i < 150; i++) {
      t = i * 66;
      if (!b.take("203.0.113.7").ok) refused++;
    }
    expect(refused).toBe(0);
  });

  it("forgets the least recently used key beyond maxKeys", () => {
    const t = 0;
    const b = new TokenBuckets({ capacity: 1, refillPerSec: 0.001, maxKeys: 2, now: () => t });
    b.take("a");
    b.take("b");
    b.take("c");
    expect(b.size).toBe(2);
    expect(b.take("a").ok).toBe(true); // "a" was evicted, so it starts full
    expect(b.take("c").ok).toBe(false);
  });

  it("refuses a nonsensical configuration", () => {
    expect(() => new TokenBuckets({ capacity: 0, refillPerSec: 1 })).toThrow(/positive/);
  });
});
