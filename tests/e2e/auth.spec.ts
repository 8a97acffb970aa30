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

// The service worker would serve the scripts from its cache, out of the tests' reach: these two
// hold the scripts back in the network, so they run without it.
/** Holds the page's scripts back in the network, as a slow connection would, until `release()`. */
async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route("**/_next/static/chunks/**", async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test.describe("before the page's script runs", () => {
  test.use({ serviceWorkers: "block" });

  test("on a slow connection the settings form waits for its script: what is changed before it runs is saved", async ({
    page,
  }) => {
    const { admin } = await people();
    await signIn(page, admin.email);
    await expect(page).toHaveURL(/\/admin$/);
    // The page's scripts are held back, as on a slow connection: the form shows but is not live yet.
    const release = await holdScripts(page);
    await page.goto("/admin/settings", { waitUntil: "commit" });
    const toggle = page.getByLabel("Show colleagues' scores to staff");
    await expect(toggle).toBeVisible();
    await expect(toggle).toBeDisabled();
    await expect(page.getByRole("button", { name: "Save settings" })).toBeDisabled();
    release();
    // Live: a change made now is what is saved, and is still there after a reload.
    const before = await toggle.isChecked();
    await toggle.setChecked(!before);
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Settings saved.")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Show colleagues' scores to staff")).toBeChecked({ checked: !before });
  });

  test("the sign-in form is not live before its script runs, so a password never goes out in a plain GET", async ({
    page,
  }) => {
    const release = await holdScripts(page);
    await page.goto("/signin", { waitUntil: "commit" });
    await expect(page.getByLabel("Password")).toBeDisabled();
    release();
    await expect(page.getByLabel("Password")).toBeEnabled();
  });
});
