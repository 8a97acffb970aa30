// The one database client. DATABASE_URL picks the provider (lib/db/url.ts); each provider has
// its own generated client (prisma/<provider>/schema.prisma, same models) and driver adapter.
import "server-only";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { PrismaClient } from "./generated/sqlite";
import { parseDatabaseUrl, type DbTarget } from "./db/url";

export type Db = PrismaClient;
export type { Prisma } from "./generated/sqlite";

// The generated clients are loaded by Node from the repository at run time, not bundled: they locate
// their files through process.cwd(), which makes a bundler trace the whole project (and warn about it on
// every build). Every entry point (server, CLI, seed, tests) runs from the repository root.
const fromRepository = createRequire(join(process.cwd(), "package.json"));

type Holder = { client?: Db; target?: DbTarget };
const holder: Holder = ((globalThis as { __ensembleDb?: Holder }).__ensembleDb ??= {});

export function dbTarget(): DbTarget {
  return (holder.target ??= parseDatabaseUrl(process.env.DATABASE_URL));
}

function createClient(target: DbTarget): Db {
  if (target.provider === "sqlite") {
    mkdirSync(dirname(target.file), { recursive: true });
    const { PrismaClient } = fromRepository("./lib/generated/sqlite") as typeof import("./generated/sqlite");
    const { PrismaBetterSQLite3 } =
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily: only the configured provider's client and driver are ever loaded
      require("@prisma/adapter-better-sqlite3") as typeof import("@prisma/adapter-better-sqlite3");
    const client = new PrismaClient({
      adapter: new PrismaBetterSQLite3({ url: `file:${target.file}`, timeout: 10_000 }),
    });
    // WAL (set by the migration runner) with synchronous=NORMAL: a committed answer survives a
    // crash or kill -9 of the app; only a power cut can lose the last moments. FULL would add an
    // fsync to every commit, which measured ~5 ms each here and capped ingest at a few hundred/s.
    void client.$queryRawUnsafe("PRAGMA synchronous = NORMAL").catch(() => {});
    return client;
  }
  const { PrismaClient } = fromRepository("./lib/generated/postgres") as typeof import("./generated/postgres");
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily: only the configured provider's client and driver are ever loaded
  const { PrismaPg } = require("@prisma/adapter-pg") as typeof import("@prisma/adapter-pg");
  const max = Number(process.env.DATABASE_POOL_SIZE ?? 10);
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: target.url, max }) }) as unknown as Db;
}

/** The shared client, created on first use (so a bad DATABASE_URL fails where it is read). */
export function getDb(): Db {
  return (holder.client ??= createClient(dbTarget()));
}

export const db: Db = new Proxy({} as Db, {
  get(_t, prop) {
    const client = getDb() as unknown as Record<string | symbol, unknown>;
    const value = client[prop];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(client) : value;
  },
});

export async function disconnectDb() {
  await holder.client?.$disconnect();
  holder.client = undefined;
  holder.target = undefined;
}
