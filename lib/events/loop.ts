// A background loop (the event dispatcher, the webhook sender): runs a round shortly after it is
// woken and otherwise polls. Shared by the server's thread and the webhook sender's thread
// (lib/webhooks/sender-thread.ts), so it imports nothing but timers.

/** A round that filled its batch goes again after only this breather: there is more waiting. */
const FULL_PAUSE_MS = 10;

export type Loop = { wake(): void; stop(): Promise<void> };

/**
 * Runs `round` (which returns how many rows it took, at most `batch`) when woken or every
 * `pollMs`. Under load, wakes come with every commit; they are gathered: a round starts at most
 * `gatherMs` after the first wake and takes everything due by then, so the work runs in a few
 * large batches (few statements, few write transactions) instead of one small round per answer.
 */
export function loop(
  name: string,
  round: () => Promise<number>,
  opts: { pollMs: number; gatherMs: number; batch: number },
): Loop {
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | null = null;
  let dueAt = Infinity;
  /** Runs a round in `ms`, unless one is already due sooner. */
  const schedule = (ms: number) => {
    if (stopped) return;
    const at = Date.now() + ms;
    if (timer && dueAt <= at) return;
    if (timer) clearTimeout(timer);
    dueAt = at;
    timer = setTimeout(run, ms);
    timer.unref();
  };
  const run = () => {
    timer = null;
    dueAt = Infinity;
    if (stopped) return;
    if (running) {
      again = true; // woken mid-round: go round again once this one ends
      return;
    }
    running = (async () => {
      let taken = 0;
      try {
        taken = await round();
      } catch (error) {
        console.error(`[${name}] round failed: ${(error as Error).message}`);
      }
      running = null;
      const woken = again;
      again = false;
      schedule(taken >= opts.batch ? FULL_PAUSE_MS : taken > 0 || woken ? opts.gatherMs : opts.pollMs);
    })();
  };
  schedule(0);
  return {
    wake: () => {
      if (running) again = true;
      else schedule(opts.gatherMs);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
