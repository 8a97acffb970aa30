// "I wasn't there": a dispute accepted by the person's manager takes that credit out of scores
// (and matches a rebuild from raw responses), with an audit entry; a rejected one changes nothing.
import { describe, expect, it } from "vitest";
import { auditLog } from "../audit/record";
import { db } from "../db";
import { answeredInteraction } from "../feed/testing";
import { rebuildRollups } from "../rollups/rebuild";
import { teamScores, userScores } from "../rollups/queries";
import { makeOrg, makeTeam, makeTouchpoint, makeUser } from "../../tests/factories";
import { decideDispute, disputesToDecide, openDispute } from "./disputes";

const DAY = 86_400_000;
const act = (u: { id: string; orgId: string; role: string }) => ({
  userId: u.id,
  orgId: u.orgId,
  role: u.role as "staff" | "manager" | "admin",
});

async function shop() {
  const org = await makeOrg({ timeZone: "Europe/Helsinki" });
  const tp = await makeTouchpoint(org.id, "store-main");
  const boss = await makeUser(org.id, { role: "manager", name: "Mika" });
  const other = await makeUser(org.id, { role: "manager", name: "Olli" });
  const admin = await makeUser(org.id, { role: "admin", name: "Ada" });
  const counter = await makeTeam(org.id, "counter", boss.id);
  const aiko = await makeUser(org.id, { name: "Aiko", teamId: counter.id });
  const cai = await makeUser(org.id, { name: "Cai", teamId: counter.id });
  const answers: { id: string; contributionId: string }[] = [];
  for (const [i, nps] of [10, 9, 2, 0, 8, 10].entries()) {
    const { interaction, response } = await answeredInteraction({
      orgId: org.id,
      touchpointId: tp.id,
      contributors: [
        { userId: aiko.id, teamId: counter.id },
        ...(i < 2 ? [{ userId: cai.id, teamId: counter.id }] : []),
      ],
      answeredAt: new Date(Date.now() - (i + 1) * DAY),
      nps,
    });
    const c = await db.contribution.findFirstOrThrow({ where: { interactionId: interaction.id, userId: aiko.id } });
    answers.push({ id: response!.id, contributionId: c.id });
  }
  return { org, boss, other, admin, counter, aiko, cai, answers };
}

describe("disputes", () => {
  it("an accepted dispute removes that one credit from scores, matching a rebuild, with an audit entry", async () => {
    const s = await shop();
    const before = await userScores(s.org.id, s.aiko.id);
    expect(before).toMatchObject({ responses: 6, npsN: 6, nps: 16.667 });
    // Aiko was not at the counter for the 0 (answers[3]).
    const d = await openDispute(act(s.aiko), {
      contributionId: s.answers[3].contributionId,
      reason: "I was off sick that day",
    });
    expect(d.status).toBe("open");
    await expect(
      openDispute(act(s.aiko), { contributionId: s.answers[3].contributionId, reason: "again" }),
    ).rejects.toThrow(/already disputed/);
    // Not someone else's credit, and not without a reason.
    await expect(
      openDispute(act(s.cai), { contributionId: s.answers[4].contributionId, reason: "not me" }),
    ).rejects.toThrow(/no such credit/);
    await expect(
      openDispute(act(s.aiko), { contributionId: s.answers[4].contributionId, reason: "" }),
    ).rejects.toThrow();

    // Only her manager (or an admin) decides.
    await expect(decideDispute(act(s.other), { disputeId: d.id, decision: "accept" })).rejects.toMatchObject({
      status: 403,
    });
    await expect(decideDispute(act(s.aiko), { disputeId: d.id, decision: "accept" })).rejects.toMatchObject({
      status: 403,
    });
    expect((await disputesToDecide(act(s.boss))).map((x) => [x.person, x.status])).toEqual([["Aiko", "open"]]);
    expect(await disputesToDecide(act(s.other))).toEqual([]);

    await decideDispute(act(s.boss), { disputeId: d.id, decision: "accept", note: "Rota shows Cai on the till" });
    const after = await userScores(s.org.id, s.aiko.id);
    // 5 answers left: 10, 9, 2, 8, 10 → 3 promoters, 1 detractor → NPS 40.
    expect(after).toMatchObject({ responses: 5, npsN: 5, nps: 40 });
    // Nobody else's numbers move: the org still counts the answer; the team lost its only credit on it.
    expect(await userScores(s.org.id, s.cai.id)).toMatchObject({ responses: 2 });
    expect((await teamScores(s.org.id, s.counter.id)).responses).toBe(5);
    const stored = await db.dailyRollup.findMany({
      where: { orgId: s.org.id },
      orderBy: [{ subjectType: "asc" }, { subjectId: "asc" }, { day: "asc" }],
    });
    await rebuildRollups(s.org.id);
    const rebuilt = await db.dailyRollup.findMany({
      where: { orgId: s.org.id },
      orderBy: [{ subjectType: "asc" }, { subjectId: "asc" }, { day: "asc" }],
    });
    const key = (r: (typeof stored)[number]) => `${r.subjectType}:${r.subjectId}:${r.day}`;
    const nonZero = (rows: typeof stored) =>
      rows.filter((r) => r.responses !== 0).map((r) => [key(r), r.responses, r.npsProm, r.npsDet]);
    expect(nonZero(stored)).toEqual(nonZero(rebuilt));

    // The answer and the snapshot are still there: history is not rewritten, only that credit is no longer counted.
    const credit = await db.contribution.findUniqueOrThrow({ where: { id: s.answers[3].contributionId } });
    expect(credit.excludedAt).not.toBeNull();
    expect(await db.response.count({ where: { id: s.answers[3].id } })).toBe(1);

    const log = await auditLog(act(s.admin));
    expect(log).toEqual([
      expect.objectContaining({
        action: "dispute.accepted",
        who: "Mika",
        reason: "Rota shows Cai on the till",
        subject: `dispute ${d.id}`,
      }),
    ]);
    expect(await auditLog(act(s.boss))).toEqual([]); // admins read the log
    await expect(decideDispute(act(s.admin), { disputeId: d.id, decision: "reject" })).rejects.toThrow(
      /already accepted/,
    );
  });

  it("a rejected dispute leaves the scores alone and is logged", async () => {
    const s = await shop();
    const d = await openDispute(act(s.aiko), {
      contributionId: s.answers[2].contributionId,
      reason: "Not my customer",
    });
    await decideDispute(act(s.admin), { disputeId: d.id, decision: "reject", note: "You served them" });
    expect(await userScores(s.org.id, s.aiko.id)).toMatchObject({ responses: 6, nps: 16.667 });
    expect((await auditLog(act(s.admin))).map((e) => e.action)).toEqual(["dispute.rejected"]);
  });
});
