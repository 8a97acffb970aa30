/// <reference lib="webworker" />
// The service worker (bundled by scripts/build-sw.mjs, manifest injected by workbox-build).
// - Precache: the survey and kiosk scripts, the offline page, icons, manifest and the app's CSS,
//   revisioned by content; caches of older builds are removed on activation.
// - Navigations to survey links, the kiosk and the staff feed: network first, the last copy
//   when offline (or after 4 s of a dead network); other pages fall back to /offline.html.
// - /_next/static/ (immutable, hashed): cache first, as visited.
// - Background Sync "ensemble-outbox": sends the outbox even after the tab was closed.
// A new build takes over on the next visit (skipWaiting + clientsClaim).
import { clientsClaim } from "workbox-core";
import { ExpirationPlugin } from "workbox-expiration";
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from "workbox-precaching";
import { registerRoute, setCatchHandler } from "workbox-routing";
import { CacheFirst, NetworkFirst } from "workbox-strategies";
import { drainOutbox } from "./drain";

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };
declare const __SW_VERSION__: string;

export const SW_VERSION = __SW_VERSION__;
const PAGES = "ensemble-pages";
const STATIC = "ensemble-next-static";
const PAGE_PATH = /^\/(s\/[0-9A-Za-z]+\/?|kiosk\/?|me\/?)$/;

self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/^v$/, /^utm_/, /^lang$/] });

const pageStrategy = new NetworkFirst({
  cacheName: PAGES,
  networkTimeoutSeconds: 4,
  // One copy per page whatever the ?lang= or the negotiated encoding.
  matchOptions: { ignoreSearch: true, ignoreVary: true },
  plugins: [
    { cacheWillUpdate: async ({ response }) => (response.status === 200 && !response.redirected ? response : null) },
    new ExpirationPlugin({ maxEntries: 60 }),
  ],
});
registerRoute(({ request, url }) => request.mode === "navigate" && url.origin === self.location.origin && PAGE_PATH.test(url.pathname), pageStrategy);

registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith("/_next/static/"),
  new CacheFirst({ cacheName: STATIC, plugins: [new ExpirationPlugin({ maxEntries: 200, purgeOnQuotaError: true })] }),
);

setCatchHandler(async ({ request }) => {
  if (request.mode === "navigate") return (await matchPrecache("/offline.html")) ?? Response.error();
  return Response.error();
});

self.addEventListener("message", (event) => {
  const data = event.data as { type?: string; url?: string } | null;
  if (data?.type === "cache-page" && data.url) {
    const url = new URL(data.url);
    if (url.origin !== self.location.origin || !PAGE_PATH.test(url.pathname)) return;
    event.waitUntil(
      fetch(url.href, { credentials: "same-origin" })
        .then(async (res) => {
          if (res.status === 200 && !res.redirected) await (await caches.open(PAGES)).put(url.href, res);
        })
        .catch(() => undefined),
    );
  } else if (data?.type === "version") {
    event.ports[0]?.postMessage({ version: SW_VERSION });
  }
});

type SyncEvent = ExtendableEvent & { tag: string };
self.addEventListener("sync" as keyof ServiceWorkerGlobalScopeEventMap, ((event: SyncEvent) => {
  if (event.tag !== "ensemble-outbox") return;
  event.waitUntil(
    drainOutbox().then(async (r) => {
      for (const c of await self.clients.matchAll({ type: "window" })) c.postMessage({ type: "outbox-synced" });
      // Throwing asks the browser to retry the sync later with its own backoff.
      if (r.pending && !r.held) throw new Error("outbox not empty yet");
    }),
  );
}) as EventListener);
