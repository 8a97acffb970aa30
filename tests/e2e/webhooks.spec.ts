// The admin's webhook screens, against a real receiver started by the test: add (with inline
// errors), send a test, pause and resume, see every attempt, send an event again, remove.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { db } from "../../lib/db";
import { createInteraction } from "../../lib/interactions/create";
import { startReceiver } from "../../lib/webhooks/receiver";
import { makeOrg, makeTouchpoint, makeUser, uniq } from "../factories";
import { screenshot } from "./screens";

const PASSWORD = "correct horse battery";

async function signIn(page: Page, email: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

test("an admin adds a webhook, tests it, pauses it, sees every attempt, resends and removes it", async ({
  page,
  browser,
}) => {
  const org = await makeOrg({ name: "Crumb & Co", timeZone: "Europe/Helsinki" });
  await makeTouchpoint(org.id, "store-main");
  const admin = await makeUser(org.id, { email: `${uniq("ada")}@example.test`, role: "admin", password: PASSWORD });
  // The first request (the test) is refused with a 500, the first real delivery too; then all is well.
  const hook = await startReceiver((_r, n) => (n === 1 || n === 2 ? 500 : 200));
  try {
    await signIn(page, admin.email);
    await page.locator("summary", { hasText: "Menu" }).click(); // the phone's menu holds the rest
    await page.getByRole("link", { name: "Webhooks" }).first().click();
    await expect(page).toHaveURL(/\/admin\/webhooks$/);
    await expect(page.getByText("No webhooks yet")).toBeVisible();

    // Validation: in the browser, then on the server (where the address is checked).
    await page.getByRole("button", { name: "Add endpoint" }).click();
    await expect(page.getByText("URL is required.")).toBeVisible();
    await page.getByLabel("URL").fill("ftp://example.com/x");
    await page.getByRole("button", { name: "Add endpoint" }).click();
    await expect(page.getByText("URL must start with http:// or https://.")).toBeVisible();
    await page.getByLabel("URL").fill("http://169.254.169.254/latest");
    await page.getByRole("button", { name: "Add endpoint" }).click();
    await expect(page.getByText(/URL must not point at a link-local address/)).toBeVisible();

    await page.getByLabel("URL").fill(hook.url);
    await page.getByLabel(/An answer is stored/).check();
    await page.getByRole("button", { name: "Add endpoint" }).click();
    const secret = (await page.getByTestId("secret").textContent())!.trim();
    expect(secret).toMatch(/^whsec_[0-9a-f]{48}$/);
    const card = page.getByTestId("webhook");
    await expect(card).toHaveCount(1);
    await expect(card.getByTestId("webhook-health")).toHaveText("No deliveries yet");
    await expect(card).toContainText("An answer is stored");

    // Send test: the receiver answers 500, and the screen says so.
    await card.getByRole("button", { name: "Send test" }).click();
    await expect(page.getByText("Test failed: the endpoint answered 500.")).toBeVisible();
    await expect(card.getByTestId("webhook-health")).toHaveText("Failing");
    expect(hook.received[0].headers["ensemble-event"]).toBe("ping");

    // Pause, then an answer arrives: it waits.
    await card.getByRole("button", { name: "Pause" }).click();
    await expect(card.getByTestId("webhook-health")).toHaveText("Paused");
    const ix = await createInteraction(
      org.id,
      { ref: uniq("order"), touchpoint: "store-main", contributors: [] },
      { baseUrl: "http://e2e" },
    );
    const answered = await page.request.post("/api/v1/responses", {
      data: { id: randomUUID().replace(/-/g, ""), code: ix.code, answers: { nps: 9 } },
    });
    expect(answered.status()).toBe(201);
    await expect
      .poll(async () => db.webhookDelivery.count({ where: { endpoint: { orgId: org.id }, type: "response.stored" } }))
      .toBe(1);
    await page.reload();
    await expect(card).toContainText("Waiting to send1");
    expect(hook.received).toHaveLength(1);

    // Resume: the first attempt gets a 500, the retry (WEBHOOK_RETRY_BASE_MS later) a 200.
    await card.getByRole("button", { name: "Resume" }).click();
    await expect.poll(() => hook.received.length, { timeout: 15_000 }).toBe(3);
    await card.getByRole("link", { name: "Deliveries and attempts →" }).click();
    await expect(page).toHaveURL(/\/admin\/webhooks\/[^/]+$/);
    const stored = page.getByTestId("delivery").filter({ hasText: "response.stored" });
    await expect(stored.getByText("Delivered")).toBeVisible();
    await expect(stored.getByTestId("attempt")).toHaveCount(2);
    await expect(stored.getByTestId("attempt").first()).toContainText("HTTP 200");
    await expect(stored.getByTestId("attempt").last()).toContainText("HTTP 500");
    await expect(stored.getByTestId("attempt").last()).toContainText("nope 500");
    await expect(page.getByTestId("delivery").filter({ hasText: "ping" })).toContainText("Failed");

    // Send the event again: same id at the receiver, a third attempt in the log.
    await stored.getByRole("button", { name: "Send again" }).click();
    await expect(page.getByText("Queued to send again.")).toBeVisible();
    await expect.poll(() => hook.received.length, { timeout: 10_000 }).toBe(4);
    expect(JSON.parse(hook.received[3].body).id).toBe(JSON.parse(hook.received[2].body).id);
    await page.reload();
    await expect(stored.getByTestId("attempt")).toHaveCount(3);
    await expect(page.getByTestId("webhook-health")).toHaveText("Healthy");

    await screenshot(page, "webhook-deliveries-390");
    const wide = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(wide, admin.email);
    await wide.goto(page.url());
    await screenshot(wide, "webhook-deliveries-1366");
    await wide.goto("/admin/webhooks");
    await screenshot(wide, "webhooks-1366");
    await page.goto("/admin/webhooks");
    await screenshot(page, "webhooks-390");
    await wide.close();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);

    // Remove: gone from the list, and it receives nothing more.
    await page.getByTestId("webhook").getByRole("button", { name: "Remove" }).click();
    await page.getByRole("button", { name: "Remove webhook" }).click();
    await expect(page.getByText("No webhooks yet")).toBeVisible();
    await page.reload();
    await expect(page.getByText("No webhooks yet")).toBeVisible();
  } finally {
    await hook.close();
  }
});
