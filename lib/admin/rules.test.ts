import { describe, expect, it } from "vitest";
import { makeTeam, makeTouchpoint, makeUser } from "../../tests/factories";
import { createRule, deleteRule, listRules } from "./rules";
import { previewRules } from "./rule-preview";
import { adminWorld } from "./test-actors";

describe("attribution rules", () => {
  it("stores a windowed team rule and previews who it credits", async () => {
    const { admin, org } = await adminWorld();
    const bakers = await makeTeam(org.id, "Bakers");
    const baker = await makeUser(org.id, { name: "Aino Baker", kind: "backoffice", teamId: bakers.id });
    const counter = await makeTouchpoint(org.id, "counter");
    const created = await createRule(admin, {
      subject: "team",
      teamId: bakers.id,
      touchpointId: counter.id,
      role: "backoffice",
      weight: "0.5",
      windowStart: "06:00",
      windowEnd: "14:00",
    });
    expect(created).toMatchObject({ ok: true });
    expect((await listRules(admin))[0]).toMatchObject({
      windowStart: 360,
      windowEnd: 840,
      windowStartText: "06:00",
      weight: 0.5,
    });

    const inside = await previewRules(admin, { touchpointId: counter.id, time: "10:00" });
    expect(inside).toMatchObject({
      ok: true,
      data: {
        credits: [{ userId: baker.id, name: "Aino Baker", role: "backoffice", weight: 0.5, teamName: "Bakers" }],
      },
    });
    const outside = await previewRules(admin, { touchpointId: counter.id, time: "15:30" });
    expect(outside).toMatchObject({ ok: true, data: { credits: [] } });
  });

  it("names the broken rule", async () => {
    const { admin } = await adminWorld();
    const result = await createRule(admin, { subject: "team", role: "frontline", weight: 1.5, windowStart: "6am" });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        weight: "must be in (0, 1]",
        windowStart: "must be a time like 06:30",
        teamId: "is required for a team rule",
      },
    });
    expect(
      await createRule(admin, {
        subject: "user",
        userId: admin.userId,
        role: "frontline",
        weight: 1,
        windowStart: "06:00",
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { windowEnd: "must be set together with the other end of the window" },
    });
  });

  it("refuses another org's team, touchpoint and rule, and non-admins", async () => {
    const a = await adminWorld();
    const b = await adminWorld();
    const foreignTeam = await makeTeam(b.org.id);
    const foreignTp = await makeTouchpoint(b.org.id);
    expect(
      await createRule(a.admin, { subject: "team", teamId: foreignTeam.id, role: "frontline", weight: 1 }),
    ).toMatchObject({ ok: false, fieldErrors: { teamId: "must be a team in your organization" } });
    expect(await previewRules(a.admin, { touchpointId: foreignTp.id, time: "10:00" })).toMatchObject({
      ok: false,
      fieldErrors: { touchpointId: "must be a touchpoint in your organization" },
    });
    const theirs = await createRule(b.admin, { subject: "team", teamId: foreignTeam.id, role: "frontline", weight: 1 });
    if (!theirs.ok) throw new Error("setup");
    expect(await deleteRule(a.admin, theirs.data.id)).toMatchObject({ ok: false });
    expect(
      await createRule(a.manager, { subject: "user", userId: a.staff.userId, role: "frontline", weight: 1 }),
    ).toMatchObject({ ok: false, formError: "Only admins can change this." });
  });
});
