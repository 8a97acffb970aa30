import { describe, expect, it } from "vitest";
import { db } from "../db";
import { makeOrg } from "../../tests/factories";
import { dispatchAll, dispatchOnce } from "./dispatch";
import { recordEvent, recordEvents } from "./record";
import type { StoredEvent } from "./types";
import type { Consumer } from "./consumers";

function collector(fail = 0): Consumer & { seen: StoredEvent[] } {
  const seen: StoredEvent[] = [];
  let failures = fail;
  return {
    name: "collector",
    seen,
    async handle(e) {
      if (failures-- > 0) throw new Error("receiver down");
      seen.push(e);
    },
  };
}

describe("event outbox", () => {
  it("records in the caller's transaction: a rolled-back change leaves no event", async () => {
    const org = await makeOrg();
    await expect(
      db.$transaction(async (tx) => {
        await recordEvent(tx, { orgId: org.id, type: "kudos", data: { n: 1 } });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.event.count({ where: { orgId: org.id } })).toBe(0);
    const ids = await db.$transaction((tx) =>
      recordEvents(tx, [
        { orgId: org.id, type: "response.stored", data: { n: 1 } },
        { orgId: org.id, type: "kudos", data: { n: 2 } },
      ]),
    );
    expect(ids).toHaveLength(2);
    expect(await db.event.count({ where: { orgId: org.id, dispatchedAt: null } })).toBe(2);
  });

  it("hands each event to every consumer with its org slug, then marks it dispatched", async () => {
    const org = await makeOrg();
    const id = await db.$transaction((tx) =>
      recordEvent(tx, { orgId: org.id, type: "response.stored", data: { response: { id: "r1" } } }),
    );
    const a = collector();
    const b = collector();
    await dispatchAll({ consumers: [a, b] });
    for (const c of [a, b]) {
      const mine = c.seen.filter((e) => e.id === id);
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ orgId: org.id, orgSlug: org.slug, type: "response.stored" });
      expect(mine[0].data).toEqual({ response: { id: "r1" } });
    }
    expect((await db.event.findUniqueOrThrow({ where: { id } })).dispatchedAt).not.toBeNull();
    // Dispatched events are not handed out again.
    const c = collector();
    await dispatchAll({ consumers: [c] });
    expect(c.seen.filter((e) => e.id === id)).toHaveLength(0);
  });

  it("retries an event whose consumer failed, later, and runs every consumer again", async () => {
    const org = await makeOrg();
    const id = await db.$transaction((tx) => recordEvent(tx, { orgId: org.id, type: "kudos", data: {} }));
    const flaky = collector(1);
    const steady = collector();
    await dispatchAll({ consumers: [flaky, steady] });
    const row = await db.event.findUniqueOrThrow({ where: { id } });
    expect(row.dispatchedAt).toBeNull();
    expect(row.attempts).toBe(1);
    expect(row.availableAt.getTime()).toBeGreaterThan(Date.now());
    await dispatchAll({ consumers: [flaky, steady], now: new Date(Date.now() + 5_000) });
    expect(flaky.seen.map((e) => e.id)).toContain(id);
    expect(steady.seen.filter((e) => e.id === id)).toHaveLength(2); // at least once: idempotency is the consumer's
    expect((await db.event.findUniqueOrThrow({ where: { id } })).dispatchedAt).not.toBeNull();
  });

  it("re-claims an event whose claimer died, once its lease has run out", async () => {
    const org = await makeOrg();
    const id = await db.$transaction((tx) => recordEvent(tx, { orgId: org.id, type: "kudos", data: {} }));
    const now = new Date();
    // A claimer that never finishes: its consumer hangs past the test.
    const hung: Consumer = { name: "hung", handle: () => new Promise(() => {}) };
    void dispatchOnce({ consumers: [hung], claimer: "dead", now, leaseMs: 1_000 });
    await new Promise((r) => setTimeout(r, 200));
    expect((await db.event.findUniqueOrThrow({ where: { id } })).claimedBy).toBe("dead");
    const other = collector();
    await dispatchAll({ consumers: [other], claimer: "alive", now: new Date(now.getTime() + 500) });
    expect(other.seen.filter((e) => e.id === id)).toHaveLength(0); // still leased
    await dispatchAll({ consumers: [other], claimer: "alive", now: new Date(now.getTime() + 1_500) });
    expect(other.seen.filter((e) => e.id === id)).toHaveLength(1);
    expect((await db.event.findUniqueOrThrow({ where: { id } })).dispatchedAt).not.toBeNull();
  });
});
