// The staff app is installable, and its last-loaded feed stays readable offline.
// Installable: Chromium's own check (CDP Page.getInstallabilityErrors, which
// replaced Lighthouse's PWA category) reports nothing for /me once signed in. A persistent
// profile is used because Chromium never offers installation in an incognito-like context.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, expect, test } from "@playwright/test";
import { chromiumArgs } from "../../playwright.config";
import { makeSurveyShop, newSurveyLink, PASSWORD, waitForOfflineReady } from "./survey-fixtures";

test.setTimeout(180_000);

test("the staff feed reports no installability errors", async ({ baseURL }) => {
  const shop = await makeSurveyShop();
  const profile = mkdtempSync(join(tmpdir(), "ensemble-install-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: chromiumArgs,
    baseURL,
    viewport: { width: 390, height: 844 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto("/signin");
    await page.getByLabel("Email").fill(shop.aiko.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/me/);

    const manifest = await page.request.get("/manifest.webmanifest");
    expect(manifest.status()).toBe(200);
    expect(await manifest.json()).toMatchObject({ name: "Ensemble", start_url: "/me", display: "standalone" });

    const cdp = await context.newCDPSession(page);
    await expect
      .poll(
        async () =>
          (
            (await cdp.send("Page.getInstallabilityErrors")) as { installabilityErrors: { errorId: string }[] }
          ).installabilityErrors.map((e) => e.errorId),
        { timeout: 20_000 },
      )
      .toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test("the last-loaded staff feed stays readable offline, with an 'offline, as of' banner", async ({
  page,
  context,
  request,
}) => {
  const shop = await makeSurveyShop();
  // Any Ensemble page registers the worker (scope /); here a survey link opened on this phone.
  const { path } = await newSurveyLink(request, shop);
  await page.goto(path);
  await waitForOfflineReady(page);
  await page.goto("/signin");
  await page.getByLabel("Email").fill(shop.aiko.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/me/);
  await page.reload(); // a navigation the worker sees, so it keeps a copy of the feed
  await page.waitForFunction(async () =>
    (await (await caches.open("ensemble-pages")).keys()).some((k) => new URL(k.url).pathname === "/me"),
  );
  const heading = await page.getByRole("heading").first().textContent();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: /You are offline\. This is your feed as of/ })).toBeVisible();
  if (heading) await expect(page.getByRole("heading").first()).toHaveText(heading);
});
