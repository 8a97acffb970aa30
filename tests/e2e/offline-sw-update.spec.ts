// A new build's service worker is taken on the next visit: build a worker with another version,
// visit again, and the page is controlled by the new one (skipWaiting + clientsClaim), with the
// precache of the old one cleaned up rather than left behind.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { makeSurveyShop, newSurveyLink, swVersion, waitForOfflineReady } from "./survey-fixtures";

const SW = "public/sw.js";
let original: Buffer | null = null;

function buildWorker(tag: string) {
  const r = spawnSync(process.execPath, ["scripts/build-sw.mjs"], {
    env: { ...process.env, SW_BUILD_TAG: tag },
    encoding: "utf8",
  });
  expect(r.status, r.stderr).toBe(0);
}

test.beforeAll(() => {
  original = readFileSync(SW);
});
test.afterAll(() => {
  if (original) writeFileSync(SW, original); // leave the build's own worker in place
});

test("the next visit runs the new service worker", async ({ page, request }) => {
  const shop = await makeSurveyShop();
  const { path } = await newSurveyLink(request, shop);
  buildWorker("e2e-v1");
  await page.goto(path);
  await waitForOfflineReady(page);
  expect(await swVersion(page)).toBe("e2e-v1");

  buildWorker("e2e-v2");
  await page.goto(path); // the next visit: the browser re-checks /sw.js and installs the new one
  await expect.poll(() => swVersion(page), { timeout: 20_000 }).toBe("e2e-v2");
  const state = await page.evaluate(async () => {
    const regs = await navigator.serviceWorker.getRegistrations();
    return { count: regs.length, waiting: regs.some((r) => r.waiting !== null), caches: await caches.keys() };
  });
  expect(state.count).toBe(1);
  expect(state.waiting).toBe(false); // nothing stale left waiting for all tabs to close
  expect(state.caches.filter((c) => c.startsWith("workbox-precache"))).toHaveLength(1);

  // A reload is served by the new worker, and the page still works offline.
  await page.reload();
  expect(await swVersion(page)).toBe("e2e-v2");
});
