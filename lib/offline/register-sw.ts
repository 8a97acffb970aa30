// Registers the service worker (scope /) once the page has loaded, and asks it to keep a
// copy of this page so a link opened once online can be answered later offline. Staff and
// kiosk pages also ask it to cache the app's assets (warmApp); survey pages never do, so a
// customer downloads nothing they do not need.
export function registerServiceWorker(opts: { warmApp?: boolean } = {}) {
  if (!("serviceWorker" in navigator)) return;
  // The page as the server sent it, taken before any script changes the DOM: the worker keeps
  // this copy instead of downloading the page a second time (it is ~5 KB of a 30 KB budget).
  const html = opts.warmApp ? undefined : `<!doctype html>${document.documentElement.outerHTML}`;
  const go = () => {
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined);
    void navigator.serviceWorker.ready.then((reg) => {
      reg.active?.postMessage({ type: "cache-page", url: location.href, html });
      if (opts.warmApp) reg.active?.postMessage({ type: "warm-app" });
    });
  };
  if (document.readyState === "complete") go();
  else addEventListener("load", go);
}
