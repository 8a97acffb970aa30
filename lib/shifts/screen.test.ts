// The check-in screen starts on the place the person last checked in to, else where they usually work.
import { describe, expect, it } from "vitest";
import { createInteraction } from "@/lib/interactions/create";
import { makeOrg, makeTouchpoint, makeUser } from "@/tests/factories";
import { checkIn } from "./check-in";
import { shiftScreen } from "./screen";

describe("shift screen", () => {
  it("offers the usual touchpoint first to someone who never checked in, then the last check-in", async () => {
    const org = await makeOrg();
    // Alphabetically first, so a plain list would start on it.
    await makeTouchpoint(org.id, "a-delivery-van");
    await makeTouchpoint(org.id, "m-store-counter");
    await makeTouchpoint(org.id, "z-web-chat");
    const aiko = await makeUser(org.id);
    const actor = { userId: aiko.id, orgId: org.id };
    expect((await shiftScreen(actor)).touchpoints[0].slug).toBe("a-delivery-van");

    for (const [i, touchpoint] of ["m-store-counter", "m-store-counter", "z-web-chat"].entries())
      await createInteraction(
        org.id,
        { ref: `shift-screen-${i}`, touchpoint, contributors: [{ email: aiko.email, role: "frontline" }] },
        { baseUrl: "http://test" },
      );
    expect((await shiftScreen(actor)).touchpoints.map((t) => t.slug)).toEqual([
      "m-store-counter",
      "a-delivery-van",
      "z-web-chat",
    ]);

    await checkIn(actor, { touchpoint: "z-web-chat" });
    expect((await shiftScreen(actor)).touchpoints[0].slug).toBe("z-web-chat");
  });
});
