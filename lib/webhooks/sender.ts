// The server thread's side of the webhook sender: starts lib/webhooks/sender-thread.ts in a
// worker thread and hands it the fan-out's fresh deliveries (deliver.ts's hand-off) by message.
// The thread loads TypeScript as the server does, through tsx (its CommonJS hook, registered
// first thing in the thread). If the thread dies it is started again; deliveries it held stay
// claimed until their lease runs out and are then sent like any other. stop() lets a round in
// flight finish (its POSTs take at most TIMEOUT_MS), then ends the thread.
import { createRequire } from "node:module";
import { join } from "node:path";
import { SHARE_ENV, Worker } from "node:worker_threads";
import type { Loop } from "../events/loop";
import { READY_MAX, senderId, setHandOffSink, TIMEOUT_MS } from "./deliver";
import type { FromSender, SenderThreadData, ToSender } from "./sender-thread";

const BOOT = `const { workerData } = require("node:worker_threads");
require(workerData.tsx).register();
require(workerData.entry);`;

const RESTART_MS = 1_000;
const RESTART_MAX_MS = 30_000;

export function startSenderThread(opts: { pollMs: number; gatherMs: number }): Loop {
  const tsx = createRequire(__filename).resolve("tsx/cjs/api");
  const entry = join(__dirname, "sender-thread.ts");
  let worker: Worker | null = null;
  let exited: Promise<void> = Promise.resolve();
  let stopped = false;
  let restartMs = RESTART_MS;
  let restart: NodeJS.Timeout | null = null;
  // Hand-offs posted to the current thread and how many of them it reported taken.
  let sent = 0;
  let taken = 0;
  const send = (m: ToSender) => worker?.postMessage(m);

  const spawn = () => {
    restart = null;
    sent = taken = 0;
    const data: SenderThreadData & { tsx: string; entry: string } = { ...opts, senderId, tsx, entry };
    const w = new Worker(BOOT, { eval: true, env: SHARE_ENV, workerData: data });
    w.unref(); // never what keeps a process alive
    w.on("message", (m: FromSender) => {
      if ("taken" in m) taken = m.taken;
      else if ("ready" in m) restartMs = RESTART_MS;
    });
    w.on("error", (error) => console.error(`[webhooks] the sender thread failed: ${error.message}`));
    exited = new Promise((resolve) =>
      w.on("exit", (code) => {
        if (worker === w) worker = null;
        resolve();
        if (stopped) return;
        console.error(`[webhooks] the sender thread ended (${code}); starting it again in ${restartMs} ms`);
        restart = setTimeout(spawn, restartMs);
        restart.unref();
        restartMs = Math.min(RESTART_MAX_MS, restartMs * 2);
      }),
    );
    worker = w;
  };
  spawn();
  setHandOffSink({
    room: () => (worker ? Math.max(0, READY_MAX - (sent - taken)) : 0),
    take: (items) => {
      if (!worker) return;
      sent += items.length;
      send({ deliveries: items });
    },
  });

  return {
    wake: () => send({ wake: true }),
    async stop() {
      stopped = true;
      setHandOffSink(null);
      if (restart) clearTimeout(restart);
      const w = worker;
      if (!w) return;
      w.ref(); // a process that stops the sender waits for it
      send({ stop: true });
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), TIMEOUT_MS + 5_000)));
      if ((await Promise.race([exited, late])) === "late") await w.terminate();
      clearTimeout(timer);
    },
  };
}
