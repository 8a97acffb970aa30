// Writes prisma/<provider>/schema.prisma from prisma/models.prisma.
// The datasource provider must be a literal in Prisma 6, and a client generated for one
// provider refuses the other's adapter, so each provider gets its own schema and client.
// `node scripts/gen-schemas.mjs --check` exits 1 if a checked-in schema has drifted.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export function schemaFor(provider) {
  const models = readFileSync(join(root, "prisma/models.prisma"), "utf8");
  const header = `// GENERATED from prisma/models.prisma by scripts/gen-schemas.mjs. Do not edit.
generator client {
  provider        = "prisma-client-js"
  engineType      = "client"
  output          = "../../lib/generated/${provider}"
}

datasource db {
  provider = "${provider === "postgres" ? "postgresql" : "sqlite"}"
  url      = "${provider === "postgres" ? "postgresql://localhost/unused" : "file:./unused.db"}"
}

`;
  return header + models;
}

const check = process.argv.includes("--check");
let drift = false;
for (const provider of ["sqlite", "postgres"]) {
  const file = join(root, "prisma", provider, "schema.prisma");
  const want = schemaFor(provider);
  if (check) {
    let have = "";
    try {
      have = readFileSync(file, "utf8");
    } catch {
      // A missing schema is drift like any other: `have` stays empty and differs below.
    }
    if (have !== want) {
      console.error(`${file} differs from prisma/models.prisma; run node scripts/gen-schemas.mjs`);
      drift = true;
    }
  } else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, want);
  }
}
process.exit(drift ? 1 : 0);
