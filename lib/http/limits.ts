// The process-wide rate limiters, tunable by environment. Held on globalThis so the fast path
// (server.ts) and Next's bundled copy of this module share one set of buckets.
import { TokenBuckets } from "./rate-limit";

export type Limits = { ip: TokenBuckets; code: TokenBuckets; posterIp: TokenBuckets; posterTouchpoint: TokenBuckets };

const num = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

/**
 * Defaults: an address may burst 600 requests and sustain 20/s (a shop of 50 phones behind one
 * NAT, or a kiosk flushing 1,000 answers in two batch requests, passes: batches count once);
 * a survey link takes 10 posts a minute; a poster mints at most 120 interactions at once and
 * 1/s per address, and 5/s per touchpoint across all addresses.
 */
export function createLimits(): Limits {
  return {
    ip: new TokenBuckets({ capacity: num("INGEST_IP_BURST", 600), refillPerSec: num("INGEST_IP_PER_SEC", 20) }),
    code: new TokenBuckets({
      capacity: num("INGEST_CODE_BURST", 10),
      refillPerSec: num("INGEST_CODE_PER_MIN", 10) / 60,
    }),
    posterIp: new TokenBuckets({ capacity: num("POSTER_IP_BURST", 120), refillPerSec: num("POSTER_IP_PER_SEC", 1) }),
    posterTouchpoint: new TokenBuckets({ capacity: 600, refillPerSec: num("POSTER_TOUCHPOINT_PER_SEC", 5) }),
  };
}

export function sharedLimits(): Limits {
  const g = globalThis as { __ensembleLimits?: Limits };
  return (g.__ensembleLimits ??= createLimits());
}
