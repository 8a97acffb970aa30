// The reports on the hand-computed dataset (tests/fixtures/reports-small.ts; the arithmetic is in
// lib/reports/reports-small.test.ts), read off the screens as an admin and a manager would: the
// dashboard, its breakdowns, the trend's legend, the team view, a theme's comments and the driver view.
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { db } from "../../lib/db";
import { importInterchange } from "../../lib/interchange/import";
import { makeUser, uniq } from "../factories";
import { reportsSmall } from "../fixtures/reports-small";
import { PASSWORD, signIn } from "./feed-scenario";
import { screenshot } from "./screens";

async function shots(page: Page, name: string) {
  for (const [w, h] of [
    [390, 844],
    [1366, 900],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await screenshot(page, `reports-${name}-${w}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${w}`).toBeLessThanOrEqual(w);
  }
}

const row = (page: Page, table: string, name: string) =>
  page.getByTestId(`breakdown-${table}`).locator(`tr[data-subject="${name}"]`);

test("the dashboard, team view, themes and drivers show the hand-computed numbers", async ({ page }) => {
  test.setTimeout(180_000);
  const slug = uniq("reports-e2e");
  await importInterchange(reportsSmall(randomBytes(4).toString("hex")), { orgSlug: slug });
  const org = await db.organization.findUniqueOrThrow({ where: { slug } });
  const admin = await makeUser(org.id, { role: "admin", password: PASSWORD });
  const manager = await makeUser(org.id, { role: "manager", password: PASSWORD });
  const counter = await db.team.findFirstOrThrow({ where: { orgId: org.id, name: "counter" } });
  const bakery = await db.team.findFirstOrThrow({ where: { orgId: org.id, name: "bakery" } });
  await db.team.update({ where: { id: bakery.id }, data: { managerId: manager.id } });

  await signIn(page, admin.email, /\/admin/);
  await page.goto("/admin?period=all");
  // What stood out, organisation: n 9; friendly 5 (55.6 %), fast 4 (44.4 %), fresh 3 (33.3 %).
  const bars = page.getByTestId("attributes-stood-out");
  await expect(page.getByTestId("attributes-stood-out-n")).toHaveText("n = 9");
  await expect(bars.locator('[data-option="friendly"] [data-testid="share"]')).toHaveText("56% · 5 of 9");
  await expect(bars.locator('[data-option="fast"] [data-testid="share"]')).toHaveText("44% · 4 of 9");
  await expect(bars.locator('[data-option="fresh"] [data-testid="share"]')).toHaveText("33% · 3 of 9");
  // Compared with others: 100 × (4 − 3) / 9 = 11.1 ± 57.2; coming back 5 / 9 = 55.6 % ± 32.5; both n 9.
  await expect(page.getByTestId("compare-value")).toHaveText("11 ± 57");
  await expect(page.getByTestId("compare-n")).toHaveText("n = 9");
  await expect(page.getByTestId("return-value")).toHaveText("56% ± 32");
  await expect(page.getByTestId("return-n")).toHaveText("n = 9");
  // Retention: 4 of 10 keyed visits came back within 60 days.
  await expect(page.getByTestId("retention-value")).toHaveText("40%");
  await expect(page.getByTestId("retention-n")).toHaveText("4 of 10 visits (n = 10)");
  // The weekly trend names each line and its axes.
  const trend = page.getByTestId("attribute-trend-stood-out");
  // The template names "fast" Quick; the file added "fresh".
  for (const label of ["Friendly", "Quick", "Fresh"])
    await expect(trend.getByTestId("series-legend").filter({ hasText: label })).toBeVisible();
  await expect(trend.locator("svg text", { hasText: "Share of answers %" })).toHaveCount(1);
  await expect(trend.locator("svg text", { hasText: "Week starting" })).toHaveCount(1);

  // The breakdowns, opened as a person would.
  for (const b of ["By team", "By touchpoint", "By person"])
    await page.getByTestId(`breakdown-${b}`).locator("summary").click();
  // counter: friendly 5/7 = 71.4 %, compare 100 × 1/8 = 12.5 ± 64.2, return 4/7 = 57.1 %, retention 3/8 = 37.5 %
  const c = row(page, "By team", "counter");
  await expect(c.getByTestId("cell-stood-out/friendly")).toHaveText("71%");
  await expect(c.getByTestId("cell-compare")).toHaveText("13 ± 64");
  await expect(c.getByTestId("cell-return")).toHaveText("57% ± 37");
  await expect(c.getByTestId("cell-retention")).toHaveText("38%");
  // bakery: 3 answers only, so no shares; retention 1 of 3 = 33.3 %
  const k = row(page, "By team", "bakery");
  await expect(k.getByTestId("cell-stood-out/fresh")).toHaveText("–");
  await expect(k).toContainText("n = 3");
  await expect(k.getByTestId("cell-retention")).toHaveText("33%");
  // shop: friendly 5/6 = 83.3 %, compare 50 ± 61.1, return 4/5 = 80 % ± 35.1, retention 2/6 = 33.3 %
  const s = row(page, "By touchpoint", "shop");
  await expect(s.getByTestId("cell-stood-out/friendly")).toHaveText("83%");
  await expect(s.getByTestId("cell-compare")).toHaveText("50 ± 61");
  await expect(s.getByTestId("cell-return")).toHaveText("80% ± 35");
  await expect(s.getByTestId("cell-retention")).toHaveText("33%");
  // van: retention 2/4 = 50 %
  await expect(row(page, "By touchpoint", "van").getByTestId("cell-retention")).toHaveText("50%");
  // Ana: friendly 5/5 = 100 %, fast 2/5 = 40 %, compare 4/5 = 80, retention 2/5 = 40 %;
  // Cy: retention weighted 1 / 2.5 = 40 %, counted 1 of 3 visits
  const ana = row(page, "By person", "Ana");
  await expect(ana.getByTestId("cell-stood-out/friendly")).toHaveText("100%");
  await expect(ana.getByTestId("cell-stood-out/fast")).toHaveText("40%");
  await expect(ana.getByTestId("cell-compare")).toHaveText(/^80 ± /);
  await expect(ana.getByTestId("cell-retention")).toHaveText("40%");
  const cy = row(page, "By person", "Cy");
  await expect(cy.getByTestId("cell-retention")).toHaveText("40%");
  await expect(cy).toContainText("1 of 3 visits");
  await shots(page, "dashboard");

  // A theme leads to its comments.
  await page.getByRole("list", { name: "English themes" }).getByRole("link", { name: "Friendly" }).click();
  await expect(page).toHaveURL(/\/team\/comments\?/);
  await expect(page.getByTestId("theme-comments").getByRole("listitem")).toHaveCount(3);
  await expect(page.getByText("n = 3 comments")).toBeVisible();
  await shots(page, "theme-comments");

  // The driver view: friendly chosen by 5 promoters (+100 ± 0, n 5), 4 others: too few to say anything.
  await page.goto("/admin/drivers?period=all");
  const friendly = page.locator('tr[data-option="friendly"]');
  await expect(friendly).toHaveAttribute("data-verdict", "not-enough");
  await expect(friendly.getByTestId("chose")).toHaveText("+100 ± 0");
  await expect(friendly).toContainText("n = 5");
  await expect(friendly).toContainText("n = 4");
  await expect(page.getByText(/drives/i)).toHaveCount(0);
  await shots(page, "drivers");

  // The team view: the team's totals and its members only.
  await page.goto(`/team?team=${counter.id}&period=all`);
  await expect(page.getByTestId("attributes-stood-out-n")).toHaveText("n = 7");
  await expect(page.getByTestId("compare-value")).toHaveText("13 ± 64");
  await expect(page.getByTestId("compare-n")).toHaveText("n = 8");
  await expect(page.getByTestId("retention-value")).toHaveText("38%");
  await page.getByTestId("breakdown-By member").locator("summary").click();
  await expect(page.getByTestId("breakdown-By member").locator("tbody tr")).toHaveCount(2);
  await shots(page, "team");

  // The bakery's manager sees the bakery, never the counter or its comments.
  await page.context().clearCookies();
  await signIn(page, manager.email, /\/(team|me|admin)/);
  await page.goto("/team?period=all");
  await expect(page.getByRole("heading", { name: "Team bakery" })).toBeVisible();
  await expect(page.getByTestId("retention-value")).toHaveText("33%");
  expect((await page.goto(`/team?team=${counter.id}`))?.status()).toBe(403);
  expect((await page.goto(`/team/comments?team=${counter.id}&theme=friendly&locale=en`))?.status()).toBe(403);
  expect((await page.goto(`/team/comments?theme=friendly&locale=en`))?.status()).toBe(403);
  await page.goto(`/team/comments?team=${bakery.id}&theme=friendly&locale=en&period=all`);
  await expect(page.getByTestId("theme-comments").getByRole("listitem")).toHaveCount(1);
});
