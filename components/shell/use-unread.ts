"use client";
// The unread notification count for the navigation badge: the server's figure at render, then
// re-read on every navigation, when the tab comes back into view, and every 30 s.
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

const POLL_MS = 30_000;

export function useUnread(initial: number): number {
  const pathname = usePathname();
  const [state, setState] = useState({ base: initial, value: initial });
  // A fresh server render (after marking read, say) wins over the last poll.
  if (state.base !== initial) setState({ base: initial, value: initial });

  useEffect(() => {
    let cancelled = false;
    const read = () => {
      fetch("/api/notifications/unread", { cache: "no-store" })
        .then((r) => (r.ok ? r.json() : null))
        .then((j: { unread?: number } | null) => {
          if (!cancelled && typeof j?.unread === "number") setState((s) => ({ ...s, value: j.unread! }));
        })
        .catch(() => {});
    };
    read();
    const timer = setInterval(read, POLL_MS);
    const onVisible = () => document.visibilityState === "visible" && read();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      cancelled = true;
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [pathname]);

  return state.value;
}
