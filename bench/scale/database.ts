// A throwaway database for one benchmark run: a SQLite file in /tmp by default, or a fresh
// PostgreSQL database next to the one DATABASE_URL names. Dropped afterwards (BENCH_KEEP=1 keeps it).
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrate } from "../../lib/db/migrate";
import { parseDatabaseUrl } from "../../lib/db/url";

export async function benchDatabase(): Promise<{ url: string; label: string; drop: () => Promise<void> }> {
  const given = process.env.DATABASE_URL ?? "";
  const keep = process.env.BENCH_KEEP === "1";
  if (/^postgres(ql)?:\/\//.test(given)) {
    const { Client } = await import("pg");
    const name = `ensemble_bench_${process.pid}_${Date.now()}`;
    const admin = new Client({ connectionString: given });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(given);
    url.pathname = `/${name}`;
    await migrate(parseDatabaseUrl(url.toString()));
    return {
      url: url.toString(),
      label: `PostgreSQL ${url.host}/${name}`,
      drop: async () => {
        if (keep) return;
        const c = new Client({ connectionString: given });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const file = join(tmpdir(), `ensemble-bench-${process.pid}.db`);
  await migrate(parseDatabaseUrl(`file:${file}`));
  return {
    url: `file:${file}`,
    label: `SQLite ${file}`,
    drop: async () => {
      if (!keep) for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
    },
  };
}
