import { describe, expect, it } from "vitest";
import { makeOrg, makeTouchpoint, makeUser } from "../../tests/factories";
import { answeredInteraction } from "./testing";
import { myResponses } from "./my-responses";

describe("myResponses", () => {
  it("lists only the actor's own responses, newest first, with colleagues by name only", async () => {
    const org = await makeOrg();
    const tp = await makeTouchpoint(org.id, "counter");
    const aiko = await makeUser(org.id, { name: "Aiko" });
    const ben = await makeUser(org.id, { name: "Ben", kind: "backoffice" });
    const t0 = Date.UTC(2026, 8, 1, 10);
    await answeredInteraction({
      orgId: org.id,
      touchpointId: tp.id,
      contributors: [{ userId: aiko.id }, { userId: ben.id, role: "backoffice" }],
      answeredAt: new Date(t0),
      nps: 10,
      comment: "lovely",
    });
    await answeredInteraction({
      orgId: org.id,
      touchpointId: tp.id,
      contributors: [{ userId: aiko.id }],
      answeredAt: new Date(t0 + 3600_000),
      nps: 3,
    });
    await answeredInteraction({
      orgId: org.id,
      touchpointId: tp.id,
      contributors: [{ userId: ben.id }],
      answeredAt: new Date(t0 + 7200_000),
      nps: 7,
    });
    await answeredInteraction({
      orgId: org.id,
      touchpointId: tp.id,
      contributors: [{ userId: aiko.id }],
      answered: false,
    });

    const mine = await myResponses({ userId: aiko.id, orgId: org.id });
    expect(mine.items.map((i) => i.nps)).toEqual([3, 10]);
    expect(mine.items[1]).toMatchObject({
      comment: "lovely",
      touchpoint: "counter",
      role: "frontline",
      alsoCredited: [{ name: "Ben", role: "backoffice" }],
    });
    expect(JSON.stringify(mine)).not.toContain(ben.email);

    const bens = await myResponses({ userId: ben.id, orgId: org.id });
    expect(bens.items.map((i) => i.nps)).toEqual([7, 10]);
  });

  it("pages with a cursor and honours the period", async () => {
    const org = await makeOrg();
    const tp = await makeTouchpoint(org.id);
    const me = await makeUser(org.id);
    const base = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 5; i++) {
      await answeredInteraction({
        orgId: org.id,
        touchpointId: tp.id,
        contributors: [{ userId: me.id }],
        answeredAt: new Date(base + i * 86_400_000),
        nps: i,
      });
    }
    const p1 = await myResponses({ userId: me.id, orgId: org.id }, { limit: 2 });
    expect(p1.items.map((i) => i.nps)).toEqual([4, 3]);
    const p2 = await myResponses({ userId: me.id, orgId: org.id }, { limit: 2, cursor: p1.nextCursor });
    expect(p2.items.map((i) => i.nps)).toEqual([2, 1]);
    const p3 = await myResponses({ userId: me.id, orgId: org.id }, { limit: 2, cursor: p2.nextCursor });
    expect(p3.items.map((i) => i.nps)).toEqual([0]);
    expect(p3.nextCursor).toBeNull();

    const period = { from: new Date(base + 86_400_000), to: new Date(base + 3 * 86_400_000) };
    expect((await myResponses({ userId: me.id, orgId: org.id }, { period })).items.map((i) => i.nps)).toEqual([2, 1]);
  });

  it("pages through answers given at the same moment without losing or repeating one, and filters kudos", async () => {
    const org = await makeOrg();
    const tp = await makeTouchpoint(org.id);
    const me = await makeUser(org.id);
    const at = new Date(Date.UTC(2026, 1, 1, 12));
    for (const [nps, comment] of [
      [10, "great"],
      [9, null],
      [3, "slow"],
      [10, "lovely"],
      [9, "kind"],
    ] as const)
      await answeredInteraction({
        orgId: org.id,
        touchpointId: tp.id,
        contributors: [{ userId: me.id }],
        answeredAt: at,
        nps,
        ...(comment ? { comment } : {}),
      });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await myResponses({ userId: me.id, orgId: org.id }, { limit: 2, cursor });
      seen.push(...page.items.map((i) => i.contributionId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect(seen).toEqual([...seen].sort().reverse()); // ties: newest credit id first
    const kudos = await myResponses({ userId: me.id, orgId: org.id }, { promotersWithComments: true });
    expect(kudos.items.map((i) => i.comment).sort()).toEqual(["great", "kind", "lovely"]);
  });

  it("never reads across organisations, even with a borrowed user id", async () => {
    const orgA = await makeOrg();
    const orgB = await makeOrg();
    const tp = await makeTouchpoint(orgA.id);
    const a = await makeUser(orgA.id);
    await answeredInteraction({ orgId: orgA.id, touchpointId: tp.id, contributors: [{ userId: a.id }], nps: 9 });
    expect((await myResponses({ userId: a.id, orgId: orgB.id })).items).toEqual([]);
  });
});
