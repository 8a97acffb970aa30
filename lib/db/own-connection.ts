// A database connection of a thread's own, without Prisma, for a worker thread that runs only
// raw statements (lib/db/raw.ts), such as the webhook sender's (lib/webhooks/sender-thread.ts).
// SQLite: one better-sqlite3 connection to the same file (WAL, so it reads beside the server's
// connection); raw write transactions take the write lock when they begin (lib/db/raw.ts), each
// connection waiting up to 10 s for the other's. PostgreSQL: a small pool of its own.
import { dbTarget, setThreadDriver, type DriverHandle } from "../db";
import { loadSqlite, sqliteStatement } from "./sqlite-driver";

let opened: DriverHandle | undefined;

/** Opens the connection and makes it this thread's raw driver. */
export async function openOwnConnection(poolSize = 4): Promise<void> {
  const target = dbTarget();
  if (target.provider === "sqlite") {
    const Database = loadSqlite();
    const client = new Database(target.file, { fileMustExist: true, timeout: 10_000 });
    client.pragma("synchronous = NORMAL"); // as lib/db.ts sets it for the server's connection
    // Checkpoints are the checkpoint thread's (lib/db/sqlite-checkpoint.ts) or else the server
    // connection's, never a commit of this one.
    client.pragma("wal_autocheckpoint = 0");
    let tail: Promise<void> = Promise.resolve();
    const startTransaction = async () => {
      // One transaction at a time on the connection, as the Prisma adapter's lock does.
      let release!: () => void;
      const previous = tail;
      tail = new Promise<void>((r) => (release = r));
      await previous;
      try {
        sqliteStatement(client, "BEGIN").run();
      } catch (error) {
        release();
        throw error;
      }
      const done = async () => release();
      return { commit: done, rollback: done };
    };
    opened = { provider: "sqlite", adapter: { client, startTransaction } };
  } else {
    const { Pool } = await import("pg");
    opened = { provider: "postgres", pool: new Pool({ connectionString: target.url, max: poolSize }) };
  }
  setThreadDriver(opened);
}

export async function closeOwnConnection(): Promise<void> {
  const driver = opened;
  opened = undefined;
  setThreadDriver(undefined);
  if (driver?.provider === "sqlite") driver.adapter.client.close();
  else if (driver) await driver.pool.end();
}
