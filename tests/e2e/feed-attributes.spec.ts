// "What customers mention": a person's own attribute shares on their feed, worked out by hand.
// Aiko is credited on 6 answers to "What stood out?" (weight 1 on 4, 0.5 on 2):
//   friendly on 4 of them (w 1, 1, 1, 0.5) → 3.5 / 5 = 70%; fast on 2 (w 1, 0.5) → 1.5 / 5 = 30%;
//   clean on 1 (w 1) → 20%. Bo, credited on one answer only, sees "not enough answers yet".
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import { db } from "../../lib/db";
import { importInterchange } from "../../lib/interchange/import";
import { screenshot } from "./screens";

const PASSWORD = "correct horse battery";

test("a person sees their own attribute shares with n, and too few answers say so", async ({ page }) => {
  const tag = randomBytes(4).toString("hex");
  const slug = `attr-${tag}`;
  const aiko = `aiko-${tag}@example.test`;
  const bo = `bo-${tag}@example.test`;
  const at = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();
  const picks: [string[], number][] = [
    [["friendly", "fast"], 1],
    [["friendly"], 1],
    [["friendly", "clean"], 1],
    [["value"], 1],
    [["friendly", "fast"], 0.5],
    [["value"], 0.5],
  ];
  await importInterchange(
    {
      format: "interchange-v1",
      staff: [
        { email: aiko, name: "Aiko" },
        { email: bo, name: "Bo" },
      ],
      touchpoints: [{ slug: "store-main" }],
      interactions: [
        ...picks.map(([, w], i) => ({
          ref: `a-${i}`,
          touchpoint: "store-main",
          occurredAt: at(i + 2),
          contributors: [{ email: aiko, role: "frontline", weight: w }],
        })),
        { ref: "b-0", touchpoint: "store-main", occurredAt: at(3), contributors: [{ email: bo, role: "frontline" }] },
      ],
      responses: [
        ...picks.map(([options], i) => ({
          id: randomBytes(16).toString("hex"),
          interactionRef: `a-${i}`,
          answeredAt: at(i + 2),
          nps: 9,
          choices: { "stood-out": options },
        })),
        {
          id: randomBytes(16).toString("hex"),
          interactionRef: "b-0",
          answeredAt: at(3),
          nps: 8,
          choices: { "stood-out": ["fast"] },
        },
      ],
    },
    { orgSlug: slug },
  );
  const passwordHash = await hashPassword(PASSWORD);
  await db.user.updateMany({ where: { email: { in: [aiko, bo] } }, data: { passwordHash } });

  const signIn = async (email: string) => {
    await page.context().clearCookies();
    await page.goto("/signin");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/me/);
  };

  await signIn(aiko);
  const card = page.getByRole("region", { name: "What stood out?" });
  await expect(card).toContainText("n = 6");
  // value: 1.5 / 5 = 30% too, so the top three are friendly, then fast and value (ties by weight).
  await expect(page.getByTestId("summary-stood-out")).toContainText("friendly 70%");
  await expect(card.getByRole("listitem").filter({ hasText: "Friendly" })).toContainText("70% · 4 of 6");
  await expect(card.getByRole("listitem").filter({ hasText: "Quick" })).toContainText("30% · 2 of 6");
  await expect(card.getByRole("listitem").filter({ hasText: "Clean and tidy" })).toContainText("20% · 1 of 6");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, "reports-feed-attributes-390", false);
  await page.setViewportSize({ width: 1366, height: 900 });
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, "reports-feed-attributes-1366", false);
  await page.setViewportSize({ width: 390, height: 844 });

  await signIn(bo);
  await expect(page.getByRole("region", { name: "What stood out?" })).toContainText("Not enough answers yet (1 of 5)");
});
