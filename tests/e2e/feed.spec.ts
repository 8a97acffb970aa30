// A back-office baker, credited through an attribution rule, signs in and sees exactly her own
// feed. The numbers are worked out by hand from docs/scoring.md:
//
// Aiko (counter) serves 6 customers at 09:00; the Bakery rule (06:00–14:00, back-office, weight
// 0.5) credits Bea on each. Cai serves 2 at 16:00, outside the window: Bea is not credited.
//   Aiko's 6: NPS 10, 9, 9, 7, 3, 10 · CSAT 5, 5, 4, 3, 2, 5 · CES 7, 6, 6, 5, 2, 7
//   Cai's 2:  NPS 0, 8 · CSAT 1, 4
// Org NPS: 4 promoters, 2 detractors of 8 → 25.
// Bea (w = 0.5 on Aiko's 6): Σw = 3, p = 2/3, d = 1/6 → NPS 50;
//   n_eff = 3² / (6 · 0.25) = 6; MoE = 196 · √((5/6 − 1/4) / 6) = 61.1 → "± 61";
//   shrunk = (100 · (2 − 0.5) + 10 · 25) / (3 + 10) = 30.77 → impact +5.8;
//   impact margin = 61.11 · 3 / 13 = 14.1: +5.8 is inside it, so "No clear difference yet";
//   CSAT: 4 of 6 → 66.7% → "67%", MoE = 196 · √((2/9) / 6) = 37.7 → "± 38"; CES 33/6 = 5.5,
//   cesMoe = 1.96 · √(17.5 / 6) / √6 = 1.37 → "± 1.4".
// Aiko (w = 1): NPS 50 ± 61, shrunk = (100 · 3 + 250) / 16 = 34.375 → impact +9.4,
//   margin 61.11 · 6 / 16 = 22.9: not clear either.
import { expect, test } from "@playwright/test";
import { makeBakeryShop, serve, signIn } from "./feed-scenario";

let shop: Awaited<ReturnType<typeof makeBakeryShop>>;

test.beforeAll(async () => {
  shop = await makeBakeryShop();
  const aiko = [
    { nps: 10, csat: 5, ces: 7, comment: "The cinnamon buns were still warm!" },
    { nps: 9, csat: 5, ces: 6, comment: "Friendly and quick." },
    { nps: 9, csat: 4, ces: 6 },
    { nps: 7, csat: 3, ces: 5, comment: "Fine, a bit of a queue." },
    { nps: 3, csat: 2, ces: 2, comment: "<b>Cold</b> coffee =1+1" },
    { nps: 10, csat: 5, ces: 7 },
  ];
  for (const [i, a] of aiko.entries()) await serve(shop.org.id, "store-main", shop.aiko.email, i + 2, 9, a);
  await serve(shop.org.id, "store-main", shop.cai.email, 3, 16, { nps: 0, csat: 1, comment: "Rude at the till" });
  await serve(shop.org.id, "store-main", shop.cai.email, 4, 16, { nps: 8, csat: 4 });
  await serve(shop.org.id, "store-main", shop.aiko.email, 1, 10, null); // sent, not answered
});

test("the baker sees her own impact, scores and answers, credited through the rule", async ({ page }) => {
  await signIn(page, shop.bea.email, /\/me/);
  await expect(page.getByTestId("impact-value")).toHaveText("No clear difference yet");
  await expect(page.getByTestId("impact-interval")).toHaveText("+5.8 ± 14.1 NPS points (−8.3 to +19.9)");
  await expect(page.locator("#impact-h").locator("..")).not.toContainText("Keep it up");
  await expect(page.getByTestId("nps-value")).toHaveText("50± 61");
  await expect(page.getByTestId("nps-n")).toHaveText("6 answers");
  await expect(page.getByTestId("csat-value")).toHaveText("67%± 38");
  await expect(page.getByTestId("ces-value")).toHaveText("5.5± 1.4");
  await expect(page.getByTestId("ces-n")).toHaveText("6 answers");

  const answers = page.getByTestId("feed-response");
  await expect(answers).toHaveCount(6);
  await expect(answers.first()).toContainText("you were back-office");
  await expect(answers.first()).toContainText("with Aiko Tanaka");
  await expect(page.getByRole("region", { name: /Kudos/ })).toContainText("The cinnamon buns were still warm!");
  // The comment is shown as written, never as markup.
  await expect(page.getByText("<b>Cold</b> coffee =1+1")).toBeVisible();
  await expect(page.locator("blockquote b")).toHaveCount(0);

  const body = await page.locator("main").innerText();
  expect(body).not.toContain("Rude at the till");
  expect(body).not.toContain("Cai Lin");
  expect(body).not.toContain(shop.aiko.email);
  await expect(page.getByRole("img", { name: /Your weekly NPS/ })).toBeVisible();

  // The service worker may serve this page from cache later; the page says how old it is.
  await page.context().setOffline(true);
  await expect(page.getByText(/^Offline — showing your feed as of /)).toBeVisible();
  await page.context().setOffline(false);
});

test("staff cannot read anyone else's feed, a team or the dashboard", async ({ page }) => {
  await signIn(page, shop.bea.email, /\/me/);
  await page.goto(`/me?userId=${shop.aiko.id}&user=${shop.aiko.id}`);
  await expect(page.getByTestId("impact-interval")).toHaveText("+5.8 ± 14.1 NPS points (−8.3 to +19.9)");
  await page.goto(`/team?team=${shop.counter.id}`);
  await expect(page.getByText("403 · Not allowed")).toBeVisible();
  await page.goto("/admin");
  await expect(page.getByText("403 · Not allowed")).toBeVisible();
  expect((await page.request.get("/api/export/responses.csv")).status()).toBe(403);
});

test("the cashier's own feed has her impact; her manager sees the team ranked by impact", async ({ page }) => {
  await signIn(page, shop.aiko.email, /\/me/);
  await expect(page.getByTestId("impact-value")).toHaveText("No clear difference yet");
  await expect(page.getByTestId("impact-interval")).toHaveText("+9.4 ± 22.9 NPS points (−13.5 to +32.3)");
  await expect(page.getByTestId("feed-response")).toHaveCount(6);

  await page.context().clearCookies();
  await signIn(page, shop.manager.email, /\/team/);
  // Counter team: 8 answers credit Aiko or Cai; each counts once → NPS 25.
  await expect(page.getByTestId("nps-value").first()).toHaveText("25± 57");
  const rows = page.getByTestId("member-row");
  await expect(rows.first()).toContainText("Aiko Tanaka");
  await expect(rows.first()).toContainText("+9.4 ± 22.9");
  await expect(rows.first()).toContainText("no clear difference");
  await expect(rows.nth(1)).toContainText("not ranked"); // Cai: 2 answers
  await page.goto(`/team?team=${shop.bakery.id}`);
  await expect(page.getByText("403 · Not allowed")).toBeVisible();
});
