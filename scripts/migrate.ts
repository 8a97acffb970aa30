// npm run db:migrate: applies pending migrations to the database DATABASE_URL names.
import { parseDatabaseUrl, DatabaseUrlError } from "../lib/db/url";
import { migrate } from "../lib/db/migrate";

async function main() {
  const target = parseDatabaseUrl(process.env.DATABASE_URL);
  const applied = await migrate(target);
  console.log(applied.length ? `applied ${applied.join(", ")}` : "database is up to date");
  // Imported only now: the client must not open the database before the migrations ran.
  const { backfillAfter } = await import("../lib/rollups/backfill");
  const rebuilt = await backfillAfter(applied);
  if (rebuilt) console.log(`rebuilt the rollups of ${rebuilt} organisation(s)`);
}

main().catch((error) => {
  console.error(error instanceof DatabaseUrlError ? error.message : `migration failed: ${(error as Error).message}`);
  process.exit(1);
});
