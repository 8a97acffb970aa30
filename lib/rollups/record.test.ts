import { describe, expect, it } from "vitest";
import { db } from "../db";
import { makeOrg, makeTeam, makeTouchpoint, makeUser } from "../../tests/factories";
import { answeredInteraction } from "../feed/testing";
import { recordResponse, recordResponses } from "./record";
import { rebuildRollups } from "./rebuild";

async function scene(timeZone = "Europe/Helsinki") {
  const org = await makeOrg({ timeZone });
  const counter = await makeTeam(org.id, "counter");
  const bakery = await makeTeam(org.id, "bakery");
  const aiko = await makeUser(org.id, { teamId: counter.id });
  const eeva = await makeUser(org.id, { teamId: counter.id });
  const ben = await makeUser(org.id, { teamId: bakery.id, kind: "backoffice" });
  const tp = await makeTouchpoint(org.id);
  return { org, counter, bakery, aiko, eeva, ben, tp };
}

/** Stores an interaction + response through the real write path (rollups recorded in its transaction). */
async function store(
  s: Awaited<ReturnType<typeof scene>>,
  answeredAt: string,
  answer: { nps?: number; csat?: number; ces?: number },
  credits: { userId: string; teamId: string; weight: number }[],
) {
  await answeredInteraction({
    orgId: s.org.id,
    touchpointId: s.tp.id,
    contributors: credits,
    answeredAt: new Date(answeredAt),
    ...answer,
  });
}

const rollups = (orgId: string) =>
  db.dailyRollup.findMany({
    where: { orgId },
    orderBy: [{ subjectType: "asc" }, { subjectId: "asc" }, { day: "asc" }],
  });

describe("recordResponse", () => {
  it("adds the org, touchpoint, each distinct team once and each person at their weight, on the local day", async () => {
    const s = await scene();
    // 22:30 UTC on 2026-09-03 is 01:30 on 2026-09-04 in Helsinki (+3).
    await store(s, "2026-09-03T22:30:00Z", { nps: 10, csat: 3 }, [
      { userId: s.aiko.id, teamId: s.counter.id, weight: 1 },
      { userId: s.eeva.id, teamId: s.counter.id, weight: 0.5 },
      { userId: s.ben.id, teamId: s.bakery.id, weight: 0.25 },
    ]);
    const rows = await rollups(s.org.id);
    expect(new Set(rows.map((r) => r.day))).toEqual(new Set(["2026-09-04"]));
    const by = (type: string, id: string) => rows.find((r) => r.subjectType === type && r.subjectId === id);
    expect(by("org", s.org.id)).toMatchObject({
      responses: 1,
      npsN: 1,
      npsW: 1,
      npsProm: 1,
      csatN: 1,
      csatPos: 0,
      cesN: 0,
    });
    expect(by("touchpoint", s.tp.id)).toMatchObject({ responses: 1, npsW: 1 });
    expect(by("team", s.counter.id)).toMatchObject({ responses: 1, npsN: 1, npsW: 1, npsW2: 1 }); // once, not twice
    expect(by("team", s.bakery.id)).toMatchObject({ responses: 1, npsW: 1 });
    expect(by("user", s.eeva.id)).toMatchObject({
      responses: 1,
      npsN: 1,
      npsW: 0.5,
      npsW2: 0.25,
      npsProm: 0.5,
      csatW: 0.5,
      csatPos: 0,
    });
    expect(by("user", s.ben.id)).toMatchObject({ npsW: 0.25, npsW2: 0.0625 });
    expect(rows).toHaveLength(7); // org, touchpoint, 2 teams, 3 people
  });

  it("increments atomically under concurrent ingests and matches a rebuild", async () => {
    const s = await scene("UTC");
    const credits = [{ userId: s.aiko.id, teamId: s.counter.id, weight: 0.5 }];
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => store(s, "2026-09-05T12:00:00Z", { nps: i % 11, ces: 5 }, credits)),
    );
    const rows = await rollups(s.org.id);
    const org = rows.find((r) => r.subjectType === "org")!;
    expect(org).toMatchObject({ responses: 12, npsN: 12, cesN: 12, cesSum: 60 });
    const user = rows.find((r) => r.subjectType === "user")!;
    expect(user).toMatchObject({ responses: 12, npsW: 6, npsW2: 3, cesSum: 30 });
    await rebuildRollups(s.org.id);
    expect(await rollups(s.org.id)).toEqual(rows);
  });

  it("records a group of responses in one go exactly as one by one", async () => {
    const s = await scene("Asia/Tokyo");
    const answers = [
      {
        answeredAt: "2026-09-05T01:00:00Z",
        nps: 9,
        csat: 5,
        credits: [
          { userId: s.aiko.id, teamId: s.counter.id, weight: 1 },
          { userId: s.ben.id, teamId: s.bakery.id, weight: 0.5 },
        ],
      },
      {
        answeredAt: "2026-09-05T16:00:00Z",
        nps: 3,
        csat: null,
        credits: [{ userId: s.aiko.id, teamId: s.counter.id, weight: 0.25 }],
      }, // next day in Tokyo
      {
        answeredAt: "2026-09-05T02:00:00Z",
        nps: null,
        csat: 2,
        credits: [
          { userId: s.ben.id, teamId: s.bakery.id, weight: 0.5 },
          { userId: s.eeva.id, teamId: s.counter.id, weight: 1 },
        ],
      },
    ];
    const input = (a: (typeof answers)[number], i: number) => ({
      orgId: s.org.id,
      timeZone: s.org.timeZone,
      responseId: `g${i}`,
      answeredAt: new Date(a.answeredAt),
      nps: a.nps,
      csat: a.csat,
      ces: null,
      touchpointId: s.tp.id,
      credits: a.credits,
    });
    await db.$transaction((tx) => recordResponses(tx, answers.map(input)));
    const grouped = await rollups(s.org.id);
    await db.dailyRollup.deleteMany({ where: { orgId: s.org.id } });
    for (const [i, a] of answers.entries()) await db.$transaction((tx) => recordResponse(tx, input(a, i)));
    expect(grouped).toEqual(await rollups(s.org.id));
    expect(
      grouped.find((r) => r.subjectType === "team" && r.subjectId === s.counter.id && r.day === "2026-09-05"),
    ).toMatchObject({ responses: 2 });
  });
});
