// The rate limits of the public endpoints, tunable by environment. Each limit is a bucket family
// in one LimitStore (lib/http/limit-store.ts): memory for one instance, Redis for several.
// server.ts creates the store once and passes these limits to every route that needs them.
import { MemoryLimitStore, type BucketSpec, type LimitStore, type TakeResult } from "./limit-store";

/** The environment, or a stand-in for it in tests. */
type Env = Record<string, string | undefined>;

export type Limiter = { take(key: string, cost?: number): Promise<TakeResult> };
export type LimitName = "ip" | "code" | "posterIp" | "posterTouchpoint";
export type Limits = Record<LimitName, Limiter>;

const num = (env: Env, name: string, fallback: number) => {
  const v = Number(env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

/**
 * Defaults: an address may burst 600 requests and sustain 20/s (a shop of 50 phones behind one
 * NAT, or a kiosk flushing 1,000 answers in two batch requests, passes: batches count once);
 * a survey link takes 10 posts a minute; a poster mints at most 120 interactions at once and
 * 1/s per address, and 5/s per touchpoint across all addresses.
 */
export function limitSpecs(env: Env = process.env): Record<LimitName, BucketSpec> {
  return {
    ip: { name: "ip", capacity: num(env, "INGEST_IP_BURST", 600), refillPerSec: num(env, "INGEST_IP_PER_SEC", 20) },
    code: {
      name: "code",
      capacity: num(env, "INGEST_CODE_BURST", 10),
      refillPerSec: num(env, "INGEST_CODE_PER_MIN", 10) / 60,
    },
    posterIp: {
      name: "poster-ip",
      capacity: num(env, "POSTER_IP_BURST", 120),
      refillPerSec: num(env, "POSTER_IP_PER_SEC", 1),
    },
    posterTouchpoint: {
      name: "poster-touchpoint",
      capacity: num(env, "POSTER_TOUCHPOINT_BURST", 600),
      refillPerSec: num(env, "POSTER_TOUCHPOINT_PER_SEC", 5),
    },
  };
}

export function createLimits(store: LimitStore, env: Env = process.env): Limits {
  const specs = limitSpecs(env);
  const limiter = (spec: BucketSpec): Limiter => ({ take: (key, cost = 1) => store.take(spec, key, cost) });
  return {
    ip: limiter(specs.ip),
    code: limiter(specs.code),
    posterIp: limiter(specs.posterIp),
    posterTouchpoint: limiter(specs.posterTouchpoint),
  };
}

/** In-memory limits for one process (tests, and the Next route files under plain `next dev`). */
export function memoryLimits(env: Env = process.env): Limits {
  return createLimits(new MemoryLimitStore(), env);
}
