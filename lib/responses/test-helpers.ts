// Shared set-up for the ingest tests: a shop with a rule-credited baker and a way to post.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { createApiKey } from "@/lib/auth/api-key";
import { createInteraction } from "@/lib/interactions/create";
import { makeOrg, makeTeam, makeTouchpoint, makeUser } from "@/tests/factories";

export const newId = () => randomUUID().replace(/-/g, "");

export async function makeShop() {
  const org = await makeOrg({ timeZone: "Europe/Helsinki" });
  const tp = await makeTouchpoint(org.id, "store-main");
  const team = await makeTeam(org.id, "Bakery");
  const cashier = await makeUser(org.id, { email: "aiko@example.test" });
  const baker = await makeUser(org.id, { email: "baker@example.test", kind: "backoffice", teamId: team.id });
  await db.attributionRule.create({
    data: { orgId: org.id, touchpointId: tp.id, teamId: team.id, role: "backoffice", weight: 0.5 },
  });
  const link = (ref: string, occurredAt?: string) =>
    createInteraction(
      org.id,
      { ref, touchpoint: "store-main", occurredAt, contributors: [{ email: "aiko@example.test", role: "frontline" }] },
      { baseUrl: "http://t" },
    );
  return { org, tp, team, cashier, baker, link };
}

export async function makeKioskKey(orgId: string, touchpointId: string) {
  return (await createApiKey(orgId, { scope: "kiosk", touchpointId })).key;
}

export function poster(base: string) {
  return (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
}

export async function counts(orgId: string) {
  const [responses, followUps, rollups, interactions] = await Promise.all([
    db.response.count({ where: { orgId } }),
    db.followUp.count({ where: { orgId } }),
    db.dailyRollup.count({ where: { orgId } }),
    db.interaction.count({ where: { orgId } }),
  ]);
  return { responses, followUps, rollups, interactions };
}
