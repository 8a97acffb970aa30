// Feed, team view and dashboard against a small hand-worked scenario (docs/scoring.md):
// 7 answers. Aiko (counter, frontline) is credited on r1–r6 (weight 1); Ben (bakery,
// back-office) on r1, r2, r4, r6 at weight 0.5; Cara on r7 only.
// NPS: r1 10, r2 9, r3 8, r4 6, r5 10, r6 3, r7 0 → org: 3 promoters, 3 detractors of 7 → NPS 0.
// Aiko: p = 3/6, d = 2/6 → NPS 16.667; shrunk = (100·(3 − 2) + 10·0)/(6 + 10) = 6.25 → impact +6.25.
// Ben: prom 1.0, det 1.0 of Σw 2 → NPS 0, impact 0; only 4 NPS answers → not ranked.
import { describe, expect, it } from "vitest";
import { makeOrg, makeTeam, makeTouchpoint, makeUser } from "../../tests/factories";
import { AuthError } from "../auth/authorize";
import { answeredInteraction } from "./testing";
import { myFeed } from "./my-feed";
import { myResponses } from "./my-responses";
import { teamView } from "./team-view";
import { adminDashboard } from "./dashboard";

const DAY = 86_400_000;

async function scenario() {
  const org = await makeOrg({ timeZone: "Europe/Helsinki" });
  const tp = await makeTouchpoint(org.id, "store-main");
  const admin = await makeUser(org.id, { role: "admin" });
  const mgrCounter = await makeUser(org.id, { role: "manager" });
  const mgrBakery = await makeUser(org.id, { role: "manager" });
  const counter = await makeTeam(org.id, "counter", mgrCounter.id);
  const bakery = await makeTeam(org.id, "bakery", mgrBakery.id);
  const aiko = await makeUser(org.id, { name: "Aiko", teamId: counter.id });
  const ben = await makeUser(org.id, { name: "Ben", teamId: bakery.id, kind: "backoffice" });
  const cara = await makeUser(org.id, { name: "Cara" });
  const now = Date.now();
  const nps = [10, 9, 8, 6, 10, 3];
  for (const [i, score] of nps.entries()) {
    const contributors = [{ userId: aiko.id, teamId: counter.id }];
    if ([0, 1, 3, 5].includes(i))
      contributors.push({ userId: ben.id, teamId: bakery.id, weight: 0.5, role: "backoffice" } as never);
    await answeredInteraction({
      orgId: org.id,
      touchpointId: tp.id,
      contributors,
      answeredAt: new Date(now - (i + 1) * DAY),
      nps: score,
      comment: score >= 9 ? `great ${i}` : null,
    });
  }
  await answeredInteraction({
    orgId: org.id,
    touchpointId: tp.id,
    contributors: [{ userId: cara.id }],
    answeredAt: new Date(now - 2 * DAY),
    nps: 0,
  });
  await answeredInteraction({
    orgId: org.id,
    touchpointId: tp.id,
    contributors: [{ userId: aiko.id }],
    answered: false,
  });
  const a = (u: { id: string; orgId: string; role: string; email: string }) => ({
    userId: u.id,
    orgId: u.orgId,
    role: u.role as "admin",
    email: u.email,
  });
  return {
    org,
    counter,
    bakery,
    admin: a(admin),
    mgrCounter: a(mgrCounter),
    mgrBakery: a(mgrBakery),
    aiko: a(aiko),
    ben: a(ben),
  };
}

describe("views", () => {
  it("the feed shows the person's own numbers only", async () => {
    const s = await scenario();
    const aiko = await myFeed(s.aiko, "30d");
    expect(aiko.scores).toMatchObject({ responses: 6, npsN: 6, nps: 16.667, npsImpact: 6.25 });
    expect(aiko.kudos.map((k) => k.comment)).toEqual(["great 0", "great 1", "great 4"]);
    expect(aiko.everAnswered).toBe(true);
    const nobody = await makeUser(s.org.id);
    expect((await myFeed({ userId: nobody.id, orgId: s.org.id }, "all")).everAnswered).toBe(false);
    const ben = await myFeed(s.ben, "30d");
    expect(ben.scores).toMatchObject({ responses: 4, npsN: 4, nps: 0, npsImpact: 0 });
    expect((await myResponses(s.ben)).items).toHaveLength(4);
  });

  it("a manager reads only their own team; staff read no team", async () => {
    const s = await scenario();
    await expect(teamView(s.mgrBakery, s.counter.id, "30d")).rejects.toMatchObject({ status: 403 });
    await expect(teamView(s.aiko, s.counter.id, "30d")).rejects.toBeInstanceOf(AuthError);
    const other = await makeOrg();
    const outsider = await makeUser(other.id, { role: "admin" });
    await expect(
      teamView({ userId: outsider.id, orgId: other.id, role: "admin" }, s.counter.id, "30d"),
    ).rejects.toMatchObject({ status: 403 });

    const v = (await teamView(s.mgrCounter, undefined, "30d"))!;
    expect(v.team.name).toBe("counter");
    expect(v.teams.map((t) => t.name)).toEqual(["counter"]);
    expect(v.scores).toMatchObject({ responses: 6, nps: 16.667 });
    expect(v.ranked.map((m) => [m.name, m.rank, m.scores.npsImpact])).toEqual([["Aiko", 1, 6.25]]);
    expect(v.split.frontline).toMatchObject({ people: 1, npsN: 6, nps: 16.667 });
    expect(v.split.backoffice).toMatchObject({ people: 0, responses: 0 });

    const bakery = (await teamView(s.admin, s.bakery.id, "30d"))!;
    expect(bakery.teams.map((t) => t.name)).toEqual(["bakery", "counter"]);
    expect(bakery.ranked).toEqual([]);
    expect(bakery.unranked.map((m) => m.name)).toEqual(["Ben"]);
    expect(bakery.split.backoffice).toMatchObject({ people: 1, npsN: 4, nps: 0 });
  });

  it("the dashboard is admins' only and shows org scores and response rates", async () => {
    const s = await scenario();
    await expect(adminDashboard(s.mgrCounter, "30d")).rejects.toMatchObject({ status: 403 });
    const d = await adminDashboard(s.admin, "30d");
    expect(d.scores).toMatchObject({ responses: 7, npsN: 7, nps: 0 });
    expect(d.touchpoints).toEqual([expect.objectContaining({ name: "store-main", sent: 8, answered: 7, rate: 7 / 8 })]);
    expect(d.touchpoints[0].scores).toMatchObject({ responses: 7 });
    expect(d.trend.reduce((a, w) => a + w.responses, 0)).toBe(7);
  });
});
