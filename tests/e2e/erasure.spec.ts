// An admin erases a customer on the erasure screen: an unknown key is refused by name, the
// preview counts what will go, the erase needs a tick, and after a reload the organisation holds
// fewer answers and the audit log says an erasure happened (without the key or the words).
import { expect, test } from "@playwright/test";
import { db } from "@/lib/db";
import { makeBakeryShop, serve, shoot, signIn } from "./feed-scenario";

let shop: Awaited<ReturnType<typeof makeBakeryShop>>;
const KEY = `loyalty-${Date.now()}`;

test.beforeAll(async () => {
  shop = await makeBakeryShop();
  for (const [i, nps] of [10, 9, 2, 8, 10].entries()) {
    const { created } = await serve(shop.org.id, "store-main", shop.aiko.email, i + 1, 16, {
      nps,
      comment: nps === 2 ? "Call me on 040 555 0101, the coffee was cold" : undefined,
    });
    if (i < 3) await db.interaction.update({ where: { code: created.code }, data: { customer: KEY } });
  }
});

test("an admin erases a customer and the organisation's answers drop after reload", async ({ page }) => {
  await signIn(page, shop.admin.email, /\/admin/);
  await page.goto("/admin/erasure");
  await expect(page.getByTestId("stored-answers")).toHaveText("Answers stored in this organisation: 5");

  await page.getByRole("textbox", { name: "Customer key" }).fill("nobody-we-know");
  await page.getByRole("button", { name: "Find what will be erased" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Customer key:" })).toHaveText(
    "Customer key: no interaction in this organisation carries this customer key",
  );

  await page.getByRole("textbox", { name: "Customer key" }).fill(KEY);
  await page.getByRole("button", { name: "Find what will be erased" }).click();
  const preview = page.getByTestId("erasure-preview");
  await expect(preview.getByTestId("count-Answers")).toHaveText("3");
  await expect(preview.getByTestId("count-Comments")).toHaveText("1");
  await expect(preview.getByTestId("count-Follow-up cases")).toHaveText("1");
  await shoot(page, "erasure-preview");
  // Nothing goes without the tick.
  await preview.getByRole("button", { name: "Erase for good" }).click();
  expect(await preview.getByRole("checkbox").evaluate((el: HTMLInputElement) => el.validity.valueMissing)).toBe(true);
  await preview.getByRole("checkbox").check();
  await preview.getByRole("button", { name: "Erase for good" }).click();
  await expect(page.getByText(/^Erased 3 answers with 1 comment and 1 follow-up case\./)).toBeVisible();
  await shoot(page, "erasure-done");

  await page.reload();
  await expect(page.getByTestId("stored-answers")).toHaveText("Answers stored in this organisation: 2");
  // Erasing again finds nothing.
  await page.getByRole("textbox", { name: "Customer key" }).fill(KEY);
  await page.getByRole("button", { name: "Find what will be erased" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Customer key:" })).toBeVisible();

  await page.goto("/admin/audit");
  const log = page.locator("main");
  await expect(log).toContainText("A customer's data was erased");
  await expect(log).toContainText("3 answers (1 with a comment)");
  await expect(log).not.toContainText(KEY);
  await expect(log).not.toContainText("coffee was cold");
});
