// The background loops of every app instance: the event dispatcher and the webhook sender. Each
// runs a round at once when woken (after an answer commits here) and otherwise polls, so events
// recorded by another instance or a crashed one are picked up within EVENTS_POLL_MS. Several
// instances over one PostgreSQL share the work through leased claims (see claims.ts).
import { deliverOnce } from "../webhooks/deliver";
import { dispatchOnce } from "./dispatch";

const DEFAULT_POLL_MS = 1_000;
const BUSY_PAUSE_MS = 20;

type Loop = { wake(): void; stop(): Promise<void> };

function loop(name: string, round: () => Promise<number>, pollMs: number): Loop {
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | null = null;
  const schedule = (ms: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, ms);
    timer.unref();
  };
  const run = () => {
    if (stopped) return;
    if (running) {
      again = true; // woken mid-round: go round once more straight after
      return;
    }
    running = (async () => {
      let busy = false;
      try {
        busy = (await round()) > 0;
      } catch (error) {
        console.error(`[${name}] round failed: ${(error as Error).message}`);
      }
      running = null;
      const next = again || busy;
      again = false;
      // A busy round is followed by a short breather, so answers being ingested keep the upper hand.
      schedule(next ? BUSY_PAUSE_MS : pollMs);
    })();
  };
  schedule(0);
  return {
    wake: () => schedule(0),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

export function startEventWorkers(pollMs = Number(process.env.EVENTS_POLL_MS ?? DEFAULT_POLL_MS)): Loop {
  const sender = loop("webhooks", () => deliverOnce(), pollMs);
  // New deliveries come from the dispatcher: a busy dispatch round wakes the sender.
  const dispatcher = loop(
    "events",
    async () => {
      const n = await dispatchOnce();
      if (n) sender.wake();
      return n;
    },
    pollMs,
  );
  const g = globalThis as { __ensembleWakeDispatcher?: () => void };
  g.__ensembleWakeDispatcher = () => dispatcher.wake();
  return {
    wake: () => dispatcher.wake(),
    async stop() {
      g.__ensembleWakeDispatcher = undefined;
      await Promise.all([dispatcher.stop(), sender.stop()]);
    },
  };
}
