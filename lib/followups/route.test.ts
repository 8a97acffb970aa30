// Routing through the product's own doors: a link answered with a credited person, and a kiosk
// answer that credits nobody.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { createInteraction } from "../interactions/create";
import { ingestResponse } from "../responses/ingest";
import { makeOrg, makeTeam, makeTouchpoint, makeUser, uniq } from "../../tests/factories";
import { listFollowUps } from "./queue";
import { getFollowUpCase } from "./case";

const id = () => randomUUID().replace(/-/g, "");
const actor = (u: { id: string; orgId: string; role: string }) => ({
  userId: u.id,
  orgId: u.orgId,
  role: u.role as "admin" | "manager" | "staff",
});

async function shop() {
  const org = await makeOrg();
  const tp = await makeTouchpoint(org.id, "counter");
  const kioskTp = await makeTouchpoint(org.id, "kiosk");
  const admin = await makeUser(org.id, { role: "admin", name: "Ada Admin" });
  const admin2 = await makeUser(org.id, { role: "admin", name: "Abe Admin" });
  const mgrA = await makeUser(org.id, { role: "manager", name: "Mika" });
  const mgrB = await makeUser(org.id, { role: "manager", name: "Noor" });
  const floor = await makeUser(org.id, { role: "manager", name: "Fay Floor" });
  const teamA = await makeTeam(org.id, "counter", mgrA.id);
  const teamB = await makeTeam(org.id, "bakery", mgrB.id);
  const aiko = await makeUser(org.id, { name: "Aiko", teamId: teamA.id });
  const bea = await makeUser(org.id, { name: "Bea", teamId: teamB.id });
  return { org, tp, kioskTp, admin, admin2, mgrA, mgrB, floor, aiko, bea };
}

async function answerLink(orgId: string, touchpoint: string, emails: string[], nps: number) {
  const created = await createInteraction(
    orgId,
    {
      ref: uniq("pos"),
      touchpoint,
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
      contributors: emails.map((email) => ({ email, role: "frontline" as const })),
    },
    { baseUrl: "http://test" },
  );
  const r = await ingestResponse(
    { id: id(), code: created.code, answers: { nps }, locale: "en", answeredAt: new Date().toISOString() },
    { limits: false },
  );
  expect(r.status).toBe("stored");
  return db.followUp.findFirst({ where: { response: { interaction: { ref: created.ref } } } });
}

async function answerKiosk(orgId: string, touchpointId: string, slug: string, nps: number) {
  const r = await ingestResponse(
    { id: id(), touchpoint: slug, answers: { nps }, locale: "en", answeredAt: new Date().toISOString() },
    { limits: false, kiosk: { keyId: "k", orgId, scope: "kiosk", touchpointId } },
  );
  expect(r.status).toBe("stored");
  return db.followUp.findFirstOrThrow({ where: { responseId: (r as { id: string }).id } });
}

const routed = async (followUpId: string) =>
  (await db.followUpRoute.findMany({ where: { followUpId }, select: { userId: true, reason: true } })).sort((a, b) =>
    a.userId < b.userId ? -1 : 1,
  );

describe("follow-up routing", () => {
  it("routes a detractor to the managers of every credited person's team; a promoter opens nothing", async () => {
    const s = await shop();
    const f = await answerLink(s.org.id, "counter", [s.aiko.email, s.bea.email], 3);
    expect(await routed(f!.id)).toEqual(
      [
        { userId: s.mgrA.id, reason: "team" },
        { userId: s.mgrB.id, reason: "team" },
      ].sort((a, b) => (a.userId < b.userId ? -1 : 1)),
    );
    expect(await answerLink(s.org.id, "counter", [s.aiko.email], 9)).toBeNull();
    // Both managers see it in their queue and can open it.
    for (const m of [s.mgrA, s.mgrB]) {
      expect((await listFollowUps(actor(m), { status: "open" })).items.map((i) => i.id)).toEqual([f!.id]);
    }
    const c = await getFollowUpCase(actor(s.mgrB), f!.id);
    expect(c!.routes.map((r) => r.user.name).sort()).toEqual(["Mika", "Noor"]);
  });

  it("routes an uncredited kiosk detractor to the touchpoint's manager, who sees it; else to the admins", async () => {
    const s = await shop();
    await db.touchpoint.update({ where: { id: s.kioskTp.id }, data: { managerId: s.floor.id } });
    const f = await answerKiosk(s.org.id, s.kioskTp.id, "kiosk", 2);
    expect(await routed(f.id)).toEqual([{ userId: s.floor.id, reason: "touchpoint" }]);
    expect((await listFollowUps(actor(s.floor), { status: "open" })).items.map((i) => i.id)).toEqual([f.id]);
    expect((await listFollowUps(actor(s.mgrA), { status: "open" })).items).toEqual([]);

    // No touchpoint manager (or an inactive one): the org's active admins.
    await db.user.update({ where: { id: s.floor.id }, data: { active: false } });
    const g = await answerKiosk(s.org.id, s.kioskTp.id, "kiosk", 0);
    expect((await routed(g.id)).map((r) => r.reason)).toEqual(["admins", "admins"]);
    expect((await routed(g.id)).map((r) => r.userId).sort()).toEqual([s.admin.id, s.admin2.id].sort());
  });
});
