// Webhooks end to end over real HTTP: an answer is ingested, the dispatcher and the sender run
// as the server runs them, and a receiver started here checks what arrives.
import { createHmac, timingSafeEqual } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { startFastServer } from "../http/test-server";
import { makeShop, newId, poster } from "../responses/test-helpers";
import { startEventWorkers } from "../events/worker";
import { isLinkLocal, resolvedUrlProblem, urlProblem } from "./address";
import { addEndpoint, listDeliveries, listEndpoints, resendDelivery, setPaused } from "./endpoints";
import { startReceiver, type Received } from "./receiver";
import { retryDelayMs } from "./deliver";

let server: Awaited<ReturnType<typeof startFastServer>>;
let post: ReturnType<typeof poster>;
let workers: ReturnType<typeof startEventWorkers>;
const receivers: { close(): Promise<void> }[] = [];
beforeAll(async () => {
  process.env.WEBHOOK_RETRY_BASE_MS = "200";
  server = await startFastServer({ limits: false });
  post = poster(server.url);
  workers = startEventWorkers(50);
});
afterAll(async () => {
  await workers.stop();
  await server.close();
});
afterEach(async () => {
  for (const r of receivers.splice(0)) await r.close();
});

async function receiver(answer?: (r: Received, n: number) => number) {
  const r = await startReceiver(answer);
  receivers.push(r);
  return r;
}

async function until<T>(what: string, check: () => T | Promise<T>, ms = 10_000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The receiver's side of docs/events.md: recompute the HMAC over "<t>.<raw body>". */
function verifies(secret: string, r: Received): boolean {
  const header = String(r.headers["ensemble-signature"] ?? "");
  const parts = Object.fromEntries(header.split(",").map((p) => p.split("=") as [string, string]));
  const expected = createHmac("sha256", secret).update(`${parts.t}.${r.body}`).digest();
  const given = Buffer.from(parts.v1 ?? "", "hex");
  return (
    given.length === expected.length &&
    timingSafeEqual(given, expected) &&
    Math.abs(Date.now() / 1000 - Number(parts.t)) < 300
  );
}

describe("webhook delivery", () => {
  it("delivers response.stored and followup.opened for a detractor, signed, with the docs/events.md body and headers", async () => {
    const { org, link } = await makeShop();
    const hook = await receiver();
    const { secret } = await addEndpoint(org.id, { url: hook.url });
    const ix = await link("o-wh-1");
    const id = newId();
    expect((await post("/api/v1/responses", { id, code: ix.code, answers: { nps: 2, comment: "late" } })).status).toBe(
      201,
    );
    await until("two deliveries", () => hook.received.length >= 2);
    const types = hook.received.map((r) => r.headers["ensemble-event"]).sort();
    expect(types).toEqual(["followup.opened", "response.stored"]);
    for (const r of hook.received) {
      expect(verifies(secret, r)).toBe(true);
      expect(verifies(secret + "x", r)).toBe(false);
      const body = JSON.parse(r.body);
      expect(Object.keys(body).sort()).toEqual(["createdAt", "data", "id", "org", "type"]);
      expect(body).toMatchObject({ org: org.slug, type: r.headers["ensemble-event"] });
      expect(r.headers["ensemble-delivery"]).toBe(body.id);
      expect(r.headers["content-type"]).toBe("application/json");
      expect(body.data.response).toMatchObject({ id, interactionRef: "o-wh-1", nps: 2, comment: "late" });
    }
    const opened = JSON.parse(hook.received.find((r) => r.headers["ensemble-event"] === "followup.opened")!.body);
    const fu = await db.followUp.findUniqueOrThrow({ where: { responseId: id } });
    expect(opened.data.followup).toMatchObject({ id: fu.id, status: "open", escalated: false });
    await new Promise((r) => setTimeout(r, 300));
    expect(hook.received).toHaveLength(2); // once each
  });

  it("retries a receiver answering 500: the third attempt delivers, and every attempt is logged", async () => {
    const { org, link } = await makeShop();
    const hook = await receiver((_r, n) => (n <= 2 ? 500 : 200));
    const { id: endpointId } = await addEndpoint(org.id, { url: hook.url, events: ["response.stored"] });
    const ix = await link("o-wh-2");
    await post("/api/v1/responses", { id: newId(), code: ix.code, answers: { nps: 9 } });
    await until("three attempts", () => hook.received.length >= 3);
    const ids = new Set(hook.received.map((r) => JSON.parse(r.body).id));
    expect(ids.size).toBe(1); // the same event each time
    // The same bytes each time: the first body went straight from the fan-out, the retries were built from the stored event.
    expect(new Set(hook.received.map((r) => r.body)).size).toBe(1);
    // Backoff: the retries came after the first delay (200 ms ± 20%) and a doubled one.
    expect(hook.received[1].at - hook.received[0].at).toBeGreaterThanOrEqual(150);
    expect(hook.received[2].at - hook.received[1].at).toBeGreaterThanOrEqual(300);
    const [delivery] = await until("the delivery settles", async () => {
      const ds = await listDeliveries(org.id, endpointId);
      return ds[0]?.status === "delivered" ? ds : null;
    });
    expect(delivery.attempts).toBe(3);
    expect(delivery.log.map((a) => a.httpStatus)).toEqual([200, 500, 500]);
    expect(delivery.log[1].excerpt).toBe("nope 500");
    expect((await listEndpoints(org.id))[0].health).toBe("healthy");
  });

  it("an endpoint whose first delivery is being retried is shown as retrying, not as having no deliveries", async () => {
    const { org, link } = await makeShop();
    const hook = await receiver(() => 503);
    await addEndpoint(org.id, { url: hook.url, events: ["response.stored"] });
    expect((await listEndpoints(org.id))[0].health).toBe("new");
    const ix = await link("o-wh-retrying");
    await post("/api/v1/responses", { id: newId(), code: ix.code, answers: { nps: 9 } });
    await until("a failed attempt", () => hook.received.length >= 1);
    const endpoint = await until("the attempt logged", async () => {
      const [e] = await listEndpoints(org.id);
      return e.lastAttemptAt ? e : null;
    });
    expect(endpoint).toMatchObject({ health: "retrying", pending: 1 });
  });

  it("sends only the types an endpoint asked for, holds them while paused, and resends on request", async () => {
    const { org, link } = await makeShop();
    const hook = await receiver();
    const { id: endpointId } = await addEndpoint(org.id, { url: hook.url, events: ["kudos"] });
    await setPaused(org.id, endpointId, true);
    const ix = await link("o-wh-3");
    await post("/api/v1/responses", { id: newId(), code: ix.code, answers: { nps: 10, comment: "wonderful" } });
    await until("the kudos delivery is queued", async () => (await listDeliveries(org.id, endpointId)).length === 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(hook.received).toHaveLength(0);
    expect((await listEndpoints(org.id))[0]).toMatchObject({ health: "paused", pending: 1 });
    await setPaused(org.id, endpointId, false);
    await until("the kudos", () => hook.received.length === 1);
    expect(hook.received[0].headers["ensemble-event"]).toBe("kudos");
    const [delivery] = await listDeliveries(org.id, endpointId);
    await until("delivered", async () => (await listDeliveries(org.id, endpointId))[0].status === "delivered");
    await resendDelivery(org.id, delivery.id);
    await until("the resend", () => hook.received.length === 2);
    expect(hook.received[1].body).toBe(hook.received[0].body);
  });
});

describe("where webhooks may go", () => {
  it("refuses other schemes, link-local addresses, credentials and the app itself, naming the rule", async () => {
    expect(urlProblem("ftp://example.com/x")).toBe("must start with http:// or https://");
    expect(urlProblem("not a url")).toMatch(/must be a full URL/);
    expect(urlProblem("http://169.254.169.254/latest/meta-data")).toMatch(/link-local/);
    expect(urlProblem("http://[fe80::1]/x")).toMatch(/link-local/);
    expect(urlProblem("http://[::ffff:169.254.1.1]/x")).toMatch(/link-local/);
    expect(urlProblem("https://user:pw@example.com/")).toMatch(/user name or password/);
    expect(urlProblem("https://hooks.example.com/ensemble")).toBeNull();
    expect(isLinkLocal("febf::1")).toBe(true);
    expect(isLinkLocal("fec0::1")).toBe(false);
    const saved = { ...process.env };
    try {
      process.env.PUBLIC_BASE_URL = "https://ensemble.example.com";
      process.env.PORT = "3999";
      expect(urlProblem("https://ensemble.example.com/api/x")).toBe("must not point at Ensemble itself");
      expect(urlProblem("http://localhost:3999/x")).toBe("must not point at Ensemble itself");
      expect(urlProblem("http://127.0.0.1:3999/x")).toBe("must not point at Ensemble itself");
      expect(await resolvedUrlProblem("http://localhost:3999/x")).toBe("must not point at Ensemble itself");
      expect(urlProblem("http://127.0.0.1:4000/x")).toBeNull();
    } finally {
      process.env.PUBLIC_BASE_URL = saved.PUBLIC_BASE_URL;
      process.env.PORT = saved.PORT;
      if (saved.PUBLIC_BASE_URL === undefined) delete process.env.PUBLIC_BASE_URL;
      if (saved.PORT === undefined) delete process.env.PORT;
    }
  });

  it("adding an endpoint names the field and the rule", async () => {
    const { org } = await makeShop();
    await expect(addEndpoint(org.id, { url: "http://169.254.169.254/" })).rejects.toMatchObject({
      field: "url",
      rule: expect.stringMatching(/link-local/),
    });
    await expect(addEndpoint(org.id, { url: "https://x.example/", events: ["nope"] })).rejects.toMatchObject({
      field: "events.0",
    });
    await expect(addEndpoint(org.id, { url: "http://no-such-host.invalid/" })).rejects.toMatchObject({
      rule: expect.stringMatching(/does not resolve/),
    });
  });

  it("backs off exponentially with jitter: at least 8 attempts spread over more than an hour", () => {
    const base = 30_000;
    let lowest = 0;
    for (let n = 1; n < 10; n++) lowest += retryDelayMs(n, base, () => 0);
    expect(lowest).toBeGreaterThan(3_600_000);
    expect(retryDelayMs(1, base, () => 0)).toBe(24_000);
    expect(retryDelayMs(1, base, () => 0.999)).toBeLessThan(36_000);
    expect(retryDelayMs(3, 200, () => 0.5)).toBe(800);
  });
});
