// Credit for whoever was on shift: a kiosk answer (no named contributor) credits the people
// checked in at its touchpoint at that moment, beside the rules, and records why.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startFastServer } from "@/lib/http/test-server";
import { createInteraction } from "@/lib/interactions/create";
import { makeKioskKey, makeShop, newId, poster } from "@/lib/responses/test-helpers";
import { makeTouchpoint, makeUser } from "@/tests/factories";
import { checkIn, checkOut, currentShift } from "./check-in";

let server: Awaited<ReturnType<typeof startFastServer>>;
let post: ReturnType<typeof poster>;
beforeAll(async () => {
  server = await startFastServer({ limits: false });
  post = poster(server.url);
});
afterAll(() => server.close());

const HOUR = 3_600_000;

async function kioskAnswer(orgId: string, key: string, answeredAt: Date, nps = 10) {
  const id = newId();
  const res = await post(
    "/api/v1/responses",
    { id, touchpoint: "store-main", answers: { nps }, locale: "en", answeredAt: answeredAt.toISOString() },
    { authorization: `Bearer ${key}` },
  );
  expect(res.status).toBe(201);
  const ix = await db.interaction.findUniqueOrThrow({
    where: { orgId_ref: { orgId, ref: `kiosk-${id}` } },
    include: { contributions: true },
  });
  return ix.contributions.map((c) => ({ userId: c.userId, reason: c.reason, weight: c.weight, ruleId: c.ruleId }));
}

describe("on-shift credit", () => {
  it("a kiosk answer credits whoever was checked in there, with the rule's people, and says why", async () => {
    const { org, tp, cashier, baker } = await makeShop();
    const key = await makeKioskKey(org.id, tp.id);
    const actor = { userId: cashier.id, orgId: org.id };
    const checkedInAt = new Date(Date.now() - 2 * HOUR);
    const shift = await checkIn(actor, { touchpoint: "store-main" }, checkedInAt);
    expect(shift.touchpoint.slug).toBe("store-main");
    expect(shift.endsAt.getTime() - checkedInAt.getTime()).toBe(8 * HOUR); // the default shift length

    const during = await kioskAnswer(org.id, key, new Date(Date.now() - HOUR));
    expect(during.sort((a, b) => a.reason.localeCompare(b.reason))).toEqual([
      { userId: baker.id, reason: "rule", weight: 0.5, ruleId: expect.any(String) },
      { userId: cashier.id, reason: "shift", weight: 1, ruleId: null },
    ]);
    const credit = await db.dailyRollup.findMany({
      where: { orgId: org.id, subjectType: "user", subjectId: cashier.id },
    });
    expect(credit.reduce((a, r) => a + r.npsProm, 0)).toBe(1);

    // Before the check-in, nobody but the rule.
    const before = await kioskAnswer(org.id, key, new Date(checkedInAt.getTime() - 60_000));
    expect(before.map((c) => c.reason)).toEqual(["rule"]);

    // After checking out, nobody but the rule again.
    expect(await checkOut(actor)).toBe(true);
    expect(await currentShift(actor)).toBeNull();
    const after = await kioskAnswer(org.id, key, new Date());
    expect(after.map((c) => c.reason)).toEqual(["rule"]);
  });

  it("times a forgotten check-in out after the shift length, and one check-in ends the last", async () => {
    const { org, cashier } = await makeShop();
    await makeTouchpoint(org.id, "drive-in");
    await db.organization.update({ where: { id: org.id }, data: { shiftHours: 4 } });
    const actor = { userId: cashier.id, orgId: org.id };
    const t0 = new Date(Date.now() - 6 * HOUR);
    await checkIn(actor, { touchpoint: "store-main" }, t0);
    expect(await currentShift(actor, new Date(t0.getTime() + 3 * HOUR))).not.toBeNull();
    expect(await currentShift(actor)).toBeNull(); // 6 h later: timed out after 4
    await checkIn(actor, { touchpoint: "store-main" }, new Date(Date.now() - HOUR));
    await checkIn(actor, { touchpoint: "drive-in" });
    expect((await currentShift(actor))?.touchpoint.slug).toBe("drive-in");
    expect(await db.shift.count({ where: { userId: cashier.id, endedAt: null } })).toBe(2); // the timed-out one and drive-in
    await expect(checkIn(actor, { touchpoint: "nowhere" })).rejects.toThrow(/touchpoint: no active touchpoint/);
  });

  it("a staff-named interaction credits the named person only, even with someone on shift", async () => {
    const { org, cashier } = await makeShop();
    const other = await makeUser(org.id, { email: `other-${newId()}@example.test` });
    await checkIn({ userId: other.id, orgId: org.id }, { touchpoint: "store-main" }, new Date(Date.now() - HOUR));
    const named = await createInteraction(
      org.id,
      { ref: "named-1", touchpoint: "store-main", contributors: [{ email: cashier.email, role: "frontline" }] },
      { baseUrl: "http://t" },
    );
    const poster = await createInteraction(
      org.id,
      { ref: "poster-1", touchpoint: "store-main" },
      { baseUrl: "http://t" },
    );
    const reasons = async (id: string) =>
      (await db.contribution.findMany({ where: { interactionId: id }, orderBy: { reason: "asc" } })).map((c) => [
        c.userId,
        c.reason,
      ]);
    expect((await reasons(named.id)).map(([, r]) => r)).toEqual(["named", "rule"]);
    expect(await reasons(poster.id)).toContainEqual([other.id, "shift"]);
  });
});
