/// <reference lib="webworker" />
// The service worker (bundled by scripts/build-sw.mjs, manifest injected by workbox-build).
// - Precache: the offline page (a customer needs nothing else: the survey page carries its script
//   inline, so the copy kept of it works offline); revisioned by content, caches of older builds
//   removed on activation.
// - App tier: kiosk script, manifest, icons and the app's CSS, cached when a staff or kiosk page
//   sends "warm-app" (scripts/build-sw.mjs explains the split), one cache per build.
// - Navigations to survey links, the kiosk and the staff feed: network first, the last copy
//   when offline (or after 4 s of a dead network); other pages fall back to /offline.html.
// - /_next/static/ (immutable, hashed): cache first, as visited.
// - Background Sync "ensemble-outbox": sends the outbox even after the tab was closed.
// A new build takes over on the next visit (skipWaiting + clientsClaim).
import { clientsClaim } from "workbox-core";
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from "workbox-precaching";
import { registerRoute, setCatchHandler } from "workbox-routing";
import { CacheFirst, NetworkFirst } from "workbox-strategies";
import { drainOutbox } from "./drain";

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };
declare const __SW_VERSION__: string;
declare const __APP_ASSETS__: { url: string; revision: string | null }[];

export const SW_VERSION = __SW_VERSION__;
const PAGES = "ensemble-pages";
const STATIC = "ensemble-next-static";
const APP = `ensemble-app-${SW_VERSION}`;
const appPaths = new Set(__APP_ASSETS__.map((a) => new URL(a.url, self.location.origin).pathname));
const PAGE_PATH = /^\/(s\/[0-9A-Za-z]+\/?|kiosk\/?|me\/?)$/;

self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
const precached = self.__WB_MANIFEST;
precacheAndRoute(precached, { ignoreURLParametersMatching: [/^utm_/, /^lang$/] });

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith("ensemble-app-") && k !== APP).map((k) => caches.delete(k))),
      ),
  );
});

// A page that links its script (the kiosk; a survey page whose script could not be inlined) asks
// for /kiosk.js or /survey.js?v=…: offline, give it this build's copy if there is one.
const currentScript = (path: string) =>
  precached.map((e) => (typeof e === "string" ? e : e.url)).find((u) => u.startsWith(`${path}?`));
registerRoute(
  ({ url }) => url.origin === self.location.origin && (url.pathname === "/survey.js" || url.pathname === "/kiosk.js"),
  async ({ request, url }) => {
    const hit = (await caches.match(request, { ignoreVary: true })) ?? null;
    if (hit) return hit;
    try {
      return await fetch(request);
    } catch {
      const fallback = currentScript(url.pathname);
      return (
        (fallback && (await matchPrecache(fallback))) ||
        (await caches.match(url.pathname, { ignoreSearch: true })) ||
        Response.error()
      );
    }
  },
);

registerRoute(
  ({ url }) => url.origin === self.location.origin && appPaths.has(url.pathname),
  new CacheFirst({ cacheName: APP, matchOptions: { ignoreVary: true } }),
);

const pageStrategy = new NetworkFirst({
  cacheName: PAGES,
  networkTimeoutSeconds: 4,
  // One copy per page whatever the ?lang= or the negotiated encoding.
  matchOptions: { ignoreSearch: true, ignoreVary: true },
  plugins: [
    { cacheWillUpdate: async ({ response }) => (response.status === 200 && !response.redirected ? response : null) },
    { cacheDidUpdate: () => trim(PAGES, 60) },
    {
      cachedResponseWillBeUsed: async ({ request, cachedResponse }) =>
        cachedResponse && new URL(request.url).pathname.startsWith("/me")
          ? withOfflineBanner(cachedResponse)
          : cachedResponse,
    },
  ],
});
registerRoute(
  ({ request, url }) =>
    request.mode === "navigate" && url.origin === self.location.origin && PAGE_PATH.test(url.pathname),
  pageStrategy,
);

registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith("/_next/static/"),
  new CacheFirst({ cacheName: STATIC, plugins: [{ cacheDidUpdate: () => trim(STATIC, 200) }] }),
);

/**
 * The staff feed served from the cache gets a clear "offline, as of …" bar (the time the copy
 * was fetched). It goes at the end of <body>, where React 19 tolerates extra nodes on hydration.
 */
async function withOfflineBanner(response: Response): Promise<Response> {
  const html = await response.text();
  const fetched = response.headers.get("date");
  const when = fetched ? new Date(fetched).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }) : "";
  const bar =
    '<div role="status" data-offline-banner style="position:fixed;left:0;right:0;bottom:0;z-index:2147483647;padding:12px 16px;background:#fff4d6;color:#3d2c00;border-top:2px solid #c99a2e;font:600 15px/1.4 system-ui,sans-serif;text-align:center">' +
    `You are offline. This is your feed as of ${when || "your last visit"}.</div>`;
  const body = html.includes("</body>") ? html.replace("</body>", `${bar}</body>`) : html + bar;
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

// Signing out forgets the cached staff feed, so the next person on a shared phone cannot read it.
self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (
    url.origin === self.location.origin &&
    url.pathname.startsWith("/api/auth/signout") &&
    event.request.method === "POST"
  ) {
    event.waitUntil(
      caches.open(PAGES).then(async (cache) => {
        for (const k of await cache.keys()) if (new URL(k.url).pathname.startsWith("/me")) await cache.delete(k);
      }),
    );
  }
});

/** Keeps a runtime cache to its newest `max` entries (Cache keys are in insertion order). */
async function trim(name: string, max: number) {
  const cache = await caches.open(name);
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - max)).map((k) => cache.delete(k)));
}

setCatchHandler(async ({ request }) => {
  if (request.mode === "navigate") return (await matchPrecache("/offline.html")) ?? Response.error();
  return Response.error();
});

self.addEventListener("message", (event) => {
  const data = event.data as { type?: string; url?: string; html?: string } | null;
  if (data?.type === "cache-page" && data.url) {
    const url = new URL(data.url);
    if (url.origin !== self.location.origin || !PAGE_PATH.test(url.pathname)) return;
    const copy = data.html
      ? Promise.resolve(
          new Response(data.html, {
            headers: { "content-type": "text/html; charset=utf-8", date: new Date().toUTCString() },
          }),
        )
      : fetch(url.href, { credentials: "same-origin" });
    event.waitUntil(
      copy
        .then(async (res) => {
          if (res.status === 200 && !res.redirected) await (await caches.open(PAGES)).put(url.href, res);
        })
        .catch(() => undefined),
    );
  } else if (data?.type === "warm-app") {
    event.waitUntil(
      caches.open(APP).then(async (cache) => {
        for (const a of __APP_ASSETS__) if (!(await cache.match(a.url))) await cache.add(a.url).catch(() => undefined);
      }),
    );
  } else if (data?.type === "version") {
    event.ports[0]?.postMessage({ version: SW_VERSION });
  }
});

type SyncEvent = ExtendableEvent & { tag: string };
self.addEventListener(
  "sync" as keyof ServiceWorkerGlobalScopeEventMap,
  ((event: SyncEvent) => {
    if (event.tag !== "ensemble-outbox") return;
    event.waitUntil(
      drainOutbox().then(async (r) => {
        for (const c of await self.clients.matchAll({ type: "window" })) c.postMessage({ type: "outbox-synced" });
        // Throwing asks the browser to retry the sync later with its own backoff.
        if (r.pending && !r.held) throw new Error("outbox not empty yet");
      }),
    );
  }) as EventListener,
);
