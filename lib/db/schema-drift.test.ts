// The two provider schemas are generated from prisma/models.prisma, and each provider's
// migrations must produce exactly that model. These tests fail when someone edits one side only.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { migrate } from "./migrate";

const root = join(__dirname, "..", "..");
const models = [...readFileSync(join(root, "prisma/models.prisma"), "utf8").matchAll(/^model (\w+) \{/gm)]
  .map((m) => m[1])
  .sort();

describe("schema sources", () => {
  it("provider schemas are generated from prisma/models.prisma", () => {
    expect(() =>
      execFileSync(process.execPath, [join(root, "scripts/gen-schemas.mjs"), "--check"], { stdio: "pipe" }),
    ).not.toThrow();
  });

  it.each(["sqlite", "postgres"])("%s migrations are authored up to the current schema", (provider) => {
    const schema = readFileSync(join(root, `prisma/${provider}/schema.prisma`), "utf8");
    const snapshot = readFileSync(join(root, `prisma/${provider}/migrations/schema.snapshot.prisma`), "utf8");
    expect(snapshot, "run node scripts/new-migration.mjs NAME").toBe(schema);
  });

  it("SQLite migrations create every model's table, and running them twice is a no-op", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "ens-mig-")), "m.db");
    const first = await migrate({ provider: "sqlite", file }, root);
    expect(first.length).toBeGreaterThan(0);
    expect(await migrate({ provider: "sqlite", file }, root)).toEqual([]);
    const sqlite = new Database(file, { readonly: true });
    const tables = sqlite
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%'",
      )
      .all() as { name: string }[];
    sqlite.close();
    expect(tables.map((t) => t.name).sort()).toEqual(models);
  });
});
