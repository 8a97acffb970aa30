// WAL checkpoints on a thread of their own. SQLite's automatic checkpoint runs inside whichever
// commit crosses 1,000 WAL pages: that commit copies the pages into the database file and waits
// for two fsyncs, and on SQLite the whole server waits with it (better-sqlite3 is synchronous).
// Here the app's connection does no checkpoints; a worker thread with its own connection runs a
// PASSIVE checkpoint whenever the WAL has grown past the same 1,000 pages. Durability is what it
// was: commits are as durable as synchronous=NORMAL makes them, and a checkpoint still syncs the
// WAL before it copies and the database after. Should the worker stop, the connection checkpoints
// itself again.
import { Worker } from "node:worker_threads";
import type { Database } from "better-sqlite3";

const WAL_PAGES = 1000; // SQLite's default wal_autocheckpoint
const CHECK_MS = 50;
const BEHIND = 8; // WAL pages past WAL_PAGES × this: the connection checkpoints itself again

// Plain CommonJS, evaluated in the worker: nothing here is bundled or transpiled.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { statSync } = require("node:fs");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true, timeout: 10000 });
db.pragma("synchronous = NORMAL");
const limit = workerData.pageSize * workerData.pages;
let stopped = false;
let behind = false;
// On "stop" the thread ends by itself (no timer, no port left open): process.exit() here could end
// the whole process with this thread's code instead of the one the app chose.
parentPort.on("message", (m) => { if (m === "stop") { stopped = true; db.close(); parentPort.close(); } });
const tick = () => {
  if (stopped) return;
  let size = 0;
  try { size = statSync(workerData.file + "-wal").size; } catch {}
  if (size > limit) {
    try { db.pragma("wal_checkpoint(PASSIVE)"); } catch (e) { parentPort.postMessage({ error: String(e && e.message || e) }); }
  }
  // Writes that never pause leave no moment to start the WAL over: then the connection
  // checkpoints itself again until they do.
  if ((size > limit * workerData.behind) !== behind) parentPort.postMessage({ behind: (behind = !behind) });
  setTimeout(tick, workerData.checkMs);
};
tick();
`;

export type Checkpointer = { stop(): Promise<void> };

/** Moves `conn`'s checkpoints to a worker thread; `driverPath` is the better-sqlite3 module `conn` came from. */
export function startCheckpointer(conn: Database, file: string, driverPath: string): Checkpointer | null {
  if (process.env.SQLITE_CHECKPOINT_THREAD === "0") return null;
  const pageSize = Number(conn.pragma("page_size", { simple: true }));
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { file, driver: driverPath, pageSize, pages: WAL_PAGES, checkMs: CHECK_MS, behind: BEHIND },
    });
  } catch {
    return null;
  }
  conn.pragma("wal_autocheckpoint = 0");
  // When the connection starts the WAL over, it cuts the file back to this size, so the file's
  // size says how far the WAL has grown since the last complete checkpoint.
  conn.pragma(`journal_size_limit = ${pageSize * WAL_PAGES}`);
  let done = false;
  const fallBack = () => {
    if (done) return;
    done = true;
    if (conn.open) conn.pragma(`wal_autocheckpoint = ${WAL_PAGES}`);
  };
  worker.on("error", (error) => {
    console.error("[sqlite checkpoints] the checkpoint thread failed; the connection checkpoints itself", error);
    fallBack();
  });
  worker.on("exit", fallBack);
  worker.on("message", (m: { error?: string; behind?: boolean }) => {
    if (m.error) console.error("[sqlite checkpoints]", m.error);
    if (m.behind !== undefined && !done && conn.open) conn.pragma(`wal_autocheckpoint = ${m.behind ? WAL_PAGES : 0}`);
  });
  worker.unref(); // never keeps a process alive
  return {
    stop: async () => {
      if (done) return;
      fallBack();
      // Held (ref'd) while it stops: with nothing else pending, an unref'd thread and timer would
      // let the process end right here, with exit code 0, before its caller's process.exit(code).
      worker.ref();
      const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
      worker.postMessage("stop");
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 2000)))]);
      clearTimeout(timer);
    },
  };
}
