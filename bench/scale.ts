// Scale benchmark (issue 5): generate history, import it, then time the feed, team and
// dashboard queries from rollups against the same numbers computed naively from raw rows.
//
//   npx tsx bench/scale.ts                          1M responses / 3M credits on SQLite (/tmp)
//   BENCH_RESPONSES=20000 npx tsx bench/scale.ts    a quick run
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/scale.ts
//                                                   PostgreSQL (a throwaway database beside it)
// Other knobs: BENCH_CREDITS (per response, 3), BENCH_STAFF (200), BENCH_TEAMS (10),
// BENCH_TOUCHPOINTS (20), BENCH_DAYS (365), BENCH_RUNS (30 timed runs per query), BENCH_KEEP=1.
//
// Measured on the 2-core build machine while four other builds and test runs shared it, so
// wall times are inflated (load average 6-36 during the run; the benchmark prints it):
//   SQLite, 1M responses / 3M credits (2026-11-23):
//     import 376 s wall, 130 s CPU: OVER the 60 s target (see the report for where time goes)
//     p95 from rollups: feed 137 ms (p50 21 ms), team 31 ms, dashboard 13 ms
//     p95 naive from raw rows: feed 10.3 s, team 10.5 s, dashboard 21.7 s
//     rollups and raw rows agree to 0.000 on the sampled person, team and org
//   SQLite, 20k responses: import ~9 s wall / 3 s CPU; all rollup p95s 30-150 ms under load 14-16.
import { spawnSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { getHeapStatistics } from "node:v8";
import { addDays, localDay, startOfLocalDay } from "../lib/time/zone";
import { benchDatabase } from "./scale/database";
import { generateHistory } from "./scale/generate";
import { measure, ms, type Latency } from "./scale/timing";

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const size = {
  responses: env("BENCH_RESPONSES", 1_000_000),
  creditsPer: env("BENCH_CREDITS", 3),
  staff: env("BENCH_STAFF", 200),
  teams: env("BENCH_TEAMS", 10),
  touchpoints: env("BENCH_TOUCHPOINTS", 20),
  days: env("BENCH_DAYS", 365),
};
const RUNS = env("BENCH_RUNS", 30);
const IMPORT_TARGET_S = 60 * (size.responses / 1_000_000);
const QUERY_TARGET_MS = 100;
const ZONE = "Europe/Helsinki";

/** A million responses, held as parsed JSON while they are imported, need more than Node's default heap. */
function rerunWithBiggerHeap(): boolean {
  if (size.responses < 300_000 || process.env.BENCH_CHILD || getHeapStatistics().heap_size_limit > 7e9) return false;
  const child = spawnSync(
    process.execPath,
    [
      "--max-old-space-size=10240",
      "--max-semi-space-size=64",
      "--expose-gc",
      ...process.execArgv,
      ...process.argv.slice(1),
    ],
    {
      stdio: "inherit",
      env: { ...process.env, BENCH_CHILD: "1" },
    },
  );
  process.exit(child.status ?? 1);
}

async function main() {
  if (rerunWithBiggerHeap()) return;
  const database = await benchDatabase();
  process.env.DATABASE_URL = database.url; // before lib/db is first used
  const { db, disconnectDb } = await import("../lib/db");
  const { importInterchange } = await import("../lib/interchange/import");
  const { userScores, weeklyTrend, teamScores, teamMemberScores, orgScores, touchpointScores } =
    await import("../lib/rollups/queries");
  const naive = await import("./scale/naive");
  const { compareNumbers } = await import("./scale/compare");
  try {
    const fmt = (n: number) => n.toLocaleString("en");
    console.log(`Ensemble scale benchmark: ${database.label}`);
    console.log(
      `${fmt(size.responses)} responses, ${fmt(size.responses * size.creditsPer)} credits, ${size.staff} staff in ${size.teams} teams, ${size.touchpoints} touchpoints, ${size.days} days, zone ${ZONE}\n`,
    );

    const now = new Date();
    let t = performance.now();
    let doc: ReturnType<typeof generateHistory> | null = generateHistory(size, now);
    console.log(
      `machine load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")} (1, 5, 15 min) on ${cpus().length} cores`,
    );
    console.log(`generate        ${((performance.now() - t) / 1000).toFixed(1)} s (not part of the import)`);

    t = performance.now();
    const cpu = process.cpuUsage();
    const summary = await importInterchange(doc!, { orgSlug: `bench-${process.pid}`, timeZone: ZONE, now });
    const importS = (performance.now() - t) / 1000;
    doc = null; // a server holds no import in memory: without this, GC pauses of a multi-GB heap land in the query timings
    (globalThis as { gc?: () => void }).gc?.();
    const used = process.cpuUsage(cpu);
    const cpuS = (used.user + used.system) / 1e6;
    const verdict = (ok: boolean) => (ok ? "within target" : "OVER target");
    console.log(
      `import          ${importS.toFixed(1)} s vs target ${IMPORT_TARGET_S.toFixed(0)} s (60 s per million): ${verdict(importS <= IMPORT_TARGET_S)}` +
        `\n                (CPU time ${cpuS.toFixed(1)} s: what a quiet machine would roughly take)` +
        ` [${fmt(summary.interactions.created)} interactions, ${fmt(summary.contributions.created)} credits, ${fmt(summary.responses.created)} responses]`,
    );

    // The app's periods: the last 90 local days, and 12 weeks of trend.
    const org = await db.organization.findUniqueOrThrow({ where: { slug: `bench-${process.pid}` } });
    const today = localDay(now, ZONE);
    const period = { from: startOfLocalDay(addDays(today, -89), ZONE), to: startOfLocalDay(addDays(today, 1), ZONE) };
    const trendPeriod = { from: startOfLocalDay(addDays(today, -7 * 12), ZONE), to: period.to };
    const users = await db.user.findMany({ where: { orgId: org.id }, select: { id: true, teamId: true } });
    const teams = await db.team.findMany({ where: { orgId: org.id }, select: { id: true } });
    const members = (teamId: string) => users.filter((u) => u.teamId === teamId).map((u) => u.id);
    const user = (i: number) => users[(i + users.length) % users.length].id;
    const team = (i: number) => teams[(i + teams.length) % teams.length].id;

    const results: [string, Latency, Latency][] = [];
    results.push([
      "feed      (userScores + weeklyTrend user)",
      await measure(RUNS, (i) =>
        Promise.all([userScores(org.id, user(i), period), weeklyTrend(org.id, { type: "user", id: user(i) }, 12)]),
      ),
      await measure(Math.min(RUNS, 10), (i) => naive.naiveFeed(org.id, user(i), period, trendPeriod, ZONE)),
    ]);
    results.push([
      "team      (teamScores + teamMemberScores)",
      await measure(RUNS, (i) =>
        Promise.all([teamScores(org.id, team(i), period), teamMemberScores(org.id, team(i), period)]),
      ),
      await measure(Math.min(RUNS, 10), (i) => naive.naiveTeam(org.id, team(i), members(team(i)), period)),
    ]);
    results.push([
      "dashboard (orgScores + touchpointScores + weeklyTrend org)",
      await measure(RUNS, () =>
        Promise.all([
          orgScores(org.id, period),
          touchpointScores(org.id, period),
          weeklyTrend(org.id, { type: "org" }, 12),
        ]),
      ),
      await measure(Math.min(RUNS, 10), () => naive.naiveDashboard(org.id, period, trendPeriod, ZONE)),
    ]);

    console.log(
      `\nmachine load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")} on ${cpus().length} cores`,
    );
    console.log(
      `query latency, p95 of ${RUNS} runs from rollups (naive: ${Math.min(RUNS, 10)} runs on raw rows), target ${QUERY_TARGET_MS} ms:`,
    );
    for (const [label, rollup, raw] of results) {
      console.log(
        `  ${label}\n    rollups p95 ${ms(rollup.p95).padStart(8)} (p50 ${ms(rollup.p50)}) vs target ${QUERY_TARGET_MS} ms: ${verdict(rollup.p95 <= QUERY_TARGET_MS)}` +
          `\n    naive   p95 ${ms(raw.p95).padStart(8)} (p50 ${ms(raw.p50)}), ${(raw.p95 / rollup.p95).toFixed(1)}x the rollups' p95`,
      );
    }

    // Same numbers both ways, or the comparison means nothing.
    const sample = users[0];
    const dev = compareNumbers([
      [
        await userScores(org.id, sample.id, period),
        (await naive.naiveFeed(org.id, sample.id, period, trendPeriod, ZONE)).scores,
      ],
      [
        await teamScores(org.id, sample.teamId!, period),
        (await naive.naiveTeam(org.id, sample.teamId!, members(sample.teamId!), period)).team,
      ],
      [await orgScores(org.id, period), (await naive.naiveDashboard(org.id, period, trendPeriod, ZONE)).org],
    ]);
    console.log(
      `\nrollups vs raw rows for one person, team and the org: max difference ${dev.toFixed(3)} (${dev <= 0.001 ? "same numbers" : "DIFFERENT"})`,
    );
  } finally {
    await disconnectDb();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
