// Checking in on a phone, a kiosk answer crediting whoever is on shift, checking out; and the
// staff screen telling a person a customer was asked recently instead of showing a QR.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createApiKey } from "../../lib/auth/api-key";
import { db } from "../../lib/db";
import { makeBakeryShop, shoot, signIn } from "./feed-scenario";

let shop: Awaited<ReturnType<typeof makeBakeryShop>>;

test.beforeAll(async () => {
  shop = await makeBakeryShop();
});

test("a cashier checks in, a kiosk answer credits her, and after checking out it does not", async ({
  page,
  request,
}) => {
  const { key } = await createApiKey(shop.org.id, { scope: "kiosk", touchpointId: shop.tp.id });
  const kiosk = async () => {
    const id = randomUUID().replace(/-/g, "");
    const res = await request.post("/api/v1/responses", {
      headers: { authorization: `Bearer ${key}` },
      data: { id, touchpoint: "store-main", answers: { nps: 10 }, locale: "en" },
    });
    expect(res.status()).toBe(201);
    const ix = await db.interaction.findFirstOrThrow({
      where: { orgId: shop.org.id, ref: `kiosk-${id}` },
      include: { contributions: { include: { user: true } } },
    });
    return ix.contributions.map((c) => `${c.user.name}:${c.reason}`).sort();
  };

  await signIn(page, shop.aiko.email, /\/me/);
  await page.getByRole("link", { name: "On shift" }).first().click();
  await expect(page.getByTestId("off-shift")).toBeVisible();
  await page.getByLabel("Where are you working?").selectOption("store-main");
  await page.getByRole("button", { name: "I'm here now" }).click();
  await expect(page.getByText("You're on store-main now.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("on-shift")).toContainText("store-main");
  await expect(page.getByTestId("on-shift")).toContainText("at the latest");
  await shoot(page, "check-in");

  // 09:00-ish rule windows aside, the bakery rule may or may not apply now; the shift always does.
  expect(await kiosk()).toContain("Aiko Tanaka:shift");

  await page.getByRole("button", { name: "Check out" }).click();
  await expect(page.getByText(/Checked out/)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("off-shift")).toBeVisible();
  expect(await kiosk()).not.toContain("Aiko Tanaka:shift");
});

test("a customer asked recently gets no QR from the staff screen; another customer does", async ({ page }) => {
  await signIn(page, shop.cai.email, /\/me/);
  await page.goto("/new");
  await page.getByLabel("Customer number (optional)").fill("LOYAL-1234");
  await page.getByRole("button", { name: "Show QR code" }).click();
  await expect(page.getByRole("img", { name: /QR code for the survey link/ })).toBeVisible();

  await page.goto("/new");
  await page.getByLabel("Customer number (optional)").fill("loyal-1234");
  await page.getByRole("button", { name: "Show QR code" }).click();
  await expect(page.getByRole("heading", { name: "This customer was asked recently" })).toBeVisible();
  await expect(page.getByRole("img", { name: /QR code/ })).toHaveCount(0);
  await expect(page.getByTestId("throttled")).toContainText("still counts for you");
  await shoot(page, "throttled");

  await page.goto("/new");
  await page.getByLabel("Customer number (optional)").fill("LOYAL-9999");
  await page.getByRole("button", { name: "Show QR code" }).click();
  await expect(page.getByRole("img", { name: /QR code for the survey link/ })).toBeVisible();
});
