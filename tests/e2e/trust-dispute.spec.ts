// "I wasn't there": a cashier disputes one credit on her feed, her manager accepts it, her
// numbers change, and the admin reads who decided it and why in the audit log.
// Aiko serves 6 (NPS 10, 9, 9, 7, 3, 10) → 4 promoters, 1 detractor of 6 → NPS 50.
// Without the 3: 4 promoters of 5 → NPS 80, margin 196 · √((0.8 − 0.64) / 5) = 35.
import { expect, test } from "@playwright/test";
import { makeBakeryShop, serve, shoot, signIn } from "./feed-scenario";

let shop: Awaited<ReturnType<typeof makeBakeryShop>>;

test.beforeAll(async () => {
  shop = await makeBakeryShop();
  for (const [i, nps] of [10, 9, 9, 7, 3, 10].entries())
    await serve(shop.org.id, "store-main", shop.aiko.email, i + 2, 16, {
      nps,
      comment: nps === 3 ? "Slow and rude" : undefined,
    });
});

test("a disputed credit, accepted by the manager, stops counting and is logged", async ({ page }) => {
  await signIn(page, shop.aiko.email, /\/me/);
  await expect(page.getByTestId("nps-value")).toHaveText("50± 61");
  const card = page.getByTestId("feed-response").filter({ hasText: "Slow and rude" });
  await card.getByText("Not yours? Dispute this credit").click();
  // An empty reason is stopped before it is sent.
  await card.getByRole("button", { name: "Send to my manager" }).click();
  const reason = card.getByLabel("Why isn't this yours?");
  expect(await reason.evaluate((el: HTMLTextAreaElement) => el.validity.valueMissing)).toBe(true);
  await card.getByLabel("Why isn't this yours?").fill("I wasn't there: I was on the drive-in all afternoon");
  await shoot(page, "dispute-form");
  await card.getByRole("button", { name: "Send to my manager" }).click();
  await expect(card.getByTestId("dispute-status")).toHaveText("Disputed: waiting for your manager.");
  await page.reload();
  await expect(
    page.getByTestId("feed-response").filter({ hasText: "Slow and rude" }).getByTestId("dispute-status"),
  ).toHaveText("Disputed: waiting for your manager.");

  await page.context().clearCookies();
  await signIn(page, shop.manager.email, /\/team/);
  await page.getByRole("link", { name: "Disputed credits →" }).click();
  const dispute = page.getByTestId("dispute");
  await expect(dispute).toHaveCount(1);
  await expect(dispute).toContainText("Aiko Tanaka");
  await expect(dispute).toContainText("drive-in all afternoon");
  await expect(dispute).toContainText("NPS 3/10");
  await shoot(page, "dispute-manager");
  await dispute.getByLabel("Note for the log (optional)").fill("Rota: Cai was on the till");
  await dispute.getByRole("button", { name: "Accept" }).click();
  await expect(page.getByTestId("dispute")).toContainText("accepted");
  await expect(page.getByTestId("dispute")).toContainText("Note: Rota: Cai was on the till");
  await page.reload();
  await expect(page.getByTestId("dispute")).toContainText("accepted");

  await page.context().clearCookies();
  await signIn(page, shop.aiko.email, /\/me/);
  await expect(page.getByTestId("nps-value")).toHaveText("80± 35");
  await expect(page.getByTestId("nps-n")).toHaveText("5 answers");
  await expect(page.getByTestId("dispute-status").first()).toHaveText(
    "Dispute accepted: this answer no longer counts for you.",
  );

  await page.context().clearCookies();
  await signIn(page, shop.admin.email, /\/admin/);
  await page.goto("/admin/audit");
  const row = page.getByTestId("audit-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Dispute accepted");
  await expect(row).toContainText("Mika Manager");
  await expect(row).toContainText("Rota: Cai was on the till");
  await shoot(page, "audit");
});
