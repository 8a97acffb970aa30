// In-memory token buckets: `capacity` tokens, refilled continuously at `refillPerSec`.
// Pure apart from the injectable clock, so tests drive time by hand. The memory limit store
// (lib/http/limit-store.ts) is built on these; the Redis store runs the same arithmetic in Lua.

export type TakeResult = { ok: true; remaining: number } | { ok: false; retryAfterSec: number };
export type BucketOptions = { capacity: number; refillPerSec: number; maxKeys?: number; now?: () => number };

export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(private readonly opts: BucketOptions) {
    if (!(opts.capacity > 0) || !(opts.refillPerSec > 0))
      throw new Error("TokenBuckets: capacity and refillPerSec must be positive");
    this.maxKeys = opts.maxKeys ?? 100_000;
    this.now = opts.now ?? Date.now;
  }

  take(key: string, cost = 1): TakeResult {
    const now = this.now();
    const { capacity, refillPerSec } = this.opts;
    const prev = this.buckets.get(key);
    const tokens = prev ? Math.min(capacity, prev.tokens + ((now - prev.at) / 1000) * refillPerSec) : capacity;
    // Re-insert so the Map's order is least-recently-used first; the oldest key goes when full.
    this.buckets.delete(key);
    if (tokens + 1e-9 < cost) {
      this.buckets.set(key, { tokens, at: now });
      this.evict();
      return { ok: false, retryAfterSec: Math.max(1, Math.ceil((cost - tokens) / refillPerSec)) };
    }
    this.buckets.set(key, { tokens: tokens - cost, at: now });
    this.evict();
    return { ok: true, remaining: Math.floor(tokens - cost) };
  }

  get size() {
    return this.buckets.size;
  }

  private evict() {
    // A forgotten key starts again with a full bucket, which is only generous, never unfair.
    while (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value as string);
  }
}
