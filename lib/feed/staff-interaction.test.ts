import { describe, expect, it } from "vitest";
import { db } from "../db";
import { makeOrg, makeTouchpoint, makeUser } from "../../tests/factories";
import { newInteractionOptions, startStaffInteraction, staffInteractionCard } from "./staff-interaction";

const who = (u: { id: string; orgId: string; email: string }) => ({ userId: u.id, orgId: u.orgId, email: u.email });

describe("staff new interaction", () => {
  it("credits the person as frontline and the picked colleague in their role", async () => {
    const org = await makeOrg();
    await makeTouchpoint(org.id, "counter");
    const me = await makeUser(org.id, { name: "Aiko" });
    const baker = await makeUser(org.id, { name: "Bea", kind: "backoffice" });
    const { id } = await startStaffInteraction(
      who(me),
      {
        touchpoint: "counter",
        coContributors: [
          { userId: baker.id, role: "backoffice" },
          { userId: me.id, role: "backoffice" },
        ],
      },
      "http://x",
    );
    const ix = await db.interaction.findUniqueOrThrow({
      where: { id },
      select: { ref: true, source: true, contributions: { select: { userId: true, role: true } } },
    });
    expect(ix.ref).toMatch(/^staff-/);
    expect(ix.source).toBe("staff");
    expect(ix.contributions).toHaveLength(2);
    expect(ix.contributions).toEqual(
      expect.arrayContaining([
        { userId: me.id, role: "frontline" },
        { userId: baker.id, role: "backoffice" },
      ]),
    );
    const card = await staffInteractionCard(who(me), id, "http://x");
    expect(card?.throttled).toBe(false);
    if (card?.throttled !== false) return;
    expect(card.url).toMatch(/^http:\/\/x\/s\/[0-9A-Za-z]{22}$/);
    expect(card.qr).toContain("<svg");
    expect(await staffInteractionCard(who(baker), id, "http://x")).toBeNull();
  });

  it("shows 'asked recently' instead of a QR for a customer asked within the quiet period", async () => {
    const org = await makeOrg();
    await makeTouchpoint(org.id, "counter");
    const me = await makeUser(org.id);
    const first = await startStaffInteraction(who(me), { touchpoint: "counter", customer: "4242 1111" }, "http://x");
    const second = await startStaffInteraction(who(me), { touchpoint: "counter", customer: " 4242 1111 " }, "http://x");
    const other = await startStaffInteraction(who(me), { touchpoint: "counter", customer: "9999" }, "http://x");
    expect((await staffInteractionCard(who(me), first.id, "http://x"))?.throttled).toBe(false);
    const card = await staffInteractionCard(who(me), second.id, "http://x");
    expect(card).toMatchObject({ throttled: true, credited: [{ role: "frontline" }] });
    expect(card && "url" in card).toBe(false);
    expect((await staffInteractionCard(who(me), other.id, "http://x"))?.throttled).toBe(false);
    // The number typed at the till is stored only as an opaque key.
    const stored = await db.interaction.findUniqueOrThrow({ where: { id: second.id } });
    expect(stored.customer).toMatch(/^staff-[0-9a-f]{32}$/);
    expect(stored.customer).not.toContain("4242");
    await expect(
      startStaffInteraction(who(me), { touchpoint: "counter", customer: "x".repeat(129) }, "http://x"),
    ).rejects.toThrow(/must be at most 128 characters/);
  });

  it("refuses a colleague from another organisation and an unknown touchpoint, naming the field", async () => {
    const org = await makeOrg();
    const other = await makeOrg();
    await makeTouchpoint(org.id, "counter");
    const me = await makeUser(org.id);
    const stranger = await makeUser(other.id);
    await expect(
      startStaffInteraction(
        who(me),
        { touchpoint: "counter", coContributors: [{ userId: stranger.id, role: "frontline" }] },
        "http://x",
      ),
    ).rejects.toThrow(/coContributors\[0\]\.userId/);
    await expect(startStaffInteraction(who(me), { touchpoint: "nope" }, "http://x")).rejects.toThrow(/touchpoint/);
  });

  it("credits a back-office person who starts an interaction as back-office", async () => {
    const org = await makeOrg();
    await makeTouchpoint(org.id, "counter");
    const baker = await makeUser(org.id, { name: "Bea", kind: "backoffice" });
    const { id } = await startStaffInteraction(who(baker), { touchpoint: "counter" }, "http://x");
    const credited = await db.contribution.findMany({
      where: { interactionId: id },
      select: { userId: true, role: true },
    });
    expect(credited).toEqual([{ userId: baker.id, role: "backoffice" }]);
  });

  it("starts the form on the person's last touchpoint, else their usual one, else the first", async () => {
    const org = await makeOrg();
    await makeTouchpoint(org.id, "a-counter");
    await makeTouchpoint(org.id, "b-desk");
    await makeTouchpoint(org.id, "c-route");
    const me = await makeUser(org.id);
    const colleague = await makeUser(org.id);
    expect((await newInteractionOptions(who(me))).defaultTouchpoint).toBe("a-counter");

    // Credited twice at the desk by a colleague: the desk is where this person usually is.
    for (let i = 0; i < 2; i++)
      await startStaffInteraction(
        who(colleague),
        { touchpoint: "b-desk", coContributors: [{ userId: me.id, role: "frontline" }] },
        "http://x",
      );
    expect((await newInteractionOptions(who(me))).defaultTouchpoint).toBe("b-desk");

    // Starting one themselves on the route wins over the usual place.
    await startStaffInteraction(who(me), { touchpoint: "c-route" }, "http://x");
    expect((await newInteractionOptions(who(me))).defaultTouchpoint).toBe("c-route");

    // A touchpoint switched off is never the default.
    await db.touchpoint.updateMany({ where: { orgId: org.id, slug: "c-route" }, data: { active: false } });
    expect((await newInteractionOptions(who(me))).defaultTouchpoint).toBe("b-desk");
  });
});
