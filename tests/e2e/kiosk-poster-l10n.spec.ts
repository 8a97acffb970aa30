// The printed poster speaks the organisation's language (with a picker for another), and the
// kiosk page installs as its own app that starts on the kiosk, not on the staff feed.
import { expect, test } from "@playwright/test";
import { db } from "../../lib/db";
import { makeOrg, makeTouchpoint, makeUser, uniq } from "../factories";
import { signIn } from "./feed-scenario";
import { makeSurveyShop, PASSWORD } from "./survey-fixtures";
import { screenshot } from "./screens";

test("a Japanese shop's poster prints a Japanese headline; the picker switches it", async ({ page }) => {
  const org = await makeOrg({ name: "Kumo Bakery", timeZone: "Asia/Tokyo" });
  await db.organization.update({ where: { id: org.id }, data: { defaultLocale: "ja" } });
  const tp = await makeTouchpoint(org.id, "store-main");
  const admin = await makeUser(org.id, { email: `${uniq("admin")}@example.test`, role: "admin", password: PASSWORD });
  await signIn(page, admin.email, /\/(admin|me)/);

  await page.goto(`/admin/touchpoints/${tp.id}/poster`);
  const poster = page.getByRole("article");
  await expect(poster.getByRole("heading", { level: 2 })).toHaveText("ご利用はいかがでしたか？");
  await expect(poster).toHaveAttribute("lang", "ja");
  await screenshot(page, "kiosk-l10n-poster-ja");

  await page.getByRole("navigation", { name: "Poster language" }).getByRole("link", { name: "Deutsch" }).click();
  await expect(page).toHaveURL(/lang=de/);
  await expect(poster.getByRole("heading", { level: 2 })).toHaveText("Wie waren wir?");
  // The paper size keeps the chosen language.
  await page.getByRole("link", { name: "A6" }).click();
  await expect(page).toHaveURL(/size=a6&lang=de/);
  await expect(poster.getByRole("heading", { level: 2 })).toHaveText("Wie waren wir?");
});

test("the kiosk links a manifest that starts on the kiosk, and speaks the shop's language", async ({ page }) => {
  const shop = await makeSurveyShop();
  await db.organization.update({ where: { id: shop.org.id }, data: { defaultLocale: "ja" } });
  await page.goto(`/kiosk#key=${shop.kioskKey}`);
  await expect(page.locator("#survey")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page).toHaveTitle("Ensemble · キオスク");
  await screenshot(page, "kiosk-l10n-kiosk-ja");

  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toMatch(/^\/kiosk\/manifest\.webmanifest/);
  const res = await page.request.get(href!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/manifest+json");
  expect(await res.json()).toMatchObject({ start_url: "/kiosk", scope: "/kiosk", id: "/kiosk" });

  // Launched from the home screen: the bare start URL finds the key the link left behind.
  await page.goto("/kiosk");
  await expect(page.locator("#survey")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
});
