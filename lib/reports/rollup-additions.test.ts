// The additions report reads daily rollups; these must give exactly what the raw rows give, after
// ingest and import and after every path that changes what counts: a gaming exclusion (and
// inclusion), an accepted dispute and an erasure. Each step also checks the rollup tables against a
// rebuild from raw responses.
import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { makeUser, uniq } from "../../tests/factories";
import { reportsSmall } from "../../tests/fixtures/reports-small";
import { db } from "../db";
import { decideDispute, openDispute } from "../disputes/disputes";
import { erase } from "../erasure/erase";
import { setFlagExclusion } from "../gaming/exclude";
import { additionSums } from "../interchange/export-additions";
import { createInteraction } from "../interactions/create";
import { importInterchange } from "../interchange/import";
import { ingestResponse } from "../responses/ingest";
import { rebuildRollups } from "../rollups/rebuild";
import { additionsFromSums, emptyAdditions, type AdditionSums } from "../scoring/additions";
import { additionsReport } from "./additions-report";

const act = (u: { id: string; orgId: string; role: string }) => ({
  userId: u.id,
  orgId: u.orgId,
  role: u.role as "staff" | "manager" | "admin",
});

const r6 = (x: unknown): unknown =>
  typeof x === "number"
    ? Math.round(x * 1e6) / 1e6
    : Array.isArray(x)
      ? x.map(r6)
      : x && typeof x === "object"
        ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, r6(v)]))
        : x;

/** The report's numbers computed from raw rows, as before the rollups existed. */
async function rawNumbers(orgId: string, teamId?: string) {
  const sums = await additionSums(orgId, {}, new Date(), { teamId });
  const score = (s?: AdditionSums) => additionsFromSums(s ?? emptyAdditions(), sums.order);
  return {
    total: score(teamId ? sums.teams.get(teamId) : sums.org),
    teams: teamId ? {} : Object.fromEntries([...sums.teams].map(([id, s]) => [id, score(s)])),
    touchpoints: teamId ? {} : Object.fromEntries([...sums.touchpoints].map(([id, s]) => [id, score(s)])),
    people: Object.fromEntries([...sums.users].map(([id, s]) => [id, score(s)])),
  };
}

async function expectReportMatchesRaw(orgId: string, teamIds: string[]) {
  for (const teamId of [undefined, ...teamIds]) {
    const report = await additionsReport(orgId, {}, teamId ? { type: "team", teamId } : { type: "org" }, {
      timeZone: "UTC",
      maxWeeks: 26,
    });
    const raw = await rawNumbers(orgId, teamId);
    const label = teamId ?? "org";
    expect(r6(report.total), label).toEqual(r6(raw.total));
    for (const t of report.teams) expect(r6(t.scores), `${label} team ${t.name}`).toEqual(r6(raw.teams[t.id] ?? {}));
    for (const t of report.touchpoints)
      expect(r6(t.scores), `${label} touchpoint ${t.name}`).toEqual(r6(raw.touchpoints[t.id] ?? {}));
    const members = await db.user.findMany({ where: { orgId, active: true, ...(teamId ? { teamId } : {}) } });
    for (const p of members) {
      const want = raw.people[p.id] ?? {};
      const got = report.people.find((x) => x.id === p.id)?.scores ?? {};
      expect(r6(got), `${label} person ${p.name}`).toEqual(r6(want));
    }
  }
}

type Row = Record<string, unknown>;
const key = (r: Row) => Object.values(r).slice(0, 6).join("|");
async function tables(orgId: string) {
  const rollups = (await db.dailyRollup.findMany({ where: { orgId } })).filter((r) => r.responses !== 0);
  const choices = (await db.dailyChoiceRollup.findMany({ where: { orgId } })).filter((r) => r.n !== 0);
  const sort = (rows: Row[]) => rows.map((r) => r6(r) as Row).sort((a, b) => (key(a) < key(b) ? -1 : 1));
  return { rollups: sort(rollups), choices: sort(choices) };
}

async function expectRollupsMatchRebuild(orgId: string) {
  const before = await tables(orgId);
  await rebuildRollups(orgId);
  expect(before).toEqual(await tables(orgId));
}

describe("the additions report from rollups", () => {
  it("equals the raw computation after import, exclusion, inclusion, a dispute and an erasure", async () => {
    const slug = uniq("rollup-additions");
    await importInterchange(reportsSmall(randomBytes(4).toString("hex")), { orgSlug: slug });
    const org = await db.organization.findUniqueOrThrow({ where: { slug } });
    const teamIds = (await db.team.findMany({ where: { orgId: org.id } })).map((t) => t.id);
    expect(await db.dailyChoiceRollup.count({ where: { orgId: org.id } })).toBeGreaterThan(0);
    await expectReportMatchesRaw(org.id, teamIds);
    await expectRollupsMatchRebuild(org.id);

    // Live answers through the one write path, with choices, comparison and return intent.
    const ana = await db.user.findFirstOrThrow({ where: { orgId: org.id, name: "Ana" } });
    for (const [i, answers] of [
      { nps: 10, compare: 3, return: 3, choices: ["friendly", "fast"] },
      { nps: 4, compare: 1, return: 1, choices: ["fast"] },
      { nps: 8, compare: 2, choices: ["fresh"] },
    ].entries()) {
      const created = await createInteraction(
        org.id,
        {
          ref: uniq("pos"),
          touchpoint: "shop",
          occurredAt: new Date(Date.now() - 60_000).toISOString(),
          contributors: [{ email: ana.email, role: "frontline" }],
        },
        { baseUrl: "http://test" },
      );
      const id = randomUUID().replace(/-/g, "");
      const r = await ingestResponse(
        { id, code: created.code, answers, locale: "en", answeredAt: new Date(Date.now() - i * 1000).toISOString() },
        { limits: false },
      );
      expect(r.status, JSON.stringify(r)).toBe("stored");
    }
    await expectReportMatchesRaw(org.id, teamIds);
    await expectRollupsMatchRebuild(org.id);

    const admin = await makeUser(org.id, { role: "admin" });
    const answered = await db.response.findMany({
      where: { orgId: org.id, responseChoices: { some: {} } },
      orderBy: { answeredAt: "asc" },
      select: { id: true, interactionId: true },
    });
    expect(answered.length).toBeGreaterThan(4);

    // A gaming flag over two answers with choices, excluded, then one step later included again.
    const flag = await db.gamingFlag.create({
      data: {
        orgId: org.id,
        kind: "burst",
        key: uniq("burst"),
        subject: "an address",
        summary: "two answers a second apart",
        firstAt: new Date(),
        lastAt: new Date(),
        n: 2,
        answers: { create: answered.slice(0, 2).map((r) => ({ responseId: r.id })) },
      },
    });
    await setFlagExclusion(act(admin), { flagId: flag.id, action: "exclude", reason: "a burst" });
    await expectReportMatchesRaw(org.id, teamIds);
    await expectRollupsMatchRebuild(org.id);

    // An accepted dispute on a half-weight credit of an answer that still counts.
    const credit = await db.contribution.findFirstOrThrow({
      where: { orgId: org.id, weight: 0.5, interaction: { response: { excludedAt: null } } },
      include: { user: true },
    });
    const dispute = await openDispute(act(credit.user), { contributionId: credit.id, reason: "not my customer" });
    await decideDispute(act(admin), { disputeId: dispute.id, decision: "accept" });
    await expectReportMatchesRaw(org.id, teamIds);
    await expectRollupsMatchRebuild(org.id);

    await setFlagExclusion(act(admin), { flagId: flag.id, action: "include", reason: "checked: real customers" });
    await expectReportMatchesRaw(org.id, teamIds);
    await expectRollupsMatchRebuild(org.id);

    await erase(org.id, { response: answered[answered.length - 1].id }, admin.id);
    await expectReportMatchesRaw(org.id, teamIds);
    await expectRollupsMatchRebuild(org.id);
  });
});
