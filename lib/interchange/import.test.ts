import { describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { db } from "../db";
import { uniq } from "../../tests/factories";
import { computeScores } from "../scoring/compute";
import { rebuildRollups } from "../rollups/rebuild";
import { orgScores, teamMemberScores, teamScores, touchpointScores, userScores, weeklyTrend } from "../rollups/queries";
import { localWeekStart } from "../time/zone";
import { compareScores } from "./fixtures/compare";
import { smallExpected, smallFixture } from "./fixtures";
import { exportScores } from "./export-scores";
import { importInterchange, InterchangeError } from "./import";

type Doc = ReturnType<typeof fixtureDoc>;
const fixtureDoc = () =>
  smallFixture() as {
    staff: { email: string; team: string }[];
    interactions: { ref: string; occurredAt: string; contributors: { email: string; weight: number }[] }[];
    responses: { id: string; interactionRef: string; answeredAt: string; nps?: number; csat?: number; ces?: number }[];
  };

async function counts(orgId: string) {
  const [users, teams, touchpoints, interactions, contributions, responses, rollups] = await Promise.all([
    db.user.count({ where: { orgId } }),
    db.team.count({ where: { orgId } }),
    db.touchpoint.count({ where: { orgId } }),
    db.interaction.count({ where: { orgId } }),
    db.contribution.count({ where: { orgId } }),
    db.response.count({ where: { orgId } }),
    db.dailyRollup.findMany({
      where: { orgId },
      orderBy: [{ subjectType: "asc" }, { subjectId: "asc" }, { day: "asc" }],
    }),
  ]);
  return { users, teams, touchpoints, interactions, contributions, responses, rollups };
}

/** The fixture with response ids of its own: ids are global, and each test imports into a new org. */
function freshFixture(): Doc {
  const doc = fixtureDoc();
  const prefix = randomBytes(4).toString("hex");
  for (const r of doc.responses) r.id = prefix + r.id.slice(8);
  return doc;
}

const orgId = async (slug: string) => (await db.organization.findUniqueOrThrow({ where: { slug } })).id;

describe("importInterchange with the reference fixture", () => {
  it("reproduces interchange-small.expected.json through exportScores and the rollup queries", async () => {
    const slug = uniq("fx");
    const summary = await importInterchange(smallFixture(), { orgSlug: slug });
    expect(summary).toMatchObject({
      orgCreated: true,
      staff: { created: 16 },
      teams: { created: 4 },
      interactions: { created: 600 },
      responses: { created: 326 },
    });
    const id = await orgId(slug);
    const expected = smallExpected();

    const viaRollups = compareScores(await exportScores(id), expected);
    expect(viaRollups.problems).toEqual([]);
    // A period that is not day-aligned goes the raw way; it still holds everything.
    const viaRaw = compareScores(
      await exportScores(id, { from: new Date("2000-01-01T00:00:01Z"), to: new Date("2100-01-01T00:00:01Z") }),
      expected,
    );
    expect(viaRaw.problems).toEqual([]);

    // The rollup queries the app uses, one by one.
    const deviations: number[] = [];
    const near = (actual: Record<string, unknown>, want: Record<string, unknown>, where: string) => {
      for (const [k, v] of Object.entries(want)) {
        if (typeof v !== "number") continue;
        expect(actual[k], `${where}.${k}`).toBeTypeOf("number");
        deviations.push(Math.abs((actual[k] as number) - v));
      }
    };
    near(await orgScores(id), expected.org, "org");
    const users = new Map((await db.user.findMany({ where: { orgId: id } })).map((u) => [u.email, u]));
    for (const s of expected.staff) near(await userScores(id, users.get(s.email)!.id), s, s.email);
    const teams = new Map((await db.team.findMany({ where: { orgId: id } })).map((t) => [t.name, t]));
    for (const t of expected.teams) near(await teamScores(id, teams.get(t.team)!.id), t, t.team);
    for (const t of expected.teams) {
      const members = await teamMemberScores(id, teams.get(t.team)!.id);
      for (const m of members)
        near(
          m.scores,
          expected.staff.find((s) => s.email === m.email)!,
          `${t.team}/${m.email}`,
        );
      const impacts = members.map((m) => m.scores.npsImpact!);
      expect(impacts).toEqual([...impacts].sort((a, b) => b - a));
    }
    expect(Math.max(...deviations)).toBeLessThanOrEqual(0.05);

    const tps = await touchpointScores(id);
    expect(tps.map((t) => t.slug)).toEqual(["delivery-van", "store-main", "store-station", "web-chat"]);
    expect(tps.reduce((n, t) => n + t.scores.responses, 0)).toBe(326);
  });

  it("builds weekly trends that match scores computed from the file week by week", async () => {
    const slug = uniq("fx");
    const doc: Doc = freshFixture();
    await importInterchange(doc, { orgSlug: slug, timeZone: "Europe/Helsinki" });
    const id = await orgId(slug);
    const last = doc.responses
      .map((r) => r.answeredAt)
      .sort()
      .at(-1)!;
    const trend = await weeklyTrend(id, { type: "org" }, 16, { to: new Date(last) });
    expect(trend).toHaveLength(16);
    expect(trend.reduce((n, w) => n + w.responses, 0)).toBe(326);
    const aiko = await db.user.findFirstOrThrow({ where: { orgId: id, email: "aiko@example.test" } });
    const aikoTrend = await weeklyTrend(id, { type: "user", id: aiko.id }, 16, { to: new Date(last) });
    for (let i = 0; i < trend.length; i++) {
      const inWeek = doc.responses.filter(
        (r) => localWeekStart(new Date(r.answeredAt), "Europe/Helsinki") === trend[i].weekStart,
      );
      const want = computeScores({ ...doc, responses: inWeek });
      expect(trend[i], trend[i].weekStart).toEqual({ weekStart: trend[i].weekStart, ...want.org });
      const { email, ...aikoWant } = want.staff.find((s) => s.email === "aiko@example.test")!;
      expect(email).toBe("aiko@example.test");
      expect(aikoTrend[i]).toEqual({ weekStart: trend[i].weekStart, ...aikoWant });
    }
  });

  it("is idempotent: a second import changes nothing", async () => {
    const slug = uniq("fx");
    const doc = freshFixture();
    await importInterchange(doc, { orgSlug: slug });
    const id = await orgId(slug);
    const before = await counts(id);
    const scoresBefore = await exportScores(id);
    const again = await importInterchange(structuredClone(doc), { orgSlug: slug });
    expect(again).toMatchObject({
      orgCreated: false,
      staff: { created: 0, updated: 0 },
      teams: { created: 0 },
      touchpoints: { created: 0 },
      interactions: { created: 0, unchanged: 600 },
      contributions: { created: 0 },
      responses: { created: 0, unchanged: 326 },
    });
    expect(await counts(id)).toEqual(before);
    expect(await exportScores(id)).toEqual(scoresBefore);
  });

  it("adds later responses to stored interactions with their stored snapshot, matching a rebuild", async () => {
    const slug = uniq("fx");
    const doc = freshFixture();
    const answered = new Set(doc.responses.map((r) => r.interactionRef));
    const open = doc.interactions.filter((x) => !answered.has(x.ref)).slice(0, 3);
    await importInterchange(doc, { orgSlug: slug });
    const later = open.map((x, i) => ({
      id: `${"ab".repeat(15)}0${i}`,
      interactionRef: x.ref,
      answeredAt: x.occurredAt,
      locale: "en",
      nps: 10 - i,
    }));
    const summary = await importInterchange({ format: "interchange-v1", responses: later }, { orgSlug: slug });
    expect(summary.responses).toEqual({ created: 3, unchanged: 0 });
    const id = await orgId(slug);
    const incremental = (await counts(id)).rollups;
    await rebuildRollups(id);
    expect((await counts(id)).rollups).toEqual(incremental);
    const want = computeScores({ ...doc, responses: [...doc.responses, ...later] });
    expect(compareScores(await exportScores(id), want).problems).toEqual([]);
  });
});

describe("importInterchange with a bad file", () => {
  it("rejects the whole file with one line per problem and writes nothing", async () => {
    const slug = uniq("bad");
    const doc = freshFixture() as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    doc.interactions[12].contributors[0].weight = 1.5;
    doc.interactions[3].contributors[1].email = "nobody@example.test";
    doc.responses[7].nps = 11;
    doc.responses[8].id = "xyz";
    const error = await importInterchange(doc, { orgSlug: slug }).catch((e) => e);
    expect(error).toBeInstanceOf(InterchangeError);
    expect((error as InterchangeError).lines).toEqual([
      "interactions[12].contributors[0].weight: must be in (0, 1]",
      "responses[7].nps: must be a whole number from 0 to 10",
      "responses[8].id: must be 32 hex digits or a UUID",
      'interactions[3].contributors[1].email: unknown staff email "nobody@example.test" (list it in staff)',
    ]);
    expect(await db.organization.findUnique({ where: { slug } })).toBeNull();

    // Fixed, it goes in; an id given as a UUID is stored as 32 hex characters.
    doc.interactions[12].contributors[0].weight = 1;
    doc.interactions[3].contributors[1].email = doc.staff[0].email;
    doc.responses[7].nps = 10;
    doc.responses[8].id = "5F0C0000-AAAA-BBBB-CCCC-0123456789AB";
    await importInterchange(doc, { orgSlug: slug });
    expect(await db.response.findUnique({ where: { id: "5f0c0000aaaabbbbcccc0123456789ab" } })).not.toBeNull();
  });

  it("rolls back everything when a response id belongs to another organisation", async () => {
    const first = uniq("fx");
    const doc = freshFixture();
    await importInterchange(structuredClone(doc), { orgSlug: first });
    const second = uniq("fx");
    const error = await importInterchange({ ...doc, responses: doc.responses.slice(0, 2) }, { orgSlug: second }).catch(
      (e) => e,
    );
    expect((error as InterchangeError).lines).toEqual([
      "responses[0].id: already used by another organisation",
      "responses[1].id: already used by another organisation",
    ]);
    expect(await db.organization.findUnique({ where: { slug: second } })).toBeNull();
  });
});
