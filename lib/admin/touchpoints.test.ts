import { describe, expect, it } from "vitest";
import { db } from "../db";
import { makeOrg, makeUser } from "../../tests/factories";
import { adminWorld } from "./test-actors";
import { createTouchpoint, listTouchpoints, updateTouchpoint } from "./touchpoints";

describe("a touchpoint's follow-up manager", () => {
  it("is saved, shown on the list by name, and cleared with an empty choice", async () => {
    const w = await adminWorld();
    const made = await createTouchpoint(w.admin, {
      slug: "front-door",
      name: "Front door",
      managerId: w.manager.userId,
    });
    expect(made.ok).toBe(true);
    const id = (made as { data: { id: string } }).data.id;
    expect((await listTouchpoints(w.admin)).find((t) => t.id === id)).toMatchObject({ manager: w.manager.name });
    await updateTouchpoint(w.admin, id, { slug: "front-door", name: "Front door", managerId: "" });
    expect(await db.touchpoint.findUniqueOrThrow({ where: { id } })).toMatchObject({ managerId: null });
  });

  it("must be an active manager or admin of the same organization", async () => {
    const w = await adminWorld();
    const base = { slug: "kiosk", name: "Kiosk" };
    expect(await createTouchpoint(w.admin, { ...base, managerId: w.staff.userId })).toMatchObject({
      ok: false,
      fieldErrors: { managerId: "must be an active manager or admin" },
    });
    const outsider = await makeUser((await makeOrg()).id, { role: "manager" });
    expect(await createTouchpoint(w.admin, { ...base, managerId: outsider.id })).toMatchObject({
      ok: false,
      fieldErrors: { managerId: "must be a person in your organization" },
    });
    await db.user.update({ where: { id: w.manager.userId }, data: { active: false } });
    expect(await createTouchpoint(w.admin, { ...base, managerId: w.manager.userId })).toMatchObject({
      ok: false,
      fieldErrors: { managerId: "must be an active manager or admin" },
    });
  });
});
