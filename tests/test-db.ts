// A throwaway database per test run, so runs never see each other's data.
// TEST_DB=sqlite (default) or TEST_DB=postgres (server at TEST_PG_URL, default 127.0.0.1:5432).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrate } from "../lib/db/migrate";
import { parseDatabaseUrl } from "../lib/db/url";

export type TestDb = { url: string; drop: () => Promise<void> };

/** `root`: migrate with the migrations under another root (a test of a migration starts one step before it). */
export async function createTestDb(label = "test", root?: string): Promise<TestDb> {
  if ((process.env.TEST_DB ?? "sqlite") === "postgres") {
    const admin = process.env.TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
    const name = `ensemble_${label}_${process.pid}_${Date.now()}`.toLowerCase().replace(/[^a-z0-9_]/g, "_");
    const { Client } = await import("pg");
    const client = new Client({ connectionString: admin });
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    const url = new URL(admin);
    url.pathname = `/${name}`;
    await migrate(parseDatabaseUrl(url.toString()), root);
    return {
      url: url.toString(),
      drop: async () => {
        const c = new Client({ connectionString: admin });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), `ensemble-${label}-`));
  const url = `file:${join(dir, "test.db")}`;
  await migrate(parseDatabaseUrl(url), root);
  return { url, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}
