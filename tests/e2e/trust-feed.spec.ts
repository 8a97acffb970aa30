// Honest impact language and colleague visibility, as staff and an admin meet them.
// Worked by hand from docs/scoring.md:
//   Aiko (counter, 09:00) serves 24: twenty 10s, two 9s, two 8s. Cai (counter, 16:00) serves 10:
//   0, 3, 2, 5, 1, 8, 6, 2, 4, 0. Org: 22 promoters, 9 detractors of 34 → NPS 38.2.
//   Aiko: NPS 91.7 ± 11.1; impact +37.7, margin 11.06 · 24 / 34 = 7.8 → clearly above.
//   Cai: NPS −90 ± 18.6; impact −64.1, margin 18.59 · 10 / 20 = 9.3 → clearly below.
//   Bea (bakery rule, weight 0.5 on Aiko's 24): impact +29.1 ± 6.0 → clearly above.
import { expect, test } from "@playwright/test";
import { makeBakeryShop, serve, shoot, signIn } from "./feed-scenario";

let shop: Awaited<ReturnType<typeof makeBakeryShop>>;

test.beforeAll(async () => {
  shop = await makeBakeryShop();
  const aiko = [...Array(20).fill(10), 9, 9, 8, 8];
  for (const [i, nps] of aiko.entries())
    await serve(shop.org.id, "store-main", shop.aiko.email, 1 + (i % 6), 9, { nps, csat: 5, ces: 6 });
  for (const [i, nps] of [0, 3, 2, 5, 1, 8, 6, 2, 4, 0].entries())
    await serve(shop.org.id, "store-main", shop.cai.email, 1 + (i % 6), 16, { nps, csat: 2, ces: 3 });
});

test("a clear difference is named, and praised only when it is above", async ({ page }) => {
  await signIn(page, shop.aiko.email, /\/me/);
  await expect(page.getByTestId("impact-value")).toHaveText("+37.7 NPS points above the org");
  await expect(page.getByTestId("impact-interval")).toHaveText("+37.7 ± 7.8 NPS points (+29.9 to +45.5)");
  await expect(page.getByText(/clearly more likely to recommend us.*Keep it up!/)).toBeVisible();
  await expect(page.getByRole("img", { name: /whole range is on one side/ })).toBeVisible();
  await shoot(page, "feed-clear");

  await page.context().clearCookies();
  await signIn(page, shop.cai.email, /\/me/);
  await expect(page.getByTestId("impact-value")).toHaveText("−64.1 NPS points below the org");
  await expect(page.locator("[data-clarity=below]")).not.toContainText("Keep it up");
});

test("colleagues' impact appears only after the admin switches it on", async ({ page }) => {
  await signIn(page, shop.aiko.email, /\/me/);
  await expect(page.getByTestId("impact-value")).toBeVisible();
  await expect(page.getByText(/Your colleagues/)).toHaveCount(0);
  await expect(page.locator("main")).not.toContainText("Cai Lin");

  await page.context().clearCookies();
  await signIn(page, shop.admin.email, /\/admin/);
  await page.goto("/admin/settings");
  const toggle = page.getByLabel("Show colleagues' scores to staff");
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Show colleagues' scores to staff")).toBeChecked();

  await page.context().clearCookies();
  await signIn(page, shop.aiko.email, /\/me/);
  const colleague = page.getByTestId("colleague");
  await expect(colleague).toHaveCount(1);
  await expect(colleague).toContainText("Cai Lin");
  await expect(colleague).toContainText("−64.1 below the org");
  await expect(colleague).not.toContainText(shop.cai.email);
  await shoot(page, "feed-colleagues");

  // And off again: gone.
  await page.context().clearCookies();
  await signIn(page, shop.admin.email, /\/admin/);
  await page.goto("/admin/settings");
  await page.getByLabel("Show colleagues' scores to staff").uncheck();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await page.context().clearCookies();
  await signIn(page, shop.aiko.email, /\/me/);
  await expect(page.getByTestId("impact-value")).toBeVisible();
  await expect(page.getByTestId("colleague")).toHaveCount(0);
});

test("the unclear feed: no direction, the interval drawn", async ({ page }) => {
  const other = await makeBakeryShop();
  for (const [i, nps] of [10, 9, 9, 7, 3, 10].entries())
    await serve(other.org.id, "store-main", other.aiko.email, i + 2, 9, { nps, csat: 4 });
  await serve(other.org.id, "store-main", other.cai.email, 3, 16, { nps: 0, csat: 1 });
  await serve(other.org.id, "store-main", other.cai.email, 4, 16, { nps: 8, csat: 4 });
  await signIn(page, other.bea.email, /\/me/);
  await expect(page.getByTestId("impact-value")).toHaveText("No clear difference yet");
  await expect(page.getByRole("img", { name: /range includes the organisation's score/ })).toBeVisible();
  await expect(page.locator("[data-clarity=unclear]")).not.toContainText(/above|below|Keep it up/);
  await shoot(page, "feed-unclear");
});
