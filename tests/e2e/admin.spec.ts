// The admin configuration screens: create through the forms, see inline errors, see secrets once.
import { expect, test, type Page } from "@playwright/test";
import { db } from "../../lib/db";
import { makeOrg, makeTeam, makeUser, uniq } from "../factories";

const PASSWORD = "correct horse battery";

async function adminOf() {
  const org = await makeOrg({ name: "Crumb & Co", timeZone: "Europe/Helsinki" });
  const admin = await makeUser(org.id, {
    email: `${uniq("admin")}@example.test`,
    name: "Ada Admin",
    role: "admin",
    password: PASSWORD,
  });
  return { org, admin };
}

async function signIn(page: Page, email: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

test("staff: create shows a one-time password that signs in; deactivate keeps the row", async ({ page, browser }) => {
  const { admin } = await adminOf();
  await signIn(page, admin.email);
  await page.goto("/admin/staff/new");
  await page.getByLabel("Name").fill("Bea Baker");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Email must be an email address like aiko@example.com.")).toBeVisible();
  const email = `${uniq("bea")}@example.test`;
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kind of work").selectOption("backoffice");
  await page.getByRole("button", { name: "Create account" }).click();
  const password = (await page.getByTestId("secret").textContent())!.trim();
  expect(password).toMatch(/^[A-Za-z0-9]{16}$/);

  const other = await browser.newContext();
  const p2 = await other.newPage();
  await p2.goto("/signin");
  await p2.getByLabel("Email").fill(email);
  await p2.getByLabel("Password").fill(password);
  await p2.getByRole("button", { name: "Sign in" }).click();
  // A one-time password: the first thing is choosing their own.
  await expect(p2).toHaveURL(/\/me\/password/);
  await expect(p2.getByRole("heading", { name: "Choose your password" })).toBeVisible();
  await other.close();

  await page.getByRole("link", { name: "Back to staff" }).click();
  await page.getByRole("link", { name: "Bea Baker" }).click();
  await page.getByRole("button", { name: "Deactivate" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByText("Inactive").first()).toBeVisible();
  expect((await db.user.findFirstOrThrow({ where: { email } })).active).toBe(false);
});

test("settings: inline errors name the rule; valid values save", async ({ page }) => {
  const { org, admin } = await adminOf();
  await signIn(page, admin.email);
  await page.goto("/admin/settings");
  await page.getByLabel("Time zone").fill("Mars/Olympus");
  await page.getByLabel("Survey links last (days)").fill("0");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Time zone must be an IANA time zone such as Europe/Helsinki.")).toBeVisible();
  await expect(page.getByText("Survey links last (days) must be at least 1.")).toBeVisible();
  await page.getByLabel("Time zone").fill("Asia/Tokyo");
  await page.getByLabel("Survey links last (days)").fill("10");
  await page.getByLabel("Show colleagues' scores to staff").check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  expect(await db.organization.findUniqueOrThrow({ where: { id: org.id } })).toMatchObject({
    timeZone: "Asia/Tokyo",
    linkTtlDays: 10,
    showColleagueScores: true,
  });
});

test("touchpoints, rules with preview, and a kiosk key shown once", async ({ page }) => {
  const { org, admin } = await adminOf();
  const bakers = await makeTeam(org.id, "Bakers");
  await makeUser(org.id, { name: "Bea Baker", kind: "backoffice", teamId: bakers.id });
  await signIn(page, admin.email);

  await page.goto("/admin/touchpoints");
  await expect(page.getByText("No touchpoints yet")).toBeVisible();
  await page.getByRole("link", { name: "New touchpoint" }).first().click();
  await page.getByLabel("Name").fill("Counter");
  await page.getByLabel("Slug").fill("Store Main");
  await page.getByRole("button", { name: "Create touchpoint" }).click();
  await expect(
    page.getByText("Slug must be lowercase letters, digits and single hyphens (like store-main)."),
  ).toBeVisible();
  await page.getByLabel("Slug").fill("store-main");
  await page.getByRole("button", { name: "Create touchpoint" }).click();
  await expect(page).toHaveURL(/\/admin\/touchpoints$/);
  await page.getByRole("link", { name: "QR poster" }).click();
  await expect(page.getByRole("img", { name: /QR code linking to .*\/t\/.*\/store-main/ })).toBeVisible();

  await page.goto("/admin/rules/new");
  await page.getByLabel("Team", { exact: true }).selectOption({ label: "Bakers" });
  await page.getByLabel("Weight").fill("2");
  await page.getByRole("button", { name: "Add rule" }).click();
  await expect(page.getByText("Weight must be in (0, 1].")).toBeVisible();
  await page.getByLabel("Weight").fill("0.5");
  await page.getByLabel("From").fill("05:00");
  await page.getByLabel("Until").fill("14:00");
  await page.getByRole("button", { name: "Add rule" }).click();
  await expect(page).toHaveURL(/\/admin\/rules$/);
  await page.getByLabel("At", { exact: true }).fill("10:00");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("rule-preview")).toContainText("would credit:");
  await expect(page.getByTestId("rule-preview")).toContainText("Bea Baker");
  await page.getByLabel("At", { exact: true }).fill("16:00");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("rule-preview")).toContainText("nobody through rules");

  await page.goto("/admin/keys");
  await page.getByLabel("Kiosk device (one touchpoint)").check();
  await page.getByLabel("Name").fill("Counter tablet");
  await page.getByRole("button", { name: "Create key" }).click();
  await expect(page.getByText("Touchpoint is required for a kiosk key.")).toBeVisible();
  await page.getByLabel("Touchpoint", { exact: true }).selectOption({ label: "Counter (store-main)" });
  await page.getByRole("button", { name: "Create key" }).click();
  const key = (await page.getByTestId("secret").textContent())!.trim();
  await expect(page.getByTestId("kiosk-url")).toHaveText(new RegExp(`/kiosk#key=${key}$`));
  await expect(page.getByRole("table")).toContainText(key.slice(0, 8));
  await expect(page.getByRole("table")).not.toContainText(key);
});

test("template editor: inline errors per language, live preview, new version once answered", async ({ page }) => {
  const { admin } = await adminOf();
  await signIn(page, admin.email);
  await page.goto("/admin/templates/new");
  await page.getByLabel("Template name").fill("Counter survey");
  await page.getByRole("tab", { name: "日本語" }).click();
  const preview = page.frameLocator('iframe[title="Survey preview"]');
  await expect(preview.locator("h1").first()).toContainText("ご利用いただき");
  await page.getByLabel("Question text (ja)").first().fill("");
  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page.getByText("questions[0].text.ja: is required")).toBeVisible();
  await page.getByLabel("Question text (ja)").first().fill("おすすめ度は？");
  await expect(preview.locator("legend").first()).toContainText("おすすめ度は？");
  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page).toHaveURL(/\/admin\/templates\/c/);
  await expect(page.getByText("Version 1")).toBeVisible();
});
