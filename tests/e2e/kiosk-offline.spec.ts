// Kiosk: 200 answers with no network, then reconnect; the server is killed (-9) in the middle
// of the sync and restarted, and still exactly 200 responses and 200 kiosk interactions exist.
// This spec runs its own server (E2E_PORT + 100) so it can kill it.
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { db } from "../../lib/db";
import { makeSurveyShop, outboxCount, waitForOfflineReady } from "./survey-fixtures";

const port = Number(process.env.E2E_PORT ?? 3100) + 100;
const origin = `http://127.0.0.1:${port}`;
let server: ChildProcess | null = null;

async function startServer() {
  const dev = process.env.E2E_SERVER_DEV ? ["--dev"] : [];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    NEXTAUTH_URL: origin,
    NEXTAUTH_SECRET: "e2e-secret",
  };
  if (dev.length) env.NEXT_DIST_DIR = `${process.env.NEXT_DIST_DIR ?? ".next"}-kiosk`;
  server = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "server.ts", ...dev], {
    env,
    stdio: "ignore",
    detached: true,
  });
  await expect
    .poll(async () => (await fetch(`${origin}/api/health`).catch(() => null))?.status ?? 0, {
      timeout: 120_000,
      intervals: [250],
    })
    .toBe(200);
}

function killServer() {
  if (server?.pid) process.kill(-server.pid, "SIGKILL"); // the whole group: tsx and its node
  server = null;
}

test.afterAll(() => killServer());
test.setTimeout(300_000);
test.use({ locale: "en-GB", extraHTTPHeaders: { "accept-language": "en" } });

test("200 answers offline, a kill -9 mid-sync, exactly 200 stored", async ({ page, context }) => {
  await startServer();
  const shop = await makeSurveyShop();
  await page.goto(`${origin}/kiosk#key=${shop.kioskKey}`);
  await expect(page.locator("#survey")).toBeVisible();
  expect(page.url()).toBe(`${origin}/kiosk`); // the key left the address bar
  await expect(page.getByRole("status").filter({ hasText: "All answers sent" })).toBeVisible();
  await waitForOfflineReady(page);

  await context.setOffline(true);
  // The first guest taps through as a person does; the other 199 are the same taps dispatched in
  // the page (a radio's click, the form's submit, the "next guest" tap), which spares 600 browser
  // round trips of the test runner and leaves the kiosk's own code, storage and sync untouched.
  await page.locator("#q-nps").getByRole("radio", { name: "0", exact: true }).check();
  await page.getByRole("button", { name: "Send" }).click();
  await page.locator("#k-next").click();
  await page.evaluate(async (total) => {
    const until = async (ready: () => boolean) => {
      for (let t = 0; !ready(); t++) {
        if (t > 2_000) throw new Error("the kiosk did not get ready for the next guest");
        await new Promise((r) => setTimeout(r, 5));
      }
    };
    for (let i = 1; i < total; i++) {
      await until(
        () => !!document.querySelector("#q-nps input[type=radio]") && !!document.querySelector("#ask:not([hidden])"),
      );
      const radio = [...document.querySelectorAll<HTMLInputElement>("#q-nps input[type=radio]")].find(
        (r) => r.value === String(i % 11),
      )!;
      radio.click();
      document.querySelector<HTMLFormElement>("#k-stage form")!.requestSubmit();
      await until(() => !document.querySelector<HTMLElement>("#k-next")?.hidden);
      document.querySelector<HTMLElement>("#k-next")!.click();
    }
  }, 200);
  await expect(page.getByRole("status").filter({ hasText: "200 waiting to sync" })).toBeVisible();
  expect(await outboxCount(page)).toBe(200);
  expect(await db.response.count({ where: { orgId: shop.org.id } })).toBe(0);

  // Reconnect; as soon as the first answers land, kill the server mid-sync.
  await context.setOffline(false);
  await expect
    .poll(() => db.response.count({ where: { orgId: shop.org.id } }), { timeout: 30_000, intervals: [10] })
    .toBeGreaterThan(0);
  killServer();
  const atKill = await db.response.count({ where: { orgId: shop.org.id } });
  console.log(`kiosk: ${atKill} of 200 stored when the server was killed`);

  await startServer();
  await expect
    .poll(() => db.response.count({ where: { orgId: shop.org.id } }), { timeout: 120_000, intervals: [500] })
    .toBe(200);
  await expect.poll(() => outboxCount(page), { timeout: 30_000 }).toBe(0);
  expect(await db.interaction.count({ where: { orgId: shop.org.id, source: "kiosk" } })).toBe(200);
  const nps = await db.response.groupBy({ by: ["nps"], where: { orgId: shop.org.id }, _count: true });
  expect(nps.find((g) => g.nps === 0)?._count).toBe(19); // 0..10 cycled over 200 answers
  await expect(page.getByRole("status").filter({ hasText: "All answers sent" })).toBeVisible({ timeout: 30_000 });
});
