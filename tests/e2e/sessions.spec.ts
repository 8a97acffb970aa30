// Sessions and sign-in: sign-out, a password change and an admin reset end old sessions; a
// one-time password must be replaced at first sign-in; failures look the same for every account.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { actorOf } from "../../lib/admin/test-actors";
import { resetStaffPassword } from "../../lib/admin/staff";
import { db } from "../../lib/db";
import { makeOrg, makeUser, uniq } from "../factories";

const PASSWORD = "correct horse battery";
const FAILED = "We couldn't sign you in with that email and password.";

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function shop() {
  const org = await makeOrg({ name: "Session Bakery" });
  const admin = await makeUser(org.id, { email: `${uniq("admin")}@example.test`, role: "admin", password: PASSWORD });
  const staff = await makeUser(org.id, {
    email: `${uniq("staff")}@example.test`,
    name: "Sam Staff",
    password: PASSWORD,
  });
  return { org, admin, staff };
}

/** A second browser holding a copy of `page`'s cookies, as a thief or a forgotten tablet would. */
async function copyOfSession(browser: Browser, page: Page) {
  const context = await browser.newContext({ storageState: await page.context().storageState() });
  return context.newPage();
}

test("signing out ends the session everywhere: a copied cookie is signed out too", async ({ page, browser }) => {
  const { admin } = await shop();
  await signIn(page, admin.email);
  await expect(page).toHaveURL(/\/admin$/);
  const copy = await copyOfSession(browser, page);
  expect((await copy.request.get("/api/export/responses.csv")).status()).toBe(200);

  await page.locator("summary", { hasText: "Menu" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);

  const csv = await copy.request.get("/api/export/responses.csv");
  expect(csv.status()).toBe(401);
  await copy.goto("/admin");
  await expect(copy).toHaveURL(/\/signin/);
  await copy.context().close();
});

test("changing my password keeps me signed in here and signs out my other devices", async ({ page, browser }) => {
  const { staff } = await shop();
  await signIn(page, staff.email);
  await expect(page).toHaveURL(/\/me$/);
  const other = await copyOfSession(browser, page);

  await page.locator("summary", { hasText: "Menu" }).click();
  await page.getByRole("link", { name: "My password" }).click();
  await expect(page.getByRole("heading", { name: "My password" })).toBeVisible();
  // Inline errors before anything is sent, then the server's verdict on the current password.
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Current password is required.")).toBeVisible();
  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password", { exact: true }).fill("short");
  await page.getByLabel("Confirm new password").fill("different");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("New password must be at least 10 characters.")).toBeVisible();
  await expect(page.getByText("Confirm new password must match the new password.")).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill("a brand new secret");
  await page.getByLabel("Confirm new password").fill("a brand new secret");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Current password is not your current password.")).toBeVisible();
  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed.")).toBeVisible();

  // This device carries on; the other one is signed out.
  await page.goto("/me");
  await expect(page).toHaveURL(/\/me$/);
  await other.goto("/me");
  await expect(other).toHaveURL(/\/signin/);
  await other.context().close();

  // The old password no longer works, the new one does.
  await page.context().clearCookies();
  await signIn(page, staff.email, PASSWORD);
  await expect(page.getByText(FAILED)).toBeVisible();
  await signIn(page, staff.email, "a brand new secret");
  await expect(page).toHaveURL(/\/me$/);
});

test("an admin reset signs the person out, and the one-time password must be replaced at first sign-in", async ({
  page,
  browser,
}) => {
  const { admin, staff } = await shop();
  await signIn(page, staff.email);
  await expect(page).toHaveURL(/\/me$/);

  const reset = await resetStaffPassword(actorOf(admin), staff.id);
  if (!reset.ok) throw new Error("reset failed");
  await page.goto("/me");
  await expect(page).toHaveURL(/\/signin/);

  await signIn(page, staff.email, reset.data.password);
  await expect(page).toHaveURL(/\/me\/password/);
  await expect(page.getByRole("heading", { name: "Choose your password" })).toBeVisible();
  // Nothing else opens until it is done.
  await page.goto("/new");
  await expect(page).toHaveURL(/\/me\/password\?next=%2Fnew$/);
  await expect(page.getByRole("navigation", { name: "Quick" })).toHaveCount(0);
  const api = await page.request.get("/api/export/responses.csv");
  expect(api.status()).toBe(403);

  await page.getByLabel("One-time password").fill(reset.data.password);
  await page.getByLabel("New password", { exact: true }).fill("my very own secret");
  await page.getByLabel("Confirm new password").fill("my very own secret");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(/\/new$/);
  await expect(page.getByRole("navigation", { name: "Quick" })).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: staff.id } })).mustChangePassword).toBe(false);
  await page.reload();
  await expect(page).toHaveURL(/\/new$/);
  void browser;
});

test("a wrong password and an unknown email fail identically, also when repeated", async ({ page }) => {
  const { staff } = await shop();
  const failures: { status: number; text: string }[] = [];
  for (const email of [staff.email, `${uniq("nobody")}@example.test`]) {
    for (let i = 0; i < 5; i++) {
      const answer = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
      await signIn(page, email, `wrong ${i}`);
      const res = await answer;
      await expect(page.getByText(FAILED)).toBeVisible();
      failures.push({
        status: res.status(),
        text: (await page.locator("[role=alert], [role=status]").allInnerTexts()).join(" "),
      });
    }
  }
  expect(new Set(failures.map((f) => JSON.stringify(f))).size).toBe(1);
});
