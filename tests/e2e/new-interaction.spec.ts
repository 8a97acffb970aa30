// Staff "new interaction" on a phone: pick the touchpoint and a colleague, get a QR code and the
// link; the snapshot credits both (plus rule-credited teams); the next one starts on the same touchpoint.
import { expect, test } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { db } from "../../lib/db";
import { ingestResponse } from "../../lib/responses/ingest";
import { makeTouchpoint } from "../factories";
import { makeBakeryShop, signIn } from "./feed-scenario";

test("a cashier starts an interaction with a baker and shows the QR code", async ({ page }) => {
  const shop = await makeBakeryShop();
  await makeTouchpoint(shop.org.id, "a-drive-thru");
  await signIn(page, shop.aiko.email, /\/me/);
  await page.goto("/new");
  await page.getByLabel("Where").selectOption({ label: "store-main" });
  await page.getByLabel("Search colleagues by name").fill("bea");
  await page.getByRole("button", { name: /Bea Baker/ }).click();
  await expect(page.getByLabel("Role of Bea Baker")).toHaveValue("backoffice");
  await page.getByRole("button", { name: "Show QR code" }).click();

  await expect(page).toHaveURL(/\/new\/[a-z0-9]+$/);
  await expect(page.getByRole("img", { name: /QR code for the survey link/ }).locator("svg")).toBeVisible();
  const link = (await page.getByTestId("survey-link").innerText()).trim();
  expect(link).toMatch(/\/s\/[0-9A-Za-z]{22}$/);
  await expect(page.getByText(/credits Aiko Tanaka \(frontline\), Bea Baker \(back-office\)/)).toBeVisible();

  const code = link.split("/s/")[1];
  const ix = await db.interaction.findUniqueOrThrow({
    where: { code },
    select: { source: true, ref: true, createdById: true, contributions: { select: { userId: true, role: true } } },
  });
  expect(ix).toMatchObject({ source: "staff", createdById: shop.aiko.id });
  expect(ix.ref).toMatch(/^staff-/);
  expect(ix.contributions).toEqual(
    expect.arrayContaining([
      { userId: shop.aiko.id, role: "frontline" },
      { userId: shop.bea.id, role: "backoffice" },
    ]),
  );

  // The customer answers on their phone: the screen says so by itself, without a reload.
  const answered = await ingestResponse(
    {
      id: randomUUID().replace(/-/g, ""),
      code,
      answers: { nps: 10 },
      locale: "en",
      answeredAt: new Date().toISOString(),
    },
    { limits: false },
  );
  expect(answered.status).toBe("stored");
  await expect(page.getByRole("heading", { name: "Answered, thank you" })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId("survey-link")).toHaveCount(0);

  await page.getByRole("link", { name: "New one" }).click();
  await expect(page.getByLabel("Where")).toHaveValue("store-main");

  // Another person's interaction page is not theirs to open.
  await page.context().clearCookies();
  await signIn(page, shop.cai.email, /\/me/);
  const other = await db.interaction.findFirstOrThrow({ where: { code }, select: { id: true } });
  expect((await page.goto(`/new/${other.id}`))?.status()).toBe(404);
});
