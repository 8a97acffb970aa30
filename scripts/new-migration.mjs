// Authors the next migration for both providers: diffs the schema each provider's migrations
// last produced (migrations/schema.snapshot.prisma) against prisma/models.prisma.
// Usage: node scripts/new-migration.mjs add_something
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";

const name = process.argv[2];
if (!/^[a-z0-9_]+$/.test(name ?? "")) {
  console.error("usage: node scripts/new-migration.mjs NAME   (NAME: lowercase letters, digits, _)");
  process.exit(1);
}
execFileSync("node", ["scripts/gen-schemas.mjs"], { stdio: "inherit" });
execFileSync("node", ["scripts/generate-clients.mjs"], { stdio: "inherit" });
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false", PRISMA_QUERY_ENGINE_LIBRARY: "/bin/false" };
mkdirSync("data", { recursive: true });
for (const provider of ["sqlite", "postgres"]) {
  const dir = `prisma/${provider}/migrations`;
  const sql = execFileSync(
    "npx",
    [
      "prisma",
      "migrate",
      "diff",
      "--from-schema-datamodel",
      `${dir}/schema.snapshot.prisma`,
      "--to-schema-datamodel",
      `prisma/${provider}/schema.prisma`,
      "--script",
    ],
    { env, encoding: "utf8" },
  );
  mkdirSync(`${dir}/${stamp}_${name}`, { recursive: true });
  writeFileSync(`${dir}/${stamp}_${name}/migration.sql`, sql);
  copyFileSync(`prisma/${provider}/schema.prisma`, `${dir}/schema.snapshot.prisma`);
  console.log(`wrote ${dir}/${stamp}_${name}/migration.sql`);
}
