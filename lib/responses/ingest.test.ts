// POST /api/v1/responses over real HTTP (fast-path handlers, ephemeral server), checking the
// status AND that nothing extra was stored.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { memoryLimits } from "@/lib/http/limits";
import { startFastServer } from "@/lib/http/test-server";
import { counts, makeShop, newId, poster } from "./test-helpers";

let server: Awaited<ReturnType<typeof startFastServer>>;
let post: ReturnType<typeof poster>;
beforeAll(async () => {
  server = await startFastServer({ limits: false });
  post = poster(server.url);
});
afterAll(() => server.close());

const one = (body: unknown, headers?: Record<string, string>) => post("/api/v1/responses", body, headers);

describe("POST /api/v1/responses", () => {
  it("stores an answer (201) with its rollups, marks the link used, and opens a follow-up for a detractor", async () => {
    const { org, link, cashier, baker } = await makeShop();
    const ix = await link("o-1");
    const id = newId();
    const res = await one({
      id,
      code: ix.code,
      answers: { nps: 3, csat: 2, comment: "  Cold <b>coffee</b>\n" },
      locale: "ja",
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ id, status: "stored" });
    const row = await db.response.findUniqueOrThrow({
      where: { id },
      include: { interaction: { include: { contributions: true } } },
    });
    expect(row).toMatchObject({ nps: 3, csat: 2, ces: null, comment: "  Cold <b>coffee</b>\n", locale: "ja" });
    expect(row.interaction.usedAt).not.toBeNull();
    expect(row.interaction.contributions.map((c) => c.userId).sort()).toEqual([cashier.id, baker.id].sort());
    expect(await counts(org.id)).toMatchObject({ responses: 1, followUps: 1 });
    const userRollups = await db.dailyRollup.findMany({
      where: { orgId: org.id, subjectType: "user" },
      select: { subjectId: true, npsW: true },
    });
    expect(userRollups.sort((a, b) => a.npsW - b.npsW)).toEqual([
      { subjectId: baker.id, npsW: 0.5 },
      { subjectId: cashier.id, npsW: 1 },
    ]);
  });

  it("treats a replayed id as a duplicate (200), also as an upper-case UUID, storing one row", async () => {
    const { org, link } = await makeShop();
    const ix = await link("o-2");
    const id = newId();
    const body = { id, code: ix.code, answers: { nps: 10 }, locale: "en" };
    expect((await one(body)).status).toBe(201);
    const again = await one(body);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ id, status: "duplicate" });
    const uuid =
      `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20)}`.toUpperCase();
    expect(await (await one({ ...body, id: uuid })).json()).toEqual({ id, status: "duplicate" });
    expect(await counts(org.id)).toMatchObject({ responses: 1, followUps: 0 });
  });

  it("refuses a different answer to an answered link (409), storing one row", async () => {
    const { org, link } = await makeShop();
    const ix = await link("o-3");
    expect((await one({ id: newId(), code: ix.code, answers: { nps: 9 } })).status).toBe(201);
    const second = await one({ id: newId(), code: ix.code, answers: { nps: 0 } });
    expect(second.status).toBe(409);
    expect(await second.json()).toEqual({ error: "code: this survey has already been answered", field: "code" });
    expect(await counts(org.id)).toMatchObject({ responses: 1, followUps: 0 });
  });

  it("stores exactly one of several simultaneous answers to one link", async () => {
    const { org, link } = await makeShop();
    const ix = await link("o-4");
    const statuses = (
      await Promise.all(Array.from({ length: 6 }, (_, i) => one({ id: newId(), code: ix.code, answers: { nps: i } })))
    ).map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(5);
    const c = await counts(org.id);
    expect(c.responses).toBe(1);
    expect(c.followUps).toBe(1);
    const orgRollup = await db.dailyRollup.findFirstOrThrow({ where: { orgId: org.id, subjectType: "org" } });
    expect(orgRollup.responses).toBe(1);

    const ix2 = await link("o-4b");
    const same = { id: newId(), code: ix2.code, answers: { csat: 5 } };
    const replays = (await Promise.all(Array.from({ length: 4 }, () => one(same)))).map((r) => r.status);
    expect(replays.sort()).toEqual([200, 200, 200, 201]);
    expect((await counts(org.id)).responses).toBe(2);
  });

  it("refuses out-of-range and unknown answers with the field and the rule (422), storing nothing", async () => {
    const { org, link } = await makeShop();
    const ix = await link("o-5");
    const cases: [unknown, string, RegExp][] = [
      [{ nps: 11 }, "answers.nps", /whole number from 0 to 10/],
      [{ nps: 7.5 }, "answers.nps", /whole number/],
      [{ csat: 0 }, "answers.csat", /from 1 to 5/],
      [{ ces: 8 }, "answers.ces", /from 1 to 7/],
      [{ nps: "9" }, "answers.nps", /whole number/],
      [{ comment: "x".repeat(2001) }, "answers.comment", /at most 2000/],
      [{ score: 5 }, "answers.score", /not a known field/],
      [{}, "answers", /at least one of nps, csat, ces, compare, return or a comment/],
      [{ comment: "   " }, "answers", /at least one/],
      [{ nps: 9, choices: ["teleport"] }, "answers.choices[0]", /not an option of this survey/],
      [{ nps: 9, choices: ["friendly", "fast", "friendly"] }, "answers.choices[2]", /repeated/],
    ];
    for (const [answers, field, rule] of cases) {
      const res = await one({ id: newId(), code: ix.code, answers });
      expect(res.status, JSON.stringify(answers)).toBe(422);
      const body = await res.json();
      expect(body.field).toBe(field);
      expect(body.error).toMatch(rule);
      expect(body.error.startsWith(`${field}: `)).toBe(true);
    }
    expect((await (await one({ id: "not-an-id", code: ix.code, answers: { nps: 1 } })).json()).field).toBe("id");
    expect((await (await one({ id: newId(), answers: { nps: 1 } })).json()).field).toBe("code");
    expect((await (await one({ id: newId(), code: ix.code, answers: { nps: 1 }, locale: "xx" })).json()).field).toBe(
      "locale",
    );
    expect((await (await one({ id: newId(), code: ix.code, answers: { nps: 1 }, extra: true })).json()).field).toBe(
      "extra",
    );
    expect(await counts(org.id)).toMatchObject({ responses: 0, followUps: 0, rollups: 0 });
    // A comment of exactly 2000 characters (emoji count as one) and valid choices are accepted.
    expect(
      (
        await one({
          id: newId(),
          code: ix.code,
          answers: { comment: "😀".repeat(2000), choices: ["friendly", "fast"] },
        })
      ).status,
    ).toBe(201);
  });

  it("refuses malformed JSON (400), a non-JSON type (415) and an oversize body (413), storing nothing", async () => {
    const { org, link } = await makeShop();
    const ix = await link("o-6");
    const bad = await one(`{"id": "${newId()}", "code": "${ix.code}", "answers": {"nps": 9}`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/^malformed JSON/);
    const text = await one(JSON.stringify({ id: newId(), code: ix.code, answers: { nps: 9 } }), {
      "content-type": "text/plain",
    });
    expect(text.status).toBe(415);
    const big = await one({ id: newId(), code: ix.code, answers: { nps: 9, comment: "x".repeat(17 * 1024) } });
    expect(big.status).toBe(413);
    const huge = await one({ id: newId(), code: ix.code, answers: { nps: 9, comment: "x".repeat(400 * 1024) } }).catch(
      () => null,
    );
    if (huge) expect(huge.status).toBe(413); // far beyond the limit the server may cut the connection instead
    expect(await counts(org.id)).toMatchObject({ responses: 0 });
  });

  it("answers 404 for an unknown code", async () => {
    const res = await one({ id: newId(), code: "A".repeat(22), answers: { nps: 9 } });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: "code: no survey with this code", field: "code" });
  });

  it("refuses an expired link (410) but accepts an answer given offline before expiry, within the grace period", async () => {
    const { org, link } = await makeShop();
    const day = 86_400_000;
    const old = new Date(Date.now() - 15 * day); // 14-day links: this one expired a day ago
    const late = await link("o-7", old.toISOString());
    const res = await one({ id: newId(), code: late.code, answers: { nps: 9 } });
    expect(res.status).toBe(410);
    expect(await res.json()).toEqual({ error: "code: this survey link has expired", field: "code" });
    const claimedAfterExpiry = new Date(Date.now() - 0.5 * day).toISOString();
    expect(
      (await one({ id: newId(), code: late.code, answers: { nps: 9 }, answeredAt: claimedAfterExpiry })).status,
    ).toBe(410);
    expect((await counts(org.id)).responses).toBe(0);

    const answeredOffline = new Date(old.getTime() + 2 * day);
    const id = newId();
    expect(
      (await one({ id, code: late.code, answers: { nps: 9 }, answeredAt: answeredOffline.toISOString() })).status,
    ).toBe(201);
    expect((await db.response.findUniqueOrThrow({ where: { id } })).answeredAt.toISOString()).toBe(
      answeredOffline.toISOString(),
    );

    const ancient = await link("o-7b", new Date(Date.now() - 50 * day).toISOString()); // expired 36 days ago: beyond grace
    const tooLate = await one({
      id: newId(),
      code: ancient.code,
      answers: { nps: 9 },
      answeredAt: new Date(Date.now() - 49 * day).toISOString(),
    });
    expect(tooLate.status).toBe(410);
    expect((await counts(org.id)).responses).toBe(1);
  });

  it("clamps answeredAt to [interaction time, receipt time]", async () => {
    const { link } = await makeShop();
    const occurred = new Date(Date.now() - 3_600_000);
    const a = await link("o-8", occurred.toISOString());
    const early = newId();
    await one({ id: early, code: a.code, answers: { nps: 8 }, answeredAt: "2001-01-01T00:00:00Z" });
    expect((await db.response.findUniqueOrThrow({ where: { id: early } })).answeredAt.toISOString()).toBe(
      occurred.toISOString(),
    );
    const b = await link("o-8b");
    const future = newId();
    const before = Date.now();
    await one({ id: future, code: b.code, answers: { nps: 8 }, answeredAt: "2099-01-01T00:00:00Z" });
    const stored = (await db.response.findUniqueOrThrow({ where: { id: future } })).answeredAt.getTime();
    expect(stored).toBeGreaterThanOrEqual(before - 5);
    expect(stored).toBeLessThanOrEqual(Date.now());
  });

  it("refuses an id already used for another link (409)", async () => {
    const { org, link } = await makeShop();
    const [a, b] = [await link("o-9"), await link("o-9b")];
    const id = newId();
    expect((await one({ id, code: a.code, answers: { nps: 9 } })).status).toBe(201);
    const res = await one({ id, code: b.code, answers: { nps: 9 } });
    expect(res.status).toBe(409);
    expect((await res.json()).field).toBe("id");
    expect((await counts(org.id)).responses).toBe(1);
    expect((await db.interaction.findUniqueOrThrow({ where: { id: b.id } })).usedAt).toBeNull();
  });
});

describe("rate limits", () => {
  it("limits posts per link (429 with Retry-After) and counts a batch once per address", async () => {
    const limits = memoryLimits({});
    const limited = await startFastServer({ limits });
    try {
      const p = poster(limited.url);
      const { link } = await makeShop();
      const ix = await link("rl-1");
      const body = { id: newId(), code: ix.code, answers: { nps: 9 } };
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) statuses.push((await p("/api/v1/responses", body)).status);
      expect(statuses.slice(0, 10)).toEqual([201, ...Array(9).fill(200)]);
      const last = await p("/api/v1/responses", body);
      expect(last.status).toBe(429);
      expect(Number(last.headers.get("retry-after"))).toBeGreaterThan(0);
      // 12 single requests spent 12 of this address's 600 tokens; a batch of 300 answers spends one more.
      await p("/api/v1/responses/batch", {
        responses: Array.from({ length: 300 }, () => ({ id: newId(), code: "B".repeat(22), answers: { nps: 1 } })),
      });
      expect((await limits.ip.take("127.0.0.1", 587)).ok).toBe(true);
    } finally {
      await limited.close();
    }
  });
});
