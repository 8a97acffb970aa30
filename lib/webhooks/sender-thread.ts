// The webhook sender's thread (started by lib/webhooks/sender.ts in every server process): the
// sender loop of deliver.ts on a database connection of its own (lib/db/own-connection.ts), so
// the POSTs and the logging of their attempts take no time from the thread that ingests. The
// server thread's fan-out inserts fresh deliveries already claimed under this sender's id and
// posts them here once their transaction committed; the loop sends those first and claims the
// rest (retries, deliveries of paused endpoints resumed, other instances' expired claims) from
// the table. It reports how many hand-offs it has taken, so the server thread hands over only as
// many as the queue has room for.
import { parentPort, workerData } from "node:worker_threads";
import { closeOwnConnection, openOwnConnection } from "../db/own-connection";
import { loop } from "../events/loop";
import { closeAgents, DELIVERY_BATCH, deliverOnce, handOff, setSenderWake, takenCount, type Ready } from "./deliver";

export type SenderThreadData = { senderId: string; pollMs: number; gatherMs: number };
/** Messages to the thread: fresh claimed deliveries, a wake (due rows in the table), stop. */
export type ToSender = { deliveries: Ready[] } | { wake: true } | { stop: true };
/** Messages from the thread: connected, and how many hand-offs it has taken so far. */
export type FromSender = { ready: true } | { taken: number };

async function main() {
  const port = parentPort;
  if (!port) throw new Error("sender-thread.ts runs as a worker thread (lib/webhooks/sender.ts)");
  const { pollMs, gatherMs } = workerData as SenderThreadData;
  let reported = 0;
  const report = () => {
    const n = takenCount();
    if (n !== reported) port.postMessage({ taken: (reported = n) } satisfies FromSender);
  };
  let sender: ReturnType<typeof loop> | null = null;
  // Hand-offs that arrive while connecting wait in the queue for the loop's first round.
  setSenderWake(() => sender?.wake());
  const opening = openOwnConnection();
  let stopping: Promise<void> | null = null;
  const stop = async () => {
    await opening.catch(() => {});
    await sender?.stop();
    setSenderWake(null);
    report();
    closeAgents();
    await closeOwnConnection();
    port.close(); // nothing else holds the thread: it ends
  };
  port.on("message", (m: ToSender) => {
    if ("deliveries" in m) handOff(m.deliveries);
    else if ("wake" in m) sender?.wake();
    else if ("stop" in m) stopping ??= stop();
  });
  await opening;
  if (stopping) return;
  sender = loop(
    "webhooks",
    async () => {
      try {
        return await deliverOnce();
      } finally {
        report();
      }
    },
    { pollMs, gatherMs, batch: DELIVERY_BATCH },
  );
  port.postMessage({ ready: true } satisfies FromSender);
}

main().catch((error) => {
  console.error(`[webhooks] the sender thread could not start: ${(error as Error).message}`);
  process.exit(1);
});
