// Where rate-limit buckets live. One store per process, created by server.ts and handed to the
// routes: in memory for a single instance, in Redis (REDIS_URL) when several instances must share
// one budget. Both implement the same continuous token bucket (lib/http/rate-limit.ts).
//
// If Redis stops answering, the limits do not fail requests: each instance falls back to its own
// memory buckets (so the budget is per instance until Redis is back), logs one line when that
// starts and one when Redis answers again. A rate limiter must never turn into a 500.
import Redis from "ioredis";
import { TokenBuckets, type TakeResult } from "./rate-limit";

/** The environment, or a stand-in for it in tests. */
type Env = Record<string, string | undefined>;

export type { TakeResult } from "./rate-limit";

/** A named bucket family: every key gets `capacity` tokens, refilled at `refillPerSec`. */
export type BucketSpec = { name: string; capacity: number; refillPerSec: number };

export interface LimitStore {
  readonly kind: "memory" | "redis";
  take(bucket: BucketSpec, key: string, cost?: number): Promise<TakeResult>;
  close(): Promise<void>;
}

export class MemoryLimitStore implements LimitStore {
  readonly kind = "memory";
  private readonly families = new Map<string, TokenBuckets>();

  constructor(private readonly opts: { maxKeys?: number; now?: () => number } = {}) {}

  async take(bucket: BucketSpec, key: string, cost = 1): Promise<TakeResult> {
    return this.takeNow(bucket, key, cost);
  }

  /** Synchronous, for the Redis store's fallback. */
  takeNow(bucket: BucketSpec, key: string, cost = 1): TakeResult {
    let family = this.families.get(bucket.name);
    if (!family) {
      family = new TokenBuckets({ capacity: bucket.capacity, refillPerSec: bucket.refillPerSec, ...this.opts });
      this.families.set(bucket.name, family);
    }
    return family.take(key, cost);
  }

  async close() {}
}

// The bucket as a hash {t: tokens, a: at (ms)}, read and written in one atomic step. The clock is
// Redis's own, so instances with drifting clocks still agree. The key expires once it would be
// full again: a forgotten key and a full bucket are the same thing.
const TAKE_LUA = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local stored = redis.call('HMGET', KEYS[1], 't', 'a')
local tokens = capacity
if stored[1] then
  tokens = math.min(capacity, tonumber(stored[1]) + math.max(0, now - tonumber(stored[2])) / 1000 * rate)
end
local allowed = tokens + 1e-9 >= cost
if allowed then tokens = tokens - cost end
redis.call('HSET', KEYS[1], 't', tostring(tokens), 'a', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / rate * 1000) + 1000)
if allowed then return {1, math.floor(tokens)} end
return {0, math.max(1, math.ceil((cost - tokens) / rate))}
`;

type RedisWithTake = Redis & {
  ensembleTake(key: string, capacity: number, rate: number, cost: number): Promise<[number, number]>;
};

export type RedisStoreOptions = {
  /** Key prefix, so several deployments (or tests) can share one Redis. */
  prefix?: string;
  /** How long a take may wait for Redis before the memory fallback answers. */
  timeoutMs?: number;
  log?: (line: string) => void;
};

export class RedisLimitStore implements LimitStore {
  readonly kind = "redis";
  private readonly redis: RedisWithTake;
  private readonly fallback = new MemoryLimitStore();
  private readonly prefix: string;
  private readonly log: (line: string) => void;
  private degraded = false;

  constructor(url: string, opts: RedisStoreOptions = {}) {
    this.prefix = opts.prefix ?? "ensemble:limit:";
    this.log = opts.log ?? ((line) => console.warn(line));
    this.redis = new Redis(url, {
      // Fail fast instead of queueing while disconnected: the fallback answers meanwhile.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: opts.timeoutMs ?? 250,
      connectTimeout: 2_000,
      retryStrategy: (attempt) => Math.min(attempt * 250, 5_000),
      lazyConnect: true,
    }) as RedisWithTake;
    this.redis.defineCommand("ensembleTake", { numberOfKeys: 1, lua: TAKE_LUA });
    // ioredis reports connection errors as events; the take that fails says what matters.
    this.redis.on("error", () => {});
  }

  /** Connects, waiting at most `ms`; a Redis that is down now is not fatal (see the header). */
  async connect(ms = 2_000): Promise<boolean> {
    const ready = this.redis.connect().then(
      () => true,
      () => false,
    );
    const timer = new Promise<boolean>((r) => setTimeout(() => r(false), ms).unref());
    const ok = await Promise.race([ready, timer]);
    if (!ok) this.markDegraded(new Error("not reachable at start"));
    return ok;
  }

  async take(bucket: BucketSpec, key: string, cost = 1): Promise<TakeResult> {
    try {
      const [allowed, n] = await this.redis.ensembleTake(
        `${this.prefix}${bucket.name}:${key}`,
        bucket.capacity,
        bucket.refillPerSec,
        cost,
      );
      if (this.degraded) {
        this.degraded = false;
        this.log("rate limits: Redis answers again; limits are shared across instances");
      }
      return allowed === 1 ? { ok: true, remaining: n } : { ok: false, retryAfterSec: n };
    } catch (error) {
      this.markDegraded(error);
      return this.fallback.takeNow(bucket, key, cost);
    }
  }

  private markDegraded(error: unknown) {
    if (this.degraded) return;
    this.degraded = true;
    this.log(
      `rate limits: Redis unavailable (${(error as Error).message}); each instance limits on its own until it is back`,
    );
  }

  async close() {
    this.redis.disconnect();
  }
}

/** REDIS_URL set: Redis (shared by every instance); otherwise memory (this process only). */
export async function limitStoreFromEnv(env: Env = process.env): Promise<LimitStore> {
  const url = env.REDIS_URL?.trim();
  if (!url) return new MemoryLimitStore();
  const store = new RedisLimitStore(url, { prefix: env.REDIS_PREFIX?.trim() || undefined });
  await store.connect();
  return store;
}
