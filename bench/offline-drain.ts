// How long 1,000 answers queued offline on a kiosk take to drain after the network returns:
// real Chromium, the real kiosk page and its IndexedDB outbox, the real server on SQLite.
// The answers are written into the outbox the way the kiosk's submit does (clicking 1,000
// times would measure Playwright, not the drain). Target: 10 s on 2 cores; the count stored
// must equal 1,000.
// Usage: npx tsx bench/offline-drain.ts   (after `npm run build`; falls back to --dev)
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, startBenchServer } from "./bench-server";

const N = Number(process.env.N ?? 1000);
const TARGET_S = 10;

async function main() {
  const server = await startBenchServer("drain");
  const { makeOrg, makeTouchpoint, makeUser } = await import("../tests/factories");
  const { createApiKey } = await import("../lib/auth/api-key");
  const { db } = await import("../lib/db");
  const org = await makeOrg({ name: "Kumo Bakery" });
  const tp = await makeTouchpoint(org.id, "store-main");
  const aiko = await makeUser(org.id, { email: "aiko@example.test" });
  await db.attributionRule.create({ data: { orgId: org.id, touchpointId: tp.id, userId: aiko.id, role: "frontline" } });
  const { key } = await createApiKey(org.id, { scope: "kiosk", touchpointId: tp.id, name: "bench tablet" });

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}/kiosk#key=${key}`);
    await page.waitForSelector("#survey");
    await context.setOffline(true);
    await page.evaluate(async (n) => {
      const idb = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open("ensemble-outbox", 1);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const t = idb.transaction("items", "readwrite");
      const store = t.objectStore("items");
      // (no named helpers in here: tsx would wrap them in a __name() the page does not have)
      for (let i = 0; i < n; i++) {
        let id = "";
        for (const b of crypto.getRandomValues(new Uint8Array(16))) id += b.toString(16).padStart(2, "0");
        const answeredAt = new Date(Date.now() - (n - i) * 1000).toISOString();
        store.put({
          id,
          kind: "kiosk",
          body: { id, touchpoint: "store-main", answers: { nps: i % 11, csat: 1 + (i % 5) }, locale: "en", answeredAt },
          queuedAt: Date.now() + i,
          attempts: 0,
        });
      }
      await new Promise((resolve, reject) => ((t.oncomplete = resolve), (t.onerror = () => reject(t.error))));
      idb.close();
    }, N);
    const outbox = () =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const r = indexedDB.open("ensemble-outbox", 1);
            r.onsuccess = () => {
              const c = r.result.transaction("items").objectStore("items").count();
              c.onsuccess = () => (resolve(c.result), r.result.close());
            };
          }),
      );
    console.log(`queued offline: ${await outbox()} answers`);

    const t0 = performance.now();
    await context.setOffline(false); // the page's "online" handler starts the drain
    while ((await outbox()) > 0) {
      if (performance.now() - t0 > 120_000) throw new Error("the outbox did not drain within 120 s");
      await new Promise((r) => setTimeout(r, 25));
    }
    const seconds = (performance.now() - t0) / 1000;
    const stored = await db.response.count({ where: { orgId: org.id } });
    console.log(
      `offline drain: ${N} queued answers confirmed in ${seconds.toFixed(2)} s after reconnect (target ${TARGET_S} s); responses stored: ${stored}`,
    );
    if (seconds > TARGET_S || stored !== N) process.exitCode = 1;
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
