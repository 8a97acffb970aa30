// A customer gives a 3 on a 390 px phone, leaves a phone number for a call back (after being
// asked to tick the consent box), and the manager the case is routed to sees it on the case page;
// an admin outside the routing sees only that one was left. Resolving the case deletes it.
import { expect, test } from "@playwright/test";
import { db } from "../../lib/db";
import { makeBakeryShop, serve, shoot, signIn } from "./feed-scenario";

const PHONE = "+358 40 111 2233";

test("a callback contact reaches the routed manager only and is gone once the case is resolved", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000); // a customer, an admin and a manager, on a shared machine
  const shop = await makeBakeryShop();
  const { created } = await serve(shop.org.id, "store-main", shop.aiko.email, 0, 0, null);

  const customer = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await customer.goto(`/s/${created.code}?lang=en`);
  const callback = customer.getByRole("group", { name: "May we contact you?" });
  await expect(callback).toBeHidden();
  await customer.locator("fieldset[data-kind=nps]").getByRole("radio", { name: "3", exact: true }).check();
  await expect(callback).toBeVisible();
  await callback.getByLabel("Phone or email").fill(PHONE);
  await customer.getByRole("button", { name: "Send" }).click();
  await expect(customer.getByRole("alert")).toHaveText("Tick the box so we may contact you, or leave the field empty.");
  await callback.getByRole("checkbox", { name: "Yes, you may contact me about this answer." }).check();
  await shoot(customer, "survey-callback");
  await customer.getByRole("button", { name: "Send" }).click();
  await expect(customer.getByRole("heading", { name: "Thank you!" })).toBeVisible();
  await customer.close();

  // The answer goes through the page's outbox; the case exists once it has arrived.
  await expect.poll(() => db.followUp.count({ where: { orgId: shop.org.id } })).toBe(1);
  const followUp = await db.followUp.findFirstOrThrow({ where: { orgId: shop.org.id } });
  expect(followUp.contact).toBe(PHONE);
  expect(JSON.stringify(await db.response.findFirst({ where: { orgId: shop.org.id } }))).not.toContain("2233");

  // An admin the case was not routed to learns only that a contact was left.
  await signIn(page, shop.admin.email, /\/admin/);
  await page.goto(`/admin/follow-ups/${followUp.id}`);
  await expect(page.getByTestId("callback")).toContainText("Only the case's manager sees their contact details.");
  await expect(page.locator("main")).not.toContainText("2233");

  await page.context().clearCookies();
  await signIn(page, shop.manager.email, /\/team/);
  await page.goto(`/admin/follow-ups/${followUp.id}`);
  await expect(page.getByTestId("callback-contact")).toHaveText(PHONE);
  await shoot(page, "case-contact");
  await page.getByLabel(/How was it resolved/).fill("Called back, voucher sent.");
  await page.getByRole("button", { name: "Resolve case" }).click();
  await expect(page.getByTestId("resolved-in")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("resolved-in")).toBeVisible();
  await expect(page.getByTestId("callback")).toHaveCount(0);
  await expect(page.locator("main")).not.toContainText("2233");
  expect((await db.followUp.findUniqueOrThrow({ where: { id: followUp.id } })).contact).toBeNull();
});
