// Shared set-up for the survey, offline and kiosk browser tests: a shop with a frontline and a
// back-office colleague, an API key and a kiosk key, made through the product's own functions.
import { randomBytes } from "node:crypto";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { createApiKey } from "../../lib/auth/api-key";
import { db } from "../../lib/db";
import { makeOrg, makeTouchpoint, makeUser, uniq } from "../factories";

export const PASSWORD = "correct horse battery";

export async function makeSurveyShop() {
  const org = await makeOrg({ name: "Kumo Bakery", timeZone: "Asia/Tokyo" });
  const tp = await makeTouchpoint(org.id, "store-main");
  const aiko = await makeUser(org.id, {
    email: `${uniq("aiko")}@example.test`,
    name: "Aiko Tanaka",
    password: PASSWORD,
  });
  const baker = await makeUser(org.id, {
    email: `${uniq("bea")}@example.test`,
    name: "Bea Baker",
    kind: "backoffice",
    password: PASSWORD,
  });
  const apiKey = (await createApiKey(org.id, { name: "POS" })).key;
  const kioskKey = (await createApiKey(org.id, { name: "Tablet", scope: "kiosk", touchpointId: tp.id })).key;
  return { org, tp, aiko, baker, apiKey, kioskKey };
}
export type SurveyShop = Awaited<ReturnType<typeof makeSurveyShop>>;

/** POST /api/v1/interactions with both colleagues, as a till would; returns the link's path. */
export async function newSurveyLink(request: APIRequestContext, shop: SurveyShop) {
  const res = await request.post("/api/v1/interactions", {
    headers: { authorization: `Bearer ${shop.apiKey}` },
    data: {
      ref: `pos-${randomBytes(6).toString("hex")}`,
      touchpoint: "store-main",
      contributors: [
        { email: shop.aiko.email, role: "frontline" },
        { email: shop.baker.email, role: "backoffice" },
      ],
    },
  });
  expect(res.status()).toBe(201);
  const body = (await res.json()) as { id: string; url: string };
  return { interactionId: body.id, path: new URL(body.url).pathname };
}

/** Exactly one stored response for the interaction, credited to both colleagues. */
export async function expectOneResponseForBoth(shop: SurveyShop, interactionId: string, want: Record<string, unknown>) {
  await expect.poll(() => db.response.count({ where: { interactionId } }), { timeout: 15_000 }).toBe(1);
  const r = await db.response.findFirstOrThrow({
    where: { interactionId },
    select: {
      nps: true,
      csat: true,
      ces: true,
      comment: true,
      choices: true,
      locale: true,
      interaction: { select: { contributions: { select: { userId: true, role: true } } } },
    },
  });
  expect(r).toMatchObject(want);
  expect(r.interaction.contributions.map((c) => `${c.userId}:${c.role}`).sort()).toEqual(
    [`${shop.aiko.id}:frontline`, `${shop.baker.id}:backoffice`].sort(),
  );
}

/** Waits until the service worker controls the page and holds a copy of it. */
export async function waitForOfflineReady(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 20_000 });
  await page.waitForFunction(
    async () => {
      const cache = await caches.open("ensemble-pages");
      const keys = await cache.keys();
      return keys.some((k) => new URL(k.url).pathname === location.pathname);
    },
    null,
    { timeout: 20_000, polling: 200 },
  );
}

export async function swVersion(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const ch = new MessageChannel();
        ch.port1.onmessage = (e) => resolve((e.data as { version: string }).version);
        navigator.serviceWorker.controller!.postMessage({ type: "version" }, [ch.port2]);
      }),
  );
}

/** How many answers wait in the page's IndexedDB outbox. */
export function outboxCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open("ensemble-outbox");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          if (!idb.objectStoreNames.contains("items")) return (resolve(0), idb.close());
          const r = idb.transaction("items").objectStore("items").count();
          r.onsuccess = () => (resolve(r.result), idb.close());
          r.onerror = () => reject(r.error);
        };
      }),
  );
}
