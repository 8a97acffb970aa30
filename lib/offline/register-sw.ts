// Registers the service worker (scope /) once the page has loaded, and asks it to keep a
// copy of this page so a link opened once online can be answered later offline.
export function registerServiceWorker() {
  if (!("serviceWorker" in navigator)) return;
  const go = () => {
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined);
    void navigator.serviceWorker.ready.then((reg) => reg.active?.postMessage({ type: "cache-page", url: location.href }));
  };
  if (document.readyState === "complete") go();
  else addEventListener("load", go);
}
