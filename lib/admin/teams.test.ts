import { describe, expect, it } from "vitest";
import { createTeam, listTeams, updateTeam } from "./teams";
import { createTouchpoint, updateTouchpoint } from "./touchpoints";
import { adminWorld } from "./test-actors";

describe("teams and touchpoints", () => {
  it("creates a team with a manager, refuses duplicates and staff managers", async () => {
    const { admin, manager, staff } = await adminWorld();
    expect(await createTeam(admin, { name: "Counter", managerId: manager.userId })).toMatchObject({ ok: true });
    expect((await listTeams(admin))[0]).toMatchObject({ name: "Counter", manager: { name: manager.name } });
    expect(await createTeam(admin, { name: "Counter" })).toMatchObject({
      ok: false,
      fieldErrors: { name: "is already used by another team" },
    });
    expect(await createTeam(admin, { name: "Bakery", managerId: staff.userId })).toMatchObject({
      ok: false,
      fieldErrors: { managerId: "must be an active manager or admin" },
    });
  });

  it("validates touchpoint slugs and scopes edits to the org", async () => {
    const a = await adminWorld();
    const b = await adminWorld();
    expect(await createTouchpoint(a.admin, { slug: "Store Main", name: "Store" })).toMatchObject({
      ok: false,
      fieldErrors: { slug: "must be lowercase letters, digits and single hyphens (like store-main)" },
    });
    const theirs = await createTouchpoint(b.admin, { slug: "store-main", name: "Store" });
    if (!theirs.ok) throw new Error("setup");
    expect(await createTouchpoint(a.admin, { slug: "store-main", name: "Store" })).toMatchObject({ ok: true });
    expect(await updateTouchpoint(a.admin, theirs.data.id, { slug: "x-y", name: "Taken" })).toMatchObject({
      ok: false,
      formError: "That touchpoint doesn't exist in your organization.",
    });
    expect(await updateTeam(a.staff, "anything", { name: "X" })).toMatchObject({
      ok: false,
      formError: "Only admins can change this.",
    });
  });
});
