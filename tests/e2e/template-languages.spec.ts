// The template editor keeps every language's texts in their own fields: switching tabs back and
// forth, editing, saving and reloading shows each language exactly what was typed for it.
import { expect, test, type Page } from "@playwright/test";
import { db } from "../../lib/db";
import { LOCALES } from "../../lib/orgs/schema";
import { DEFAULT_TEMPLATE } from "../../lib/surveys/template-schema";
import { LANGUAGE_NAMES } from "../../lib/surveys/i18n";
import { makeOrg, makeUser, uniq } from "../factories";
import { screenshot } from "./screens";

const PASSWORD = "correct horse battery";

async function signInAsAdmin(page: Page) {
  const org = await makeOrg({ name: "Crumb & Co" });
  const admin = await makeUser(org.id, { email: `${uniq("admin")}@example.test`, role: "admin", password: PASSWORD });
  await page.goto("/signin");
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  return org;
}

const TRANSLATED = ["ja", "de", "ru", "fi"] as const;
const tab = (page: Page, l: (typeof LOCALES)[number]) => page.getByRole("tab", { name: LANGUAGE_NAMES[l] });

test("language tabs: ja → ru → ja keeps each language's texts, through save and reload", async ({ page }) => {
  const org = await signInAsAdmin(page);
  await page.goto("/admin/templates/new");
  await page.getByLabel("Template name").fill("Counter survey");

  await tab(page, "ja").click();
  await expect(page.getByLabel("Introduction (ja)")).toHaveValue(DEFAULT_TEMPLATE.intro.ja);
  await tab(page, "ru").click();
  await expect(page.getByLabel("Introduction (ru)")).toHaveValue(DEFAULT_TEMPLATE.intro.ru);
  await page.getByLabel("Introduction (ru)").fill("Русское вступление");
  await tab(page, "ja").click();
  // The bug: the Japanese fields showed (and then saved) the Russian texts.
  await expect(page.getByLabel("Introduction (ja)")).toHaveValue(DEFAULT_TEMPLATE.intro.ja);
  await expect(page.getByLabel("Question text (ja)").first()).toHaveValue(DEFAULT_TEMPLATE.questions[0].text.ja);
  await page.getByLabel("Introduction (ja)").fill("日本語の紹介文");
  await page.getByLabel("Question text (ja)").first().fill("おすすめ度は？");
  await tab(page, "de").click();
  await page.getByLabel("Thank-you message (de)").fill("Danke schön!");
  await tab(page, "fi").click();
  await expect(page.getByLabel("Introduction (fi)")).toHaveValue(DEFAULT_TEMPLATE.intro.fi);
  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page).toHaveURL(/\/admin\/templates\/c/);
  await page.reload();

  const expected = {
    intro: { ...DEFAULT_TEMPLATE.intro, ru: "Русское вступление", ja: "日本語の紹介文" },
    thankYou: { ...DEFAULT_TEMPLATE.thankYou, de: "Danke schön!" },
    nps: { ...DEFAULT_TEMPLATE.questions[0].text, ja: "おすすめ度は？" },
  };
  for (const l of LOCALES) {
    await tab(page, l).click();
    await expect(page.getByLabel(`Introduction (${l})`)).toHaveValue(expected.intro[l]);
    await expect(page.getByLabel(`Thank-you message (${l})`)).toHaveValue(expected.thankYou[l]);
    await expect(page.getByLabel(`Question text (${l})`).first()).toHaveValue(expected.nps[l]);
  }
  const stored = await db.surveyTemplate.findFirstOrThrow({
    where: { orgId: org.id, name: "Counter survey" },
    include: { versions: true },
  });
  const def = JSON.parse(stored.versions[0].definition);
  expect(def.intro).toEqual(expected.intro);
  expect(def.thankYou).toEqual(expected.thankYou);
  expect(def.questions[0].text).toEqual(expected.nps);
});

test("language tabs all fit a 390 px phone, none clipped", async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto("/admin/templates/new");
  const width = page.viewportSize()!.width;
  for (const l of LOCALES) {
    const box = (await tab(page, l).boundingBox())!;
    expect(box.x, `${l} starts on screen`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${l} ends on screen`).toBeLessThanOrEqual(width);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  await screenshot(page, "reports-tabs-390", false);
});

test("changing the English marks every translation outdated and asks before publishing", async ({ page }) => {
  const org = await signInAsAdmin(page);
  await page.goto("/admin/templates/new");
  await page.getByLabel("Template name").fill("Stale texts");
  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page).toHaveURL(/\/admin\/templates\/c/);
  for (const l of TRANSLATED) await expect(page.getByTestId(`status-${l}`)).toHaveCount(0);

  await page.getByLabel("Question text (en)").first().fill("Would you recommend us to a friend?");
  await page.getByRole("button", { name: "Save template" }).click();
  const warning = page.getByRole("alert").filter({ hasText: "publish anyway?" });
  await expect(warning).toBeVisible();
  for (const l of TRANSLATED) await expect(warning).toContainText(`${LANGUAGE_NAMES[l]}: 1 outdated`);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, "stale-texts-390");
  await page.setViewportSize({ width: 1366, height: 900 });
  await screenshot(page, "stale-texts-1366");
  await page.getByRole("button", { name: "Publish anyway" }).click();
  await expect(page.getByText("Saved.", { exact: true })).toBeVisible();

  await page.reload();
  for (const l of TRANSLATED) await expect(page.getByTestId(`status-${l}`)).toHaveText("1 outdated");
  await tab(page, "ja").click();
  await expect(page.getByText("Outdated: the English text changed since this was translated.")).toHaveCount(1);
  await page.getByLabel("Question text (ja)").first().fill("友人にすすめますか？");
  await expect(page.getByTestId("status-ja")).toHaveCount(0);
  await page.getByRole("button", { name: "Save template" }).click();
  await expect(warning).not.toContainText("日本語");
  await page.getByRole("button", { name: "Publish anyway" }).click();
  await expect(page.getByText("Saved.", { exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByTestId("status-ja")).toHaveCount(0);
  for (const l of ["de", "ru", "fi"] as const) await expect(page.getByTestId(`status-${l}`)).toHaveText("1 outdated");
  await tab(page, "fi").click();
  await screenshot(page, "stale-texts-fi-1366", false);
  const stored = await db.surveyTemplate.findFirstOrThrow({
    where: { orgId: org.id, name: "Stale texts" },
    include: { versions: true },
  });
  expect(JSON.parse(stored.versions[0].definition).questions[0].text.ja).toBe("友人にすすめますか？");
});
