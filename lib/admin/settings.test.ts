import { describe, expect, it } from "vitest";
import { db } from "../db";
import { getOrgSettings, updateOrgSettings } from "./settings";
import { adminWorld } from "./test-actors";

const valid = {
  name: "Bakery",
  timeZone: "Europe/Helsinki",
  defaultLocale: "fi",
  linkTtlDays: 7,
  followUpEscalateHours: 24,
  showColleagueScores: true,
};

describe("org settings", () => {
  it("saves valid settings for the admin's own org", async () => {
    const { org, admin } = await adminWorld();
    expect(await updateOrgSettings(admin, valid)).toMatchObject({ ok: true });
    const row = await db.organization.findUniqueOrThrow({ where: { id: org.id } });
    expect(row).toMatchObject({ ...valid, slug: org.slug });
    expect((await getOrgSettings(admin)).timeZone).toBe("Europe/Helsinki");
  });

  it("returns field errors that name the rule, and saves nothing", async () => {
    const { org, admin } = await adminWorld();
    const result = await updateOrgSettings(admin, { ...valid, timeZone: "Mars/Olympus", linkTtlDays: 0 });
    expect(result).toEqual({
      ok: false,
      fieldErrors: { timeZone: "must be an IANA time zone such as Europe/Helsinki", linkTtlDays: "must be at least 1" },
      formError: undefined,
    });
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).timeZone).toBe("UTC");
  });

  it("keeps the trust settings: quiet days, shift length and comment retention (empty keeps comments)", async () => {
    const { org, admin } = await adminWorld();
    const fresh = await db.organization.findUniqueOrThrow({ where: { id: org.id } });
    expect(fresh).toMatchObject({ customerQuietDays: 30, shiftHours: 8, commentRetentionDays: null });
    const saved = { ...valid, customerQuietDays: "14", shiftHours: "10", commentRetentionDays: "180" };
    expect(await updateOrgSettings(admin, saved)).toMatchObject({ ok: true });
    expect(await db.organization.findUniqueOrThrow({ where: { id: org.id } })).toMatchObject({
      customerQuietDays: 14,
      shiftHours: 10,
      commentRetentionDays: 180,
    });
    expect(await updateOrgSettings(admin, { ...saved, commentRetentionDays: "" })).toMatchObject({ ok: true });
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).commentRetentionDays).toBeNull();
    const bad = await updateOrgSettings(admin, {
      ...valid,
      customerQuietDays: "-1",
      shiftHours: "30",
      commentRetentionDays: "2",
    });
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: {
        customerQuietDays: "must be at least 0 (0 asks every time)",
        shiftHours: "must be at most 24",
        commentRetentionDays: "must be at least 7, or empty to keep comments",
      },
    });
  });

  it("refuses managers and staff without throwing", async () => {
    const { manager, staff } = await adminWorld();
    for (const actor of [manager, staff]) {
      const result = await updateOrgSettings(actor, valid);
      expect(result).toMatchObject({ ok: false, formError: "Only admins can change this." });
    }
    await expect(getOrgSettings(staff)).rejects.toMatchObject({ status: 403 });
  });
});
