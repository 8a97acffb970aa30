// Every door records the same events, in the answer's own transaction: response.stored for each
// answer, kudos for a promoter's comment, followup.opened for each case a detractor opens.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startFastServer } from "@/lib/http/test-server";
import { counts, makeKioskKey, makeShop, newId, poster } from "./test-helpers";

let server: Awaited<ReturnType<typeof startFastServer>>;
let post: ReturnType<typeof poster>;
beforeAll(async () => {
  server = await startFastServer({ limits: false });
  post = poster(server.url);
});
afterAll(() => server.close());

type Data = {
  response: Record<string, unknown>;
  credited: { email: string; role: string; weight: number }[];
  followup?: Record<string, unknown>;
};
async function eventsOf(orgId: string) {
  const rows = await db.event.findMany({ where: { orgId }, orderBy: { type: "asc" } });
  return rows.map((e) => ({ type: e.type, data: JSON.parse(e.data) as Data, dispatchedAt: e.dispatchedAt }));
}

describe("events recorded by the write path", () => {
  it("a live detractor: response.stored and followup.opened, with the case, the answer and who is credited", async () => {
    const { org, link } = await makeShop();
    const ix = await link("o-ev-1");
    const id = newId();
    const res = await post("/api/v1/responses", {
      id,
      code: ix.code,
      answers: { nps: 2, csat: 1, comment: "cold" },
      locale: "de",
    });
    expect(res.status).toBe(201);
    const fu = await db.followUp.findUniqueOrThrow({ where: { responseId: id } });
    const events = await eventsOf(org.id);
    expect(events.map((e) => e.type)).toEqual(["followup.opened", "response.stored"]);
    const [opened, stored] = events;
    expect(stored.data.response).toEqual({
      id,
      interactionRef: "o-ev-1",
      touchpoint: "store-main",
      answeredAt: expect.any(String),
      locale: "de",
      nps: 2,
      csat: 1,
      comment: "cold",
    });
    expect(stored.data.credited).toEqual([
      { email: "aiko@example.test", name: "aiko", kind: "frontline", role: "frontline", weight: 1 },
      { email: "baker@example.test", name: "baker", kind: "backoffice", role: "backoffice", weight: 0.5 },
    ]);
    expect(opened.data.followup).toEqual({
      id: fu.id,
      status: "open",
      openedAt: fu.openedAt.toISOString(),
      escalated: false,
    });
    expect(opened.data.response).toEqual(stored.data.response);
    expect(JSON.stringify(events)).not.toMatch(/customer/);

    // A replay stores nothing and records nothing.
    expect((await post("/api/v1/responses", { id, code: ix.code, answers: { nps: 2 } })).status).toBe(200);
    expect(await eventsOf(org.id)).toHaveLength(2);
  });

  it("a promoter's comment is a kudos; a promoter without one and a passive are only stored", async () => {
    const { org, link } = await makeShop();
    const answers = [
      { nps: 10, comment: "Lovely bread" },
      { nps: 9 },
      { nps: 8, comment: "fine" },
      { nps: 9, comment: "  " },
    ];
    for (const [i, a] of answers.entries()) {
      const ix = await link(`o-k-${i}`);
      expect((await post("/api/v1/responses", { id: newId(), code: ix.code, answers: a })).status).toBe(201);
    }
    const events = await eventsOf(org.id);
    expect(events.filter((e) => e.type === "response.stored")).toHaveLength(4);
    const kudos = events.filter((e) => e.type === "kudos");
    expect(kudos.map((k) => k.data.response.comment)).toEqual(["Lovely bread"]);
    expect(kudos[0].data.credited.map((c) => c.email)).toEqual(["aiko@example.test", "baker@example.test"]);
  });

  it("the batch and the kiosk record one set per stored answer, none for duplicates", async () => {
    const { org, tp, link } = await makeShop();
    const a = await link("o-b-1");
    const b = await link("o-b-2");
    const batch = [
      { id: newId(), code: a.code, answers: { nps: 4 } },
      { id: newId(), code: b.code, answers: { nps: 10, comment: "great" } },
    ];
    expect((await post("/api/v1/responses/batch", { responses: batch })).status).toBe(200);
    await post("/api/v1/responses/batch", { responses: batch }); // re-sent: duplicates
    const key = await makeKioskKey(org.id, tp.id);
    const kiosk = [newId(), newId()].map((id, i) => ({ id, touchpoint: "store-main", answers: { nps: i * 9 } }));
    const res = await post("/api/v1/responses/batch", { responses: kiosk }, { authorization: `Bearer ${key}` });
    expect((await res.json()).results.map((r: { status: string }) => r.status)).toEqual(["stored", "stored"]);

    const events = await eventsOf(org.id);
    const by = (type: string) => events.filter((e) => e.type === type).map((e) => e.data.response.interactionRef);
    expect(by("response.stored").sort()).toEqual(
      ["o-b-1", "o-b-2", `kiosk-${kiosk[0].id}`, `kiosk-${kiosk[1].id}`].sort(),
    );
    expect(by("kudos")).toEqual(["o-b-2"]);
    expect(by("followup.opened").sort()).toEqual(["o-b-1", `kiosk-${kiosk[0].id}`].sort());
    // The kiosk answer is credited by the touchpoint's rule: the baker, at the rule's weight.
    const kioskStored = events.find((e) => e.data.response.interactionRef === `kiosk-${kiosk[0].id}`)!;
    expect(kioskStored.data.credited).toEqual([
      { email: "baker@example.test", name: "baker", kind: "backoffice", role: "backoffice", weight: 0.5 },
    ]);
    expect(await counts(org.id)).toMatchObject({ responses: 4, followUps: 2 });
  });

  it("the no-JavaScript form post records the same events", async () => {
    const { org, link } = await makeShop();
    const ix = await link("o-form");
    const res = await fetch(`${server.url}/s/${ix.code}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ id: newId(), nps: "1", comment: "no" }).toString(),
    });
    expect(res.status).toBe(200);
    const events = await eventsOf(org.id);
    expect(events.map((e) => e.type)).toEqual(["followup.opened", "response.stored"]);
    expect(events[1].data.response).toMatchObject({ interactionRef: "o-form", nps: 1, comment: "no" });
  });
});
