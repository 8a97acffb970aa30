// Generates both Prisma clients (lib/generated/sqlite and lib/generated/postgres). Runs on
// npm install (postinstall) and after a schema change. The engine variables stop Prisma from
// downloading engines we do not use (driver adapters + engineType "client").
import { execFileSync } from "node:child_process";

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false",
  PRISMA_QUERY_ENGINE_LIBRARY: "/bin/false",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};
execFileSync(process.execPath, ["scripts/gen-schemas.mjs", "--check"], { stdio: "inherit" });
for (const provider of ["sqlite", "postgres"]) {
  execFileSync(
    process.execPath,
    ["node_modules/prisma/build/index.js", "generate", "--schema", `prisma/${provider}/schema.prisma`],
    { env, stdio: ["ignore", "ignore", "inherit"] },
  );
}
console.log("generated Prisma clients for sqlite and postgres");
