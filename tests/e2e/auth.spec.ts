// Sign-in and roles: each role lands on its own page and is refused the others'.
import { expect, test, type Page } from "@playwright/test";
import { makeOrg, makeUser, uniq } from "../factories";

const PASSWORD = "correct horse battery";
const FORBIDDEN = "This page isn't open to your role";

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function people() {
  const org = await makeOrg({ name: "Auth Bakery" });
  const make = (role: "admin" | "manager" | "staff") =>
    makeUser(org.id, { email: `${uniq(role)}@example.test`, role, password: PASSWORD });
  return { admin: await make("admin"), manager: await make("manager"), staff: await make("staff") };
}

test("each role lands on its own page and is refused other roles' pages", async ({ page }) => {
  const { admin, manager, staff } = await people();

  await signIn(page, admin.email);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("navigation", { name: "Quick" }).getByRole("link", { name: "Dashboard" })).toBeVisible();
  await page.context().clearCookies();

  await signIn(page, manager.email);
  await expect(page).toHaveURL(/\/team$/);
  await page.goto("/admin");
  await expect(page.getByText(FORBIDDEN)).toBeVisible();
  await page.goto("/admin/staff");
  await expect(page.getByText(FORBIDDEN)).toBeVisible();
  await page.context().clearCookies();

  await signIn(page, staff.email);
  await expect(page).toHaveURL(/\/me$/);
  for (const path of ["/admin", "/team", "/admin/settings"]) {
    await page.goto(path);
    await expect(page.getByText(FORBIDDEN)).toBeVisible();
  }
});

test("a wrong password shows a clear message, the same after repeated failures", async ({ page }) => {
  const { staff } = await people();
  await signIn(page, staff.email, "not the password");
  const failed = "We couldn't sign you in with that email and password.";
  await expect(page.getByText(failed)).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
  for (let i = 0; i < 4; i++) {
    await page.getByLabel("Password").fill(`wrong ${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await expect(page.getByText(failed)).toBeVisible();
});

test("inline errors name the rule before anything is sent", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Email must be an email address like aiko@example.com.")).toBeVisible();
  await expect(page.getByText("Password is required.")).toBeVisible();
});

test("signed-out visitors are sent to sign in, then back where they were going", async ({ page }) => {
  const { admin } = await people();
  await page.goto("/admin/settings");
  await expect(page).toHaveURL(/\/signin\?next=%2Fadmin%2Fsettings$/);
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin\/settings$/);
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();

  await page.locator("summary", { hasText: "Menu" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/me");
  await expect(page).toHaveURL(/\/signin\?next=%2Fme$/);
});
