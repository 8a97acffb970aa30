"use client";
// The service worker serves /me from its cache when the network is gone; this says so, with the
// time the cached page was rendered, so nobody mistakes an old feed for a live one.
import { useEffect, useState } from "react";

export function OfflineBanner({ renderedAt }: { renderedAt: string }) {
  const [offline, setOffline] = useState(false);
  useEffect(() => {
    // The service worker stamps its own bar on a feed it serves from cache; one notice is enough.
    const update = () => setOffline(!navigator.onLine && !document.querySelector("[data-offline-banner]"));
    update();
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);
  if (!offline) return null;
  const at = new Date(renderedAt).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
  return (
    <p
      role="status"
      className="mb-4 rounded-lg border border-warn/30 bg-warn-soft px-4 py-3 text-sm font-medium text-warn"
    >
      Offline — showing your feed as of {at}.
    </p>
  );
}
