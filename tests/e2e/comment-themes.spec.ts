// Comment themes on the admin dashboard and the team view: empty at first, then the words
// customers repeat, per language, with counts and n; inflected forms grouped.
import { expect, test } from "@playwright/test";
import { db } from "../../lib/db";
import { makeBakeryShop, serve, signIn } from "./feed-scenario";
import { screenshot } from "./screens";

test("comment themes appear per language with counts", async ({ page }) => {
  const shop = await makeBakeryShop();
  await signIn(page, shop.admin.email, /\/admin/);
  const card = page.getByRole("region", { name: "Comment themes" });
  await expect(card).toContainText("No comments in this period yet.");
  await expect(page.getByTestId("themes-n")).toHaveText("n = 0 comments read");

  const comments: [string, string][] = [
    ["ja", "コーヒーがとても美味しかったです。"],
    ["ja", "店員さんが親切でした。コーヒーも良い。"],
    ["ja", "店員の対応が早かった。"],
    ["de", "Die Brötchen waren frisch."],
    ["de", "Der Duft des Brötchens war herrlich."],
    ["fi", "Kahvi oli hyvää."],
    ["fi", "Kahvin maku oli erinomainen."],
  ];
  for (const [i, [locale, comment]] of comments.entries()) {
    const { created } = await serve(shop.org.id, "store-main", shop.aiko.email, 1, 8 + i, { nps: 9, comment });
    await db.response.updateMany({ where: { interaction: { code: created.code } }, data: { locale } });
  }
  await page.reload();
  await expect(page.getByTestId("themes-n")).toHaveText("n = 7 comments read");
  const ja = card.getByRole("list", { name: "Japanese themes" });
  await expect(ja.getByRole("listitem").filter({ hasText: "コーヒー" })).toContainText("2 comments");
  await expect(ja.getByRole("listitem").filter({ hasText: "店員" })).toContainText("2 comments");
  await expect(card.getByRole("list", { name: "German themes" })).toContainText("Brötchen");
  await expect(card.getByRole("list", { name: "Finnish themes" })).toContainText("2 comments");
  // Particles are not themes.
  await expect(ja.getByRole("listitem").filter({ hasText: /^が/ })).toHaveCount(0);

  for (const [w, h] of [
    [390, 844],
    [1366, 900],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, `themes-dashboard-${w}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(w);
  }

  // The counter team's manager sees the same themes: every answer credits Aiko of the counter team.
  await page.context().clearCookies();
  await signIn(page, shop.manager.email, /\/(team|feed|admin)/);
  await page.goto("/team");
  await expect(page.getByTestId("themes-n")).toHaveText("n = 7 comments read");
  await expect(page.getByRole("list", { name: "German themes" })).toContainText("Brötchen");
});
