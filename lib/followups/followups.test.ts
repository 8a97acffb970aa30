import { describe, expect, it } from "vitest";
import { db } from "../db";
import { AuthError } from "../auth/authorize";
import { makeOrg, makeTeam, makeTouchpoint, makeUser } from "../../tests/factories";
import { answeredInteraction } from "../feed/testing";
import { listFollowUps } from "./queue";
import { getFollowUpCase } from "./case";
import { addFollowUpNote, assignFollowUp, resolveFollowUp } from "./manage";
import { followUpSummary } from "./summary";
import { escalateOverdue } from "./escalate";
import { followupsEscalate } from "../../scripts/cli/followups-escalate";

const HOUR = 3_600_000;

async function scenario() {
  const org = await makeOrg();
  const tp = await makeTouchpoint(org.id);
  const admin = await makeUser(org.id, { role: "admin", name: "Admin" });
  const mgrA = await makeUser(org.id, { role: "manager", name: "Manager A" });
  const mgrB = await makeUser(org.id, { role: "manager", name: "Manager B" });
  const teamA = await makeTeam(org.id, "counter", mgrA.id);
  const teamB = await makeTeam(org.id, "bakery", mgrB.id);
  const aiko = await makeUser(org.id, { name: "Aiko", teamId: teamA.id });
  const ben = await makeUser(org.id, { name: "Ben", teamId: teamB.id, kind: "backoffice" });
  const mk = async (userId: string, teamId: string, openedAt: Date) => {
    const { response } = await answeredInteraction({
      orgId: org.id,
      touchpointId: tp.id,
      contributors: [{ userId, teamId }],
      nps: 2,
      comment: "cold coffee",
    });
    // The detractor answer opened its case; the scenario sets when.
    return db.followUp.update({ where: { responseId: response!.id }, data: { openedAt } });
  };
  const now = new Date();
  const fa = await mk(aiko.id, teamA.id, new Date(now.getTime() - 2 * HOUR));
  const fb = await mk(ben.id, teamB.id, new Date(now.getTime() - 100 * HOUR));
  return { org, admin, mgrA, mgrB, aiko, ben, fa, fb, now };
}

const actor = (u: { id: string; orgId: string; role: string }) => ({
  userId: u.id,
  orgId: u.orgId,
  role: u.role as "admin" | "manager" | "staff",
});

describe("follow-ups", () => {
  it("admins see every case of their org, managers only their teams', staff none", async () => {
    const s = await scenario();
    const all = await listFollowUps(actor(s.admin), { status: "open" });
    expect(all.items.map((i) => i.id).sort()).toEqual([s.fa.id, s.fb.id].sort());
    const a = await listFollowUps(actor(s.mgrA), { status: "open" });
    expect(a.items.map((i) => i.id)).toEqual([s.fa.id]);
    expect(await getFollowUpCase(actor(s.mgrA), s.fb.id)).toBeNull();
    await expect(listFollowUps(actor(s.aiko), { status: "open" })).rejects.toBeInstanceOf(AuthError);
    await expect(resolveFollowUp(actor(s.mgrA), { followUpId: s.fb.id })).rejects.toMatchObject({ status: 403 });
  });

  it("nobody reaches another org's cases", async () => {
    const s = await scenario();
    const other = await makeOrg();
    const outsider = await makeUser(other.id, { role: "admin" });
    expect((await listFollowUps(actor(outsider), { status: "all" })).items).toEqual([]);
    expect(await getFollowUpCase(actor(outsider), s.fa.id)).toBeNull();
    await expect(addFollowUpNote(actor(outsider), { followUpId: s.fa.id, body: "hi" })).rejects.toMatchObject({
      status: 403,
    });
    await expect(
      assignFollowUp(actor(s.admin), { followUpId: s.fa.id, assigneeId: outsider.id }),
    ).rejects.toMatchObject({ status: 403 });
  });

  it("reading the queue changes nothing: escalation runs on its own, once per case, with one event each", async () => {
    const s = await scenario();
    expect((await listFollowUps(actor(s.admin), { status: "escalated" })).items).toEqual([]);
    // Two instances running the escalation at the same moment take each case once.
    const [a, b] = await Promise.all([escalateOverdue(s.org.id), escalateOverdue(s.org.id)]);
    expect(a + b).toBe(1);
    expect(await escalateOverdue(s.org.id)).toBe(0);
    const escalated = await listFollowUps(actor(s.admin), { status: "escalated" });
    expect(escalated.items.map((i) => i.id)).toEqual([s.fb.id]);
    const events = await db.event.findMany({ where: { orgId: s.org.id, type: "followup.escalated" } });
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0].data)).toMatchObject({ followup: { id: s.fb.id, status: "open", escalated: true } });
  });

  it("npm run cli -- followups escalate --org SLUG escalates the org's overdue cases and says how many", async () => {
    const s = await scenario();
    const out: string[] = [];
    const log = console.log;
    console.log = (line: string) => void out.push(line);
    try {
      await followupsEscalate.run({ values: { org: s.org.slug }, positionals: [] });
      await followupsEscalate.run({ values: { org: s.org.slug }, positionals: [] });
    } finally {
      console.log = log;
    }
    expect(out).toEqual([
      `escalated 1 case of ${s.org.slug} open longer than 48 h`,
      `no cases of ${s.org.slug} are open longer than 48 h and not yet escalated`,
    ]);
    await expect(followupsEscalate.run({ values: {}, positionals: [] })).rejects.toThrow("--org is required");
  });

  it("assigns, notes and resolves, and the summary shows the resolution time", async () => {
    const s = await scenario();
    await assignFollowUp(actor(s.mgrA), { followUpId: s.fa.id, assigneeId: s.mgrA.id });
    await addFollowUpNote(actor(s.mgrA), { followUpId: s.fa.id, kind: "call", body: "Called the customer." });
    await resolveFollowUp(
      actor(s.mgrA),
      { followUpId: s.fa.id, note: "Sent a voucher." },
      new Date(s.fa.openedAt.getTime() + 3 * HOUR),
    );
    const c = await getFollowUpCase(actor(s.admin), s.fa.id);
    expect(c).toMatchObject({ status: "resolved", assignee: { name: "Manager A" } });
    expect(c!.notes.map((n) => [n.kind, n.body])).toEqual([
      ["call", "Called the customer."],
      [null, "Sent a voucher."],
    ]);
    expect(c!.response.interaction.contributions.map((x) => x.user.name)).toEqual(["Aiko"]);

    const resolved = await db.event.findMany({ where: { orgId: s.org.id, type: "followup.resolved" } });
    expect(resolved.map((e) => JSON.parse(e.data).followup)).toEqual([
      expect.objectContaining({
        id: s.fa.id,
        status: "resolved",
        assignee: { email: s.mgrA.email, name: "Manager A" },
      }),
    ]);
    // Resolving twice reports once.
    await resolveFollowUp(actor(s.mgrA), { followUpId: s.fa.id });
    expect(await db.event.count({ where: { orgId: s.org.id, type: "followup.resolved" } })).toBe(1);

    await escalateOverdue(s.org.id);
    const sum = await followUpSummary(s.org.id);
    expect(sum).toMatchObject({ total: 2, open: 1, resolved: 1, escalated: 1, escalationRate: 0.5 });
    expect(sum.avgResolutionMs).toBe(3 * HOUR);
  });

  it("refuses an empty note, naming the field", async () => {
    const s = await scenario();
    await expect(addFollowUpNote(actor(s.admin), { followUpId: s.fa.id, body: "  " })).rejects.toThrow(/is required/);
  });
});
