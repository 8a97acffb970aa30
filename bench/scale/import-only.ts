// Imports a generated history once and prints the time, for profiling the import alone:
//   BENCH_RESPONSES=30000 npx tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/scale/import-only.ts [--postgres]
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchDatabase } from "./database";
import { generateHistory } from "./generate";

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
if (process.argv.includes("--postgres") && !/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? ""))
  process.env.DATABASE_URL = "postgres://postgres@127.0.0.1:5432/postgres";

async function main() {
  const database = await benchDatabase();
  process.env.DATABASE_URL = database.url;
  const { disconnectDb } = await import("../../lib/db");
  const { importInterchange } = await import("../../lib/interchange/import");
  const file = join(tmpdir(), `ensemble-import-${process.pid}.json`);
  const now = new Date();
  const size = {
    responses: env("BENCH_RESPONSES", 30_000),
    creditsPer: env("BENCH_CREDITS", 3),
    staff: env("BENCH_STAFF", 200),
    teams: env("BENCH_TEAMS", 10),
    touchpoints: env("BENCH_TOUCHPOINTS", 20),
    days: env("BENCH_DAYS", 365),
  };
  writeFileSync(file, JSON.stringify(generateHistory(size, now)));
  try {
    const t = performance.now();
    const cpu = process.cpuUsage();
    const phases = new Map<string, number>();
    let last = performance.now();
    await importInterchange(JSON.parse(readFileSync(file, "utf8")), {
      orgSlug: `bench-${process.pid}`,
      timeZone: "Europe/Helsinki",
      now,
      onProgress: (phase) => {
        const at = performance.now();
        phases.set(phase, (phases.get(phase) ?? 0) + at - last);
        last = at;
      },
    });
    const used = process.cpuUsage(cpu);
    console.log(
      `import ${size.responses}: ${((performance.now() - t) / 1000).toFixed(1)} s wall, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU`,
    );
    for (const [phase, msSpent] of phases) console.log(`  until ${phase.padEnd(18)} ${(msSpent / 1000).toFixed(2)} s`);
  } finally {
    rmSync(file, { force: true });
    await disconnectDb();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
