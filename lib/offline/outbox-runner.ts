// When the page drains the outbox: at load, when the browser says it is online again, when
// the page becomes visible, when the service worker's Background Sync finished, and on a
// backoff timer with jitter while answers remain.
import { backoffDelay } from "./backoff";
import { drainOutbox, type DrainResult } from "./drain";

export const SYNC_TAG = "ensemble-outbox";

export type OutboxRunner = { kick(): Promise<DrainResult | null> };

export function startOutbox(onChange: (r: DrainResult | null) => void): OutboxRunner {
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: Promise<DrainResult | null> | null = null;

  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(kick, ms);
  };

  function kick(): Promise<DrainResult | null> {
    if (current) return current;
    clearTimeout(timer);
    current = drainOutbox()
      .then((r) => {
        if (r.busy) schedule(1_000);
        else if (r.pending) schedule(backoffDelay(failures++));
        else failures = 0;
        return r;
      })
      .catch(() => {
        schedule(backoffDelay(failures++));
        return null;
      })
      .then((r) => {
        current = null;
        onChange(r);
        return r;
      });
    return current;
  }

  addEventListener("online", () => {
    failures = 0;
    void kick();
  });
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") void kick();
  });
  navigator.serviceWorker?.addEventListener("message", (e) => {
    if ((e.data as { type?: string } | null)?.type === "outbox-synced") onChange(null);
  });
  void kick();
  return { kick };
}

/** Asks the service worker to send the outbox even after the tab is closed (Chromium). */
export async function requestBackgroundSync(): Promise<void> {
  try {
    const reg = (await navigator.serviceWorker?.ready) as
      (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }) | undefined;
    await reg?.sync?.register(SYNC_TAG);
  } catch {
    // Not supported or not permitted: the page's own triggers still apply.
  }
}
