// The limit stores against a real Redis (TEST_REDIS_URL, default 127.0.0.1:6379): two stores stand
// for two app instances and must share one budget; a Redis that is down must not fail a request.
import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { MemoryLimitStore, RedisLimitStore, type BucketSpec, type LimitStore } from "./limit-store";
import { createLimits } from "./limits";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `ensemble-test:${randomBytes(6).toString("hex")}:`;
const opened: LimitStore[] = [];

async function redisStore(log: (line: string) => void = () => {}, url = REDIS_URL) {
  const store = new RedisLimitStore(url, { prefix, log });
  opened.push(store);
  await store.connect();
  return store;
}
afterAll(async () => {
  for (const s of opened) await s.close();
});

const perMinute: BucketSpec = { name: "code", capacity: 10, refillPerSec: 10 / 60 };

async function takeAll(store: LimitStore, spec: BucketSpec, key: string, n: number) {
  const results = [];
  for (let i = 0; i < n; i++) results.push(await store.take(spec, key));
  return results;
}

describe.each([
  ["memory", async () => new MemoryLimitStore()],
  ["redis", () => redisStore()],
] as const)("%s store", (_kind, make) => {
  it("allows a burst up to capacity, then refuses with the seconds until a token is back", async () => {
    const store = await make();
    const key = `k-${randomBytes(4).toString("hex")}`;
    const results = await takeAll(store, perMinute, key, 11);
    expect(results.slice(0, 10).every((r) => r.ok)).toBe(true);
    expect(results[9]).toEqual({ ok: true, remaining: 0 });
    expect(results[10]).toEqual({ ok: false, retryAfterSec: 6 });
    expect((await store.take(perMinute, `${key}-other`)).ok).toBe(true); // keys are independent
  });

  it("charges a cost at once and refuses a cost larger than what is left", async () => {
    const store = await make();
    const spec: BucketSpec = { name: "ip", capacity: 600, refillPerSec: 20 };
    const key = `k-${randomBytes(4).toString("hex")}`;
    expect(await store.take(spec, key, 590)).toEqual({ ok: true, remaining: 10 });
    expect(await store.take(spec, key, 20)).toMatchObject({ ok: false });
  });
});

describe("Redis store across instances", () => {
  it("two instances share one budget per link: 10 posts a minute in total, not per instance", async () => {
    const [a, b] = [await redisStore(), await redisStore()];
    const env = {};
    const limitsA = createLimits(a, env);
    const limitsB = createLimits(b, env);
    const code = randomBytes(11).toString("hex");
    let allowed = 0;
    for (let i = 0; i < 20; i++) if ((await (i % 2 ? limitsA : limitsB).code.take(code)).ok) allowed++;
    expect(allowed).toBe(10);
  });

  it("is atomic: 200 concurrent takes from two instances against a burst of 50 let exactly 50 through", async () => {
    const [a, b] = [await redisStore(), await redisStore()];
    const spec: BucketSpec = { name: "burst", capacity: 50, refillPerSec: 0.001 };
    const key = randomBytes(6).toString("hex");
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => (i % 2 ? a : b).take(spec, key)));
    expect(results.filter((r) => r.ok).length).toBe(50);
  });
});

describe("Redis unavailable", () => {
  let silent: Server | undefined;
  afterAll(() => silent?.close());

  it("falls back to per-instance memory limits, logs once, and never throws", async () => {
    // A port where nothing listens: connection refused.
    const lines: string[] = [];
    const store = await redisStore((l) => lines.push(l), "redis://127.0.0.1:1");
    const key = "k";
    const results = await takeAll(store, perMinute, key, 12);
    expect(results.filter((r) => r.ok).length).toBe(10);
    expect(results[11]).toMatchObject({ ok: false });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Redis unavailable.*each instance limits on its own/);
  });

  it("answers within its timeout when Redis accepts connections but never replies", async () => {
    silent = createServer(() => {}); // accepts, says nothing
    await new Promise<void>((r) => silent!.listen(0, "127.0.0.1", r));
    const port = (silent.address() as { port: number }).port;
    const lines: string[] = [];
    const store = new RedisLimitStore(`redis://127.0.0.1:${port}`, {
      prefix,
      log: (l) => lines.push(l),
      timeoutMs: 100,
    });
    opened.push(store);
    await store.connect(300);
    const started = Date.now();
    expect((await store.take(perMinute, "k")).ok).toBe(true);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(lines.length).toBeGreaterThanOrEqual(1);
  });
});
