// Gaming flags as an admin meets them: ten 10s from one phone within twenty minutes are flagged,
// the admin follows the flag to its answers, excludes them (the organisation's NPS drops from 50
// to −33.3 at once and stays so after a reload), reads the audit log, and includes them again.
// Org: ten 10s + 9, 8, 7, 6, 3, 2 → 11 promoters, 3 detractors of 16 → NPS 50.
// Without the ten: 1 promoter, 3 detractors of 6 → NPS −33.3.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createInteraction } from "../../lib/interactions/create";
import { ingestResponse } from "../../lib/responses/ingest";
import { uniq } from "../factories";
import { makeBakeryShop, shoot, signIn } from "./feed-scenario";

let shop: Awaited<ReturnType<typeof makeBakeryShop>>;

async function answer(nps: number, ip: string, minutesAgo: number) {
  const at = new Date(Date.now() - minutesAgo * 60_000);
  const created = await createInteraction(
    shop.org.id,
    {
      ref: uniq("pos"),
      touchpoint: "store-main",
      occurredAt: new Date(at.getTime() - 5 * 60_000).toISOString(),
      contributors: [{ email: shop.aiko.email, role: "frontline" }],
    },
    { baseUrl: "http://e2e" },
  );
  const result = await ingestResponse(
    { id: randomUUID().replace(/-/g, ""), code: created.code, answers: { nps }, answeredAt: at.toISOString() },
    { limits: false, ip },
  );
  expect(result.status).toBe("stored");
}

test.beforeAll(async () => {
  shop = await makeBakeryShop();
  for (const [i, nps] of [9, 8, 7, 6, 3, 2].entries()) await answer(nps, `198.51.100.${i + 1}`, 300 + i * 40);
  for (let k = 0; k < 10; k++) await answer(10, "203.0.113.50", 120 - k * 2);
});

test("an admin follows a flag to its answers, excludes them, sees the scores change, and includes them again", async ({
  page,
}) => {
  await signIn(page, shop.admin.email, /\/admin/);
  await page.goto("/admin/flags");
  await page.getByRole("button", { name: "Check now" }).click();
  const flag = page.getByTestId("flag");
  await expect(flag).toHaveCount(1);
  await expect(flag).toContainText("Burst of top scores");
  await expect(flag).toContainText("10 answers");
  await expect(flag).toContainText("10 top scores out of 10 answers from one address");
  await shoot(page, "flags-list");

  await flag.getByRole("link", { name: "See the 10 answers behind this flag →" }).click();
  await expect(page).toHaveURL(/\/admin\/flags\/[^/]+$/);
  const answers = page.getByTestId("flag-answer");
  await expect(answers).toHaveCount(10);
  await expect(answers.first()).toContainText("NPS 10/10");
  await expect(answers.first()).toContainText("credits Aiko Tanaka");
  await expect(page.getByText("counted", { exact: true })).toHaveCount(10);
  const orgScore = page.getByTestId("flag-score").filter({ hasText: "Organisation" });
  await expect(orgScore.getByTestId("flag-score-value")).toHaveText(/^NPS 50\.0 ± /);
  await expect(orgScore).toContainText("n = 16");
  await shoot(page, "flag-detail");

  // A reason is required before anything changes.
  const exclude = page.getByRole("button", { name: "Exclude 10 answers from scores" });
  await exclude.click();
  const reason = page.getByLabel("Why (for the audit log)");
  expect(await reason.evaluate((el: HTMLTextAreaElement) => el.validity.valueMissing)).toBe(true);
  await reason.fill("Ten 10s from one phone in twenty minutes");
  await exclude.click();
  await expect(page.getByText("10 answers excluded from scores.")).toBeVisible();
  await expect(orgScore.getByTestId("flag-score-value")).toHaveText(/^NPS -33\.3 ± /);
  await expect(orgScore).toContainText("n = 6");
  await page.reload();
  await expect(page.getByText("excluded", { exact: true })).toHaveCount(10);
  await expect(page.getByTestId("flag-score").filter({ hasText: "Organisation" })).toContainText("NPS -33.3");
  await shoot(page, "flag-excluded");

  await page.goto("/admin/audit");
  const row = page.getByTestId("audit-row").filter({ hasText: "Answers excluded from scores" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Ada Admin");
  await expect(row).toContainText("Ten 10s from one phone in twenty minutes");

  await page.goto("/admin/flags");
  await expect(page.getByTestId("flag")).toContainText("10 excluded");
  await page.getByRole("link", { name: "See the 10 answers behind this flag →" }).click();
  await page.getByLabel("Why (for the audit log)").fill("The owner's family, checked with the manager");
  await page.getByRole("button", { name: "Include 10 answers again" }).click();
  await expect(page.getByText("10 answers counted again.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("counted", { exact: true })).toHaveCount(10);
  await expect(page.getByTestId("flag-score").filter({ hasText: "Organisation" })).toContainText("NPS 50.0");
  await page.goto("/admin/audit");
  await expect(page.getByTestId("audit-row").filter({ hasText: "Excluded answers counted again" })).toContainText(
    "The owner's family",
  );
});
