// The fatigue throttle through POST /api/v1/interactions: a customer asked recently gets no link
// (the interaction and its credits are still stored), another customer does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createApiKey } from "@/lib/auth/api-key";
import { startFastServer } from "@/lib/http/test-server";
import { makeShop, poster } from "@/lib/responses/test-helpers";

let server: Awaited<ReturnType<typeof startFastServer>>;
let post: ReturnType<typeof poster>;
beforeAll(async () => {
  server = await startFastServer({ limits: false });
  post = poster(server.url);
});
afterAll(() => server.close());

const DAY = 86_400_000;

describe("fatigue throttle", () => {
  it("leaves a customer alone for the quiet period, still recording the interaction and its credits", async () => {
    const { org, cashier, baker } = await makeShop();
    const { key } = await createApiKey(org.id, { scope: "api" });
    const auth = { authorization: `Bearer ${key}` };
    const now = Date.now();
    const at = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();
    const body = (ref: string, customer: string | undefined, daysAgo: number) => ({
      ref,
      touchpoint: "store-main",
      occurredAt: at(daysAgo),
      customer,
      contributors: [{ email: cashier.email, role: "frontline" }],
    });

    const first = await post("/api/v1/interactions", body("t-1", "cust-a1b2", 10), auth);
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ throttled: false, url: expect.stringContaining("/s/") });

    const again = await post("/api/v1/interactions", body("t-2", "cust-a1b2", 1), auth);
    expect(again.status).toBe(201);
    const throttled = await again.json();
    // Asked 10 days ago, default 30 quiet days: next ask 20 days from now, at the first ask's time + 30 days.
    expect(throttled).toEqual({
      id: expect.any(String),
      ref: "t-2",
      created: true,
      throttled: true,
      surveyAfter: new Date(Date.parse(at(10)) + 30 * DAY).toISOString(),
    });
    const stored = await db.interaction.findUniqueOrThrow({
      where: { id: throttled.id },
      include: { contributions: true },
    });
    expect(stored).toMatchObject({ throttled: true, customer: "cust-a1b2" });
    expect(stored.contributions.map((c) => c.userId).sort()).toEqual([cashier.id, baker.id].sort());
    expect(stored.expiresAt.getTime()).toBeLessThanOrEqual(stored.occurredAt.getTime()); // the link is closed

    // The same ref again: the same throttled answer (200), not a link.
    const replay = await post("/api/v1/interactions", body("t-2", "cust-a1b2", 1), auth);
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual({ ...throttled, created: false });

    // Another customer, and a visit with no customer key, get their links.
    const other = await post("/api/v1/interactions", body("t-3", "cust-zz99", 1), auth);
    expect(await other.json()).toMatchObject({ throttled: false, url: expect.any(String), code: expect.any(String) });
    const anonymous = await post("/api/v1/interactions", body("t-4", undefined, 1), auth);
    expect(await anonymous.json()).toMatchObject({ throttled: false, url: expect.any(String) });

    // After the quiet period the customer is asked again; 0 quiet days turns the throttle off.
    // (A visit 40 days ago still has a live link only where links last that long.)
    await db.organization.update({ where: { id: org.id }, data: { linkTtlDays: 60 } });
    const later = await post("/api/v1/interactions", body("t-5", "cust-old", 40), auth);
    expect((await later.json()).throttled).toBe(false);
    const back = await post("/api/v1/interactions", body("t-6", "cust-old", 5), auth);
    expect((await back.json()).throttled).toBe(false);
    await db.organization.update({ where: { id: org.id }, data: { customerQuietDays: 0 } });
    const off = await post("/api/v1/interactions", body("t-7", "cust-a1b2", 0), auth);
    expect((await off.json()).throttled).toBe(false);
  });

  it("names the customer field and its rule when the key is not acceptable", async () => {
    const { org } = await makeShop();
    const { key } = await createApiKey(org.id, { scope: "api" });
    const bad = async (customer: unknown) => {
      const res = await post(
        "/api/v1/interactions",
        { ref: `b-${String(customer).length}`, touchpoint: "store-main", customer },
        { authorization: `Bearer ${key}` },
      );
      expect(res.status).toBe(422);
      return (await res.json()).error as string;
    };
    expect(await bad("x".repeat(129))).toBe("customer: must be at most 128 characters");
    expect(await bad("line\nbreak")).toBe("customer: must be a single line without control characters (found U+000A)");
    expect(await bad(42)).toBe("customer: must be text");
  });
});
