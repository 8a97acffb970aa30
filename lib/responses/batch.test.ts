// POST /api/v1/responses/batch and kiosk answers over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createApiKey } from "@/lib/auth/api-key";
import { startFastServer } from "@/lib/http/test-server";
import { makeTouchpoint } from "@/tests/factories";
import { counts, makeKioskKey, makeShop, newId, poster } from "./test-helpers";

let server: Awaited<ReturnType<typeof startFastServer>>;
let post: ReturnType<typeof poster>;
beforeAll(async () => {
  server = await startFastServer({ limits: false });
  post = poster(server.url);
});
afterAll(() => server.close());

const batch = (responses: unknown, headers?: Record<string, string>) =>
  post("/api/v1/responses/batch", { responses }, headers);

describe("POST /api/v1/responses/batch", () => {
  it("settles each answer on its own and reports per answer", async () => {
    const { org, link } = await makeShop();
    const [a, b] = [await link("b-1"), await link("b-2")];
    const ids = [newId(), newId(), newId(), newId()];
    const res = await batch([
      { id: ids[0], code: a.code, answers: { nps: 9 } },
      { id: ids[1], code: b.code, answers: { nps: 42 } },
      { id: ids[2], code: "C".repeat(22), answers: { nps: 9 } },
      { id: ids[0], code: a.code, answers: { nps: 9 } },
      { id: ids[3], code: b.code, answers: { csat: 5 } },
      "nonsense",
    ]);
    expect(res.status).toBe(200);
    expect((await res.json()).results).toEqual([
      { id: ids[0], status: "stored" },
      {
        id: ids[1],
        status: "rejected",
        httpStatus: 422,
        field: "answers.nps",
        error: "answers.nps: must be a whole number from 0 to 10",
      },
      { id: ids[2], status: "rejected", httpStatus: 404, field: "code", error: "code: no survey with this code" },
      { id: ids[0], status: "duplicate" },
      { id: ids[3], status: "stored" },
      { id: null, status: "rejected", httpStatus: 422, field: "(input)", error: expect.stringMatching(/^\(input\): /) },
    ]);
    expect((await counts(org.id)).responses).toBe(2);
  });

  it("refuses an empty or too long batch (422), unknown keys, and a body over 1 MB (413), storing nothing", async () => {
    const { org, link } = await makeShop();
    const ix = await link("b-3");
    expect((await batch([])).status).toBe(422);
    const tooMany = await batch(
      Array.from({ length: 501 }, () => ({ id: newId(), code: ix.code, answers: { nps: 9 } })),
    );
    expect(tooMany.status).toBe(422);
    expect(await tooMany.json()).toEqual({
      error: "responses: must be a list of 1 to 500 answers",
      field: "responses",
    });
    expect((await post("/api/v1/responses/batch", { responses: [], more: 1 })).status).toBe(422);
    expect((await post("/api/v1/responses/batch", "[1,")).status).toBe(400);
    const big = await batch(
      Array.from({ length: 60 }, () => ({
        id: newId(),
        code: ix.code,
        answers: { comment: "x".repeat(1990) },
        pad: "y".repeat(16000),
      })),
    );
    expect(big.status).toBe(413);
    expect((await counts(org.id)).responses).toBe(0);
  });
});

describe("kiosk answers", () => {
  it("create interactions credited by the touchpoint's rules; a re-sent batch stores nothing more", async () => {
    const { org, tp, baker } = await makeShop();
    const key = await makeKioskKey(org.id, tp.id);
    const items = Array.from({ length: 20 }, (_, i) => ({
      id: newId(),
      touchpoint: "store-main",
      answers: { nps: i % 11 },
      locale: "fi",
      answeredAt: new Date(Date.now() - 60_000 * i).toISOString(),
    }));
    const first = await batch(items, { authorization: `Bearer ${key}` });
    expect(first.status).toBe(200);
    expect((await first.json()).results.every((r: { status: string }) => r.status === "stored")).toBe(true);
    // The kiosk "kills the server mid-sync" and re-sends everything: all duplicates.
    const again = await batch(items, { authorization: `Bearer ${key}` });
    expect((await again.json()).results.map((r: { status: string }) => r.status)).toEqual(Array(20).fill("duplicate"));

    const c = await counts(org.id);
    expect(c).toMatchObject({ responses: 20, interactions: 20 });
    const ix = await db.interaction.findUniqueOrThrow({
      where: { orgId_ref: { orgId: org.id, ref: `kiosk-${items[3].id}` } },
      include: { contributions: true, response: true },
    });
    expect(ix).toMatchObject({ source: "kiosk", locale: "fi" });
    expect(ix.occurredAt.toISOString()).toBe(items[3].answeredAt);
    expect(ix.response?.id).toBe(items[3].id);
    expect(ix.contributions.map((x) => [x.userId, x.role, x.weight])).toEqual([[baker.id, "backoffice", 0.5]]);

    // A single kiosk post works too, and concurrent retries of one answer store it once.
    const single = { id: newId(), touchpoint: "store-main", answers: { csat: 4 } };
    const statuses = (
      await Promise.all(
        Array.from({ length: 4 }, () => post("/api/v1/responses", single, { authorization: `Bearer ${key}` })),
      )
    ).map((r) => r.status);
    expect(statuses.sort()).toEqual([200, 200, 200, 201]);
    expect(await counts(org.id)).toMatchObject({ responses: 21, interactions: 21 });
  });

  it("needs the kiosk key of that very touchpoint (401 / 403), storing nothing", async () => {
    const { org, tp } = await makeShop();
    const other = await makeTouchpoint(org.id, "store-east");
    const otherKey = await makeKioskKey(org.id, other.id);
    const { key: apiKey } = await createApiKey(org.id);
    const item = { id: newId(), touchpoint: "store-main", answers: { nps: 9 } };
    const none = await post("/api/v1/responses", item);
    expect(none.status).toBe(401);
    expect((await none.json()).field).toBe("touchpoint");
    expect((await post("/api/v1/responses", item, { authorization: `Bearer ${apiKey}` })).status).toBe(401);
    const wrong = await post("/api/v1/responses", item, { authorization: `Bearer ${otherKey}` });
    expect(wrong.status).toBe(403);
    expect((await wrong.json()).error).toBe('touchpoint: this kiosk key answers for "store-east" only');
    const revokedKey = await makeKioskKey(org.id, tp.id);
    await db.apiKey.updateMany({
      where: { orgId: org.id, scope: "kiosk", touchpointId: tp.id },
      data: { revokedAt: new Date() },
    });
    expect((await post("/api/v1/responses", item, { authorization: `Bearer ${revokedKey}` })).status).toBe(401);
    expect(await counts(org.id)).toMatchObject({ responses: 0, interactions: 0 });
  });
});
