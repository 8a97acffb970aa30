import { describe, expect, it } from "vitest";
import { db } from "../db";
import { makeOrg, makeTouchpoint, makeUser } from "../../tests/factories";
import { startStaffInteraction, staffInteractionCard } from "./staff-interaction";

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
    expect(card?.url).toMatch(/^http:\/\/x\/s\/[0-9A-Za-z]{22}$/);
    expect(card?.qr).toContain("<svg");
    expect(await staffInteractionCard(who(baker), id, "http://x")).toBeNull();
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
});
