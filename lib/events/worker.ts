// The background loops of every app instance: the event dispatcher, in the server's thread, and
// the webhook sender, in a thread of its own (lib/webhooks/sender.ts). Each runs a round shortly
// after it is woken (an answer committed here; EVENTS_GATHER_MS, default 200 ms, gathers a burst
// into one round) and otherwise polls, so events recorded by another instance or a crashed one
// are picked up within EVENTS_POLL_MS. Several instances over one PostgreSQL share the work
// through leased claims (see claims.ts).
import { startSenderThread } from "../webhooks/sender";
import { DISPATCH_BATCH, dispatchOnce } from "./dispatch";
import { loop, type Loop } from "./loop";

const DEFAULT_POLL_MS = 1_000;
/** After news, wait this long so one round takes what arrived meanwhile (EVENTS_GATHER_MS). */
const DEFAULT_GATHER_MS = 200;

export function startEventWorkers(pollMs = Number(process.env.EVENTS_POLL_MS ?? DEFAULT_POLL_MS)): Loop {
  const gather = Number(process.env.EVENTS_GATHER_MS ?? DEFAULT_GATHER_MS);
  const gatherMs = Math.min(pollMs, Number.isFinite(gather) && gather >= 0 ? gather : DEFAULT_GATHER_MS);
  // Fresh deliveries are handed to the sender thread by message (lib/webhooks/fan-out.ts).
  const sender = startSenderThread({ pollMs, gatherMs });
  // New deliveries come from the dispatcher: a busy dispatch round wakes the sender.
  const dispatcher = loop(
    "events",
    async () => {
      const n = await dispatchOnce();
      if (n) sender.wake();
      return n;
    },
    { pollMs, gatherMs, batch: DISPATCH_BATCH },
  );
  const g = globalThis as { __ensembleWakeDispatcher?: () => void };
  g.__ensembleWakeDispatcher = () => dispatcher.wake();
  return {
    wake: () => dispatcher.wake(),
    async stop() {
      g.__ensembleWakeDispatcher = undefined;
      await dispatcher.stop();
      await sender.stop();
    },
  };
}
