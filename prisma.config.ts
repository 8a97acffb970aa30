// Configuration for the Prisma CLI only (generate and migration authoring).
// The app applies migrations itself (lib/db/migrate.ts) and builds its client in lib/db.ts.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= "/bin/false";
import { existsSync } from "node:fs";
import { defineConfig } from "prisma/config";
import { parseDatabaseUrl } from "./lib/db/url";

if (existsSync(".env")) process.loadEnvFile(".env");
const target = parseDatabaseUrl(process.env.DATABASE_URL);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: `prisma/${target.provider}/schema.prisma`,
  async adapter() {
    if (target.provider === "sqlite") {
      const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
      return new PrismaBetterSQLite3({ url: `file:${target.file}` });
    }
    const { PrismaPg } = await import("@prisma/adapter-pg");
    return new PrismaPg({ connectionString: target.url });
  },
});
