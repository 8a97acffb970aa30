import { describe, expect, it } from "vitest";
import { db } from "../db";
import { checkCredentials } from "../auth/sign-in";
import { makeTeam } from "../../tests/factories";
import { createStaffMember, listStaff, resetStaffPassword, setStaffActive, updateStaffMember } from "./staff";
import { adminWorld } from "./test-actors";

describe("staff administration", () => {
  it("creates a person whose one-time password signs in", async () => {
    const { admin, org } = await adminWorld();
    const team = await makeTeam(org.id);
    const result = await createStaffMember(admin, {
      email: "New.Baker@Example.test",
      name: "New Baker",
      role: "staff",
      kind: "backoffice",
      teamId: team.id,
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.data.email).toBe("new.baker@example.test");
    expect(await checkCredentials("new.baker@example.test", result.data.password)).toMatchObject({ ok: true });
    expect((await listStaff(admin)).map((u) => u.email)).toContain("new.baker@example.test");
  });

  it("names the field for a bad email and for a duplicate", async () => {
    const { admin } = await adminWorld();
    expect(await createStaffMember(admin, { email: "nope", name: "X" })).toMatchObject({
      ok: false,
      fieldErrors: { email: "must be an email address like aiko@example.com" },
    });
    await createStaffMember(admin, { email: "twice@example.test", name: "Twice" });
    expect(await createStaffMember(admin, { email: "twice@example.test", name: "Again" })).toMatchObject({
      ok: false,
      fieldErrors: { email: "already has an account in this organization" },
    });
  });

  it("refuses another org's team and another org's person", async () => {
    const a = await adminWorld();
    const b = await adminWorld();
    const foreignTeam = await makeTeam(b.org.id);
    expect(
      await createStaffMember(a.admin, { email: "x1@example.test", name: "X", teamId: foreignTeam.id }),
    ).toMatchObject({ ok: false, fieldErrors: { teamId: "must be a team in your organization" } });
    const edit = await updateStaffMember(a.admin, b.staff.userId, { email: "hijack@example.test", name: "Hijack" });
    expect(edit).toMatchObject({ ok: false, formError: "That person doesn't exist in your organization." });
    expect(await setStaffActive(a.admin, b.staff.userId, false)).toMatchObject({ ok: false });
    expect(await resetStaffPassword(a.admin, b.staff.userId)).toMatchObject({ ok: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: b.staff.userId } })).active).toBe(true);
  });

  it("deactivates instead of deleting, and keeps admins from locking themselves out", async () => {
    const { admin, staff } = await adminWorld();
    expect(await setStaffActive(admin, staff.userId, false)).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: staff.userId } })).toMatchObject({ active: false });
    expect(await setStaffActive(admin, admin.userId, false)).toMatchObject({ ok: false });
    expect(
      await updateStaffMember(admin, admin.userId, { email: admin.email, name: admin.name, role: "staff" }),
    ).toMatchObject({ ok: false, fieldErrors: { role: "must stay admin on your own account" } });
  });

  it("refuses non-admins", async () => {
    const { manager, staff } = await adminWorld();
    expect(await createStaffMember(manager, { email: "m@example.test", name: "M" })).toMatchObject({
      ok: false,
      formError: "Only admins can change this.",
    });
    expect(await setStaffActive(staff, manager.userId, false)).toMatchObject({
      ok: false,
      formError: "Only admins can change this.",
    });
    await expect(listStaff(staff)).rejects.toMatchObject({ status: 403 });
  });
});
