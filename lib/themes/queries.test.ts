// Comment themes read from stored answers: the organisation's period, a team's credited answers,
// and excluded or out-of-period answers left out.
import { describe, expect, it } from "vitest";
import { makeOrg, makeTeam, makeTouchpoint, makeUser } from "../../tests/factories";
import { db } from "../db";
import { answeredInteraction } from "../feed/testing";
import { periodCommentThemes } from "./queries";

const DAY = 86_400_000;

describe("periodCommentThemes", () => {
  it("reads the period's comments for the organisation and for a team", async () => {
    const org = await makeOrg();
    const tp = await makeTouchpoint(org.id);
    const bakery = await makeTeam(org.id, "bakery");
    const counter = await makeTeam(org.id, "counter");
    const ben = await makeUser(org.id, { teamId: bakery.id });
    const aiko = await makeUser(org.id, { teamId: counter.id });
    const now = Date.now();
    const answer = async (userId: string, teamId: string, locale: string, comment: string, daysAgo = 1) => {
      const { response } = await answeredInteraction({
        orgId: org.id,
        touchpointId: tp.id,
        contributors: [{ userId, teamId }],
        answeredAt: new Date(now - daysAgo * DAY),
        nps: 9,
        comment,
      });
      await db.response.update({ where: { id: response!.id }, data: { locale } });
      return response!.id;
    };
    const b1 = await answer(ben.id, bakery.id, "de", "Die Brötchen waren frisch.");
    const b2 = await answer(ben.id, bakery.id, "de", "Der Duft des Brötchens!");
    const excluded = await answer(ben.id, bakery.id, "de", "Brötchen Brötchen");
    await db.response.update({ where: { id: excluded }, data: { excludedAt: new Date() } });
    await answer(ben.id, bakery.id, "de", "Brötchen alt", 60);
    await answer(aiko.id, counter.id, "ja", "コーヒーが美味しい");
    await answer(aiko.id, counter.id, "ja", "店員さんとコーヒー");
    const period = { from: new Date(now - 30 * DAY), to: new Date(now + DAY) };

    const all = await periodCommentThemes(org.id, period as never);
    expect(all.n).toBe(4);
    const de = all.locales.find((l) => l.locale === "de")!;
    expect(de.themes[0]).toMatchObject({ theme: "Brötchen", count: 2 });
    expect([...de.themes[0]!.responseIds].sort()).toEqual([b1, b2].sort());
    expect(all.locales.find((l) => l.locale === "ja")!.themes[0]).toMatchObject({ theme: "コーヒー", count: 2 });

    const team = await periodCommentThemes(org.id, period as never, { type: "team", teamId: counter.id });
    expect(team.n).toBe(2);
    expect(team.locales.map((l) => l.locale)).toEqual(["ja"]);
  });
});
