// The one database client. DATABASE_URL picks the provider (lib/db/url.ts); each provider has
// its own generated client (prisma/<provider>/schema.prisma, same models) and driver adapter.
import "server-only";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { PrismaClient } from "./generated/sqlite";
import { parseDatabaseUrl, type DbTarget } from "./db/url";
import { startCheckpointer, type Checkpointer } from "./db/sqlite-checkpoint";

export type Db = PrismaClient;
export type { Prisma } from "./generated/sqlite";

// The generated clients are loaded by Node from the repository at run time, not bundled: they locate
// their files through process.cwd(), which makes a bundler trace the whole project (and warn about it on
// every build). Every entry point (server, CLI, seed, tests) runs from the repository root.
const fromRepository = createRequire(join(process.cwd(), "package.json"));

/**
 * The driver under Prisma's adapter, kept when Prisma connects, so the answer write path can run
 * its statements on the same connection (SQLite, under the adapter's own transaction lock) or
 * pool (PostgreSQL) without the ORM's per-statement cost (lib/db/raw.ts).
 */
export type DriverHandle =
  { provider: "sqlite"; adapter: SqliteAdapter } | { provider: "postgres"; pool: import("pg").Pool };
/** What the write path uses of the SQLite adapter: its connection and its transaction lock. */
export type SqliteAdapter = {
  client: import("better-sqlite3").Database;
  /** Waits for the adapter's lock, then BEGINs; commit()/rollback() only release the lock. */
  startTransaction(): Promise<{ commit(): Promise<void>; rollback(): Promise<void> }>;
};

type Holder = { client?: Db; target?: DbTarget; driver?: DriverHandle; checkpointer?: Checkpointer | null };
const holder: Holder = ((globalThis as { __ensembleDb?: Holder }).__ensembleDb ??= {});

export function dbTarget(): DbTarget {
  return (holder.target ??= parseDatabaseUrl(process.env.DATABASE_URL));
}

/** The better-sqlite3 the adapter loads (one copy in the process: lib/db/sqlite-driver.ts). */
function sqliteDriverPath(): string {
  return createRequire(fromRepository.resolve("@prisma/adapter-better-sqlite3")).resolve("better-sqlite3");
}

function createClient(target: DbTarget): Db {
  if (target.provider === "sqlite") {
    const { file } = target;
    mkdirSync(dirname(file), { recursive: true });
    const { PrismaClient } = fromRepository("./lib/generated/sqlite") as typeof import("./generated/sqlite");
    const { PrismaBetterSQLite3 } =
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily: only the configured provider's client and driver are ever loaded
      require("@prisma/adapter-better-sqlite3") as typeof import("@prisma/adapter-better-sqlite3");
    class Adapter extends PrismaBetterSQLite3 {
      override async connect() {
        const adapter = await super.connect();
        const sqlite = adapter as unknown as SqliteAdapter;
        // WAL (set by the migration runner) with synchronous=NORMAL: a committed answer survives a
        // crash or kill -9 of the app; only a power cut can lose the last moments. FULL would add an
        // fsync to every commit, which measured ~5 ms each here and capped ingest at a few hundred/s.
        sqlite.client.pragma("synchronous = NORMAL");
        // Checkpoints (and their fsyncs) on a thread of their own, not inside an answer's commit.
        holder.checkpointer = startCheckpointer(sqlite.client, file, sqliteDriverPath());
        holder.driver = { provider: "sqlite", adapter: sqlite };
        return adapter;
      }
    }
    return new PrismaClient({ adapter: new Adapter({ url: `file:${target.file}`, timeout: 10_000 }) });
  }
  const { PrismaClient } = fromRepository("./lib/generated/postgres") as typeof import("./generated/postgres");
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily: only the configured provider's client and driver are ever loaded
  const { PrismaPg } = require("@prisma/adapter-pg") as typeof import("@prisma/adapter-pg");
  const max = Number(process.env.DATABASE_POOL_SIZE ?? 10);
  class Adapter extends PrismaPg {
    override async connect() {
      const adapter = await super.connect();
      const pool = (adapter as unknown as { underlyingDriver(): import("pg").Pool }).underlyingDriver();
      holder.driver = { provider: "postgres", pool };
      return adapter;
    }
  }
  return new PrismaClient({ adapter: new Adapter({ connectionString: target.url, max }) }) as unknown as Db;
}

/** The shared client, created on first use (so a bad DATABASE_URL fails where it is read). */
export function getDb(): Db {
  return (holder.client ??= createClient(dbTarget()));
}

/** The driver under the shared client if it has connected (for synchronous reads), else undefined. */
export function connectedDriver(): DriverHandle | undefined {
  return holder.client ? holder.driver : undefined;
}

/**
 * Makes `driver` this thread's raw driver (lib/db/raw.ts) without a Prisma client: a worker
 * thread that only runs raw statements on a connection of its own (lib/db/own-connection.ts).
 */
export function setThreadDriver(driver: DriverHandle | undefined) {
  holder.driver = driver;
}

/** The driver under the shared client, connecting it first if it has not yet. */
export async function getDriver(): Promise<DriverHandle> {
  if (!holder.driver) await getDb().$connect();
  if (!holder.driver) throw new Error("the database driver did not connect");
  return holder.driver;
}

export const db: Db = new Proxy({} as Db, {
  get(_t, prop) {
    const client = getDb() as unknown as Record<string | symbol, unknown>;
    const value = client[prop];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(client) : value;
  },
});

export async function disconnectDb() {
  await holder.checkpointer?.stop();
  holder.checkpointer = undefined;
  await holder.client?.$disconnect();
  holder.client = undefined;
  holder.target = undefined;
  holder.driver = undefined;
}
