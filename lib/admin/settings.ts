// Organization settings. The slug is fixed once created: it is printed in every poster QR code.
import { db } from "../db";
import type { Actor } from "../auth/authorize";
import { orgSettingsSchema } from "./settings-schema";
import { assertAdmin, guarded, ok, parseOr } from "./result";

export async function getOrgSettings(actor: Actor) {
  assertAdmin(actor);
  return db.organization.findUniqueOrThrow({
    where: { id: actor.orgId },
    select: {
      slug: true,
      name: true,
      timeZone: true,
      defaultLocale: true,
      linkTtlDays: true,
      followUpEscalateHours: true,
      showColleagueScores: true,
      customerQuietDays: true,
      shiftHours: true,
      commentRetentionDays: true,
    },
  });
}

export function updateOrgSettings(actor: Actor, input: unknown) {
  return guarded(async () => {
    assertAdmin(actor);
    const parsed = parseOr(orgSettingsSchema, input);
    if ("failure" in parsed) return parsed.failure;
    await db.organization.update({ where: { id: actor.orgId }, data: parsed.data });
    return ok(undefined, "Settings saved.");
  });
}
