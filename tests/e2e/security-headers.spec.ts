// Security headers on every kind of response, and pages that still work under the CSP: no
// violation is reported on the survey, sign-in, feed, admin dashboard or template editor.
import { expect, test, type Page } from "@playwright/test";
import { db } from "../../lib/db";
import { makeSurveyShop, newSurveyLink, PASSWORD } from "./survey-fixtures";
import { makeUser, uniq } from "../factories";

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBeTruthy();
  expect(headers["content-security-policy"], what).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"], what).toContain("object-src 'none'");
}

/** Collects CSP violations the page reports (as events and as console errors). */
async function watchCsp(page: Page) {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (load|execute|apply)/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`Refused to load (CSP ${e.violatedDirective}) ${e.blockedURI}`),
    );
  });
  return violations;
}

test("every kind of response carries the security headers", async ({ request }) => {
  const shop = await makeSurveyShop();
  const { path } = await newSurveyLink(request, shop);
  const checks: [string, () => ReturnType<typeof request.get>][] = [
    ["survey page", () => request.get(path)],
    ["survey QR", () => request.get(`${path}/qr.svg`)],
    ["sign-in page", () => request.get("/signin")],
    ["health", () => request.get("/api/health")],
    ["scores API", () => request.get("/api/v1/scores")],
    ["ingest 4xx", () => request.post("/api/v1/responses", { data: { id: "x" } })],
    ["redirect of the signed-out", () => request.get("/me", { maxRedirects: 0 })],
    ["unknown page", () => request.get("/no-such-page")],
    ["kiosk", () => request.get("/kiosk")],
  ];
  for (const [what, get] of checks) expectSecurityHeaders((await get()).headers(), what);
  const page = (await request.get("/signin")).headers()["content-security-policy"];
  expect(page).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'/);
  const again = (await request.get("/signin")).headers()["content-security-policy"];
  expect(again).not.toBe(page); // a fresh nonce per response
  const trace = await request.fetch("/", { method: "TRACE" });
  expect(trace.status()).toBe(405);
});

test("survey, sign-in, feed, dashboard and template editor run with no CSP violation", async ({ page, request }) => {
  const shop = await makeSurveyShop();
  const admin = await makeUser(shop.org.id, {
    email: `${uniq("admin")}@example.test`,
    role: "admin",
    password: PASSWORD,
  });
  const violations = await watchCsp(page);

  const { path } = await newSurveyLink(request, shop);
  await page.goto(path);
  await page.getByRole("radio", { name: "9" }).first().check();
  await expect(page.locator("form")).toBeVisible();

  await page.goto("/signin");
  await page.getByLabel("Email").fill(shop.aiko.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/me$/);
  await page.context().clearCookies();

  await page.goto("/signin");
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  const template = await db.surveyTemplate.findFirst({ where: { orgId: shop.org.id }, select: { id: true } });
  await page.goto(template ? `/admin/templates/${template.id}` : "/admin/templates/new");
  await expect(page.getByRole("heading").first()).toBeVisible();
  await page.goto("/me/password");
  await expect(page.getByRole("heading", { name: "My password" })).toBeVisible();
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Current password is required.")).toBeVisible(); // client-side validation ran
  expect(violations).toEqual([]);
});
