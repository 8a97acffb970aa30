// The seeded shop behind the feed, dashboard and follow-up browser tests: everything goes through
// the product's own doors (createInteraction, ingestResponse), so rules, rollups and follow-ups
// are exactly what production would store.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect } from "@playwright/test";
import { db } from "../../lib/db";
import { createInteraction } from "../../lib/interactions/create";
import { ingestResponse } from "../../lib/responses/ingest";
import { addDays, localDay, startOfLocalDay } from "../../lib/time";
import { makeOrg, makeTeam, makeTouchpoint, makeUser, uniq } from "../factories";
import { screenshot } from "./screens";

export const PASSWORD = "correct horse battery";
export const TZ = "Europe/Helsinki";

type Answer = { nps?: number; csat?: number; ces?: number; comment?: string };

/** An interaction at `hour` local time `daysAgo` days ago, answered five minutes later. */
export async function serve(
  orgId: string,
  touchpoint: string,
  frontlineEmail: string,
  daysAgo: number,
  hour: number,
  answer: Answer | null,
) {
  const day = addDays(localDay(new Date(), TZ), -daysAgo);
  const occurredAt = new Date(startOfLocalDay(day, TZ).getTime() + hour * 3_600_000);
  const created = await createInteraction(
    orgId,
    {
      ref: uniq("pos"),
      touchpoint,
      occurredAt: occurredAt.toISOString(),
      contributors: [{ email: frontlineEmail, role: "frontline" }],
    },
    { baseUrl: "http://e2e" },
  );
  if (!answer) return { created, result: null };
  const result = await ingestResponse(
    {
      id: randomUUID().replace(/-/g, ""),
      code: created.code,
      answers: answer,
      locale: "en",
      answeredAt: new Date(occurredAt.getTime() + 5 * 60_000).toISOString(),
    },
    { limits: false },
  );
  expect(result.status).toBe("stored");
  return { created, result };
}

export async function makeBakeryShop() {
  const org = await makeOrg({ timeZone: TZ, name: "Kumo Bakery" });
  const tp = await makeTouchpoint(org.id, "store-main");
  const bakery = await makeTeam(org.id, "Bakery");
  const counter = await makeTeam(org.id, "Counter");
  const admin = await makeUser(org.id, {
    email: `${uniq("admin")}@example.test`,
    name: "Ada Admin",
    role: "admin",
    password: PASSWORD,
  });
  const manager = await makeUser(org.id, {
    email: `${uniq("mgr")}@example.test`,
    name: "Mika Manager",
    role: "manager",
    password: PASSWORD,
  });
  await db.team.update({ where: { id: counter.id }, data: { managerId: manager.id } });
  const aiko = await makeUser(org.id, {
    email: `${uniq("aiko")}@example.test`,
    name: "Aiko Tanaka",
    teamId: counter.id,
    password: PASSWORD,
  });
  const cai = await makeUser(org.id, {
    email: `${uniq("cai")}@example.test`,
    name: "Cai Lin",
    teamId: counter.id,
    password: PASSWORD,
  });
  const bea = await makeUser(org.id, {
    email: `${uniq("bea")}@example.test`,
    name: "Bea Baker",
    kind: "backoffice",
    teamId: bakery.id,
    password: PASSWORD,
  });
  // The morning baking shift (06:00–14:00 local) is credited, at half weight, for counter sales.
  await db.attributionRule.create({
    data: {
      orgId: org.id,
      touchpointId: tp.id,
      teamId: bakery.id,
      role: "backoffice",
      weight: 0.5,
      windowStart: 6 * 60,
      windowEnd: 14 * 60,
    },
  });
  return { org, tp, bakery, counter, admin, manager, aiko, cai, bea };
}

export async function signIn(page: Page, email: string, landing: RegExp) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(landing);
}

/** Screenshots at phone and desk size (for a person to look at), and no sideways scrolling on the phone. */
export async function shoot(page: Page, name: string) {
  for (const [w, h] of [
    [390, 844],
    [1366, 900],
  ]) {
    await page.setViewportSize({ width: w, height: h });
    await screenshot(page, `feed-${name}-${w}`);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}
