// The admin's "show colleagues' scores" switch: off by default, and when on a person sees their
// teammates' impact (names and impact only, nothing under 5 answers).
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { makeOrg, makeTeam, makeTouchpoint, makeUser, uniq } from "../../tests/factories";
import { myFeed } from "./my-feed";
import { answeredInteraction } from "./testing";

const DAY = 86_400_000;

async function shop() {
  const org = await makeOrg({ timeZone: "Europe/Helsinki" });
  const tp = await makeTouchpoint(org.id, "store-main");
  const counter = await makeTeam(org.id, "counter");
  const aiko = await makeUser(org.id, { name: "Aiko", teamId: counter.id });
  const eeva = await makeUser(org.id, {
    name: "Eeva",
    teamId: counter.id,
    email: `${uniq("eeva.secret")}@example.test`,
  });
  const ola = await makeUser(org.id, { name: "Ola", teamId: counter.id });
  const now = Date.now();
  // Eeva: 8 answers (all 10s); Ola: 2 answers; Aiko: 6 mixed; Kim (no team) 6 zeros pulls the org down.
  const kim = await makeUser(org.id, { name: "Kim" });
  const serve = async (userId: string, teamId: string | null, nps: number, i: number) =>
    answeredInteraction({
      orgId: org.id,
      touchpointId: tp.id,
      contributors: [{ userId, teamId }],
      answeredAt: new Date(now - (i + 1) * 3_600_000 - DAY),
      nps,
      comment: nps >= 9 ? "Call me on 040 123 4567, she was great" : null,
    });
  for (let i = 0; i < 8; i++) await serve(eeva.id, counter.id, 10, i);
  for (let i = 0; i < 2; i++) await serve(ola.id, counter.id, 10, i);
  for (const [i, nps] of [10, 8, 3, 9, 7, 6].entries()) await serve(aiko.id, counter.id, nps, i);
  for (let i = 0; i < 6; i++) await serve(kim.id, null, 0, i);
  const actor = (u: { id: string }) => ({ userId: u.id, orgId: org.id });
  return { org, aiko: actor(aiko), kim: actor(kim), eeva, ola };
}

describe("colleague visibility", () => {
  it("is off by default: the feed carries no colleague at all", async () => {
    const s = await shop();
    const org = await db.organization.findUniqueOrThrow({ where: { id: s.org.id } });
    expect(org.showColleagueScores).toBe(false);
    const feed = await myFeed(s.aiko, "30d");
    expect(feed.colleagues).toBeNull();
    expect(JSON.stringify(feed)).not.toContain("Eeva");
  });

  it("when switched on shows teammates' impact, never a number under 5 answers, never contact", async () => {
    const s = await shop();
    await db.organization.update({ where: { id: s.org.id }, data: { showColleagueScores: true } });
    const feed = await myFeed(s.aiko, "30d");
    expect(feed.colleagues?.teamName).toBe("counter");
    const rows = feed.colleagues!.rows;
    expect(rows.map((r) => r.name)).toEqual(["Eeva", "Ola"]);
    // Org: 12 promoters, 8 detractors of 22 → NPS 18.2. Eeva, 8 tens, is clearly above it;
    // Ola, with 2 answers, has no impact at all.
    expect(rows[0].impact.clarity).toBe("above");
    expect(rows[0].impact.impact).toBeGreaterThan(rows[0].impact.moe!);
    expect(rows[1].impact).toEqual({ clarity: "not-enough", n: 2 });
    const text = JSON.stringify(feed.colleagues);
    expect(text).not.toContain("eeva.secret");
    expect(text).not.toContain("040 123 4567");
    // Someone in no team has nobody to compare with, not the whole organisation.
    const kim = await myFeed(s.kim, "30d");
    expect(kim.colleagues).toEqual({ scope: "org", teamName: null, rows: [] });
  });
});
