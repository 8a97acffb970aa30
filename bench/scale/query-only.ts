// Times the feed, team, dashboard and additions queries on a database kept by an earlier run
// (BENCH_KEEP=1): DATABASE_URL=file:/tmp/ensemble-bench-N.db npx tsx bench/scale/query-only.ts
import { addDays, localDay, startOfLocalDay } from "../../lib/time/zone";
import { measurePages, printPages } from "./pages";
import { measure, ms } from "./timing";

async function main() {
  const { db, disconnectDb } = await import("../../lib/db");
  const q = await import("../../lib/rollups/queries");
  const { additionsReport } = await import("../../lib/reports/additions-report");
  const org = await db.organization.findFirstOrThrow({ where: { slug: { startsWith: "bench-" } } });
  const now = new Date();
  const zone = org.timeZone;
  const today = localDay(now, zone);
  const period = { from: startOfLocalDay(addDays(today, -89), zone), to: startOfLocalDay(addDays(today, 1), zone) };
  const users = await db.user.findMany({ where: { orgId: org.id }, select: { id: true } });
  const teams = await db.team.findMany({ where: { orgId: org.id }, select: { id: true } });
  const user = (i: number) => users[(i + users.length) % users.length].id;
  const team = (i: number) => teams[(i + teams.length) % teams.length].id;
  const runs = Number(process.env.BENCH_RUNS ?? 20);
  const cases: [string, (i: number) => Promise<unknown>][] = [
    ["userScores", (i) => q.userScores(org.id, user(i), period)],
    ["weeklyTrend user", (i) => q.weeklyTrend(org.id, { type: "user", id: user(i) }, 12)],
    ["teamScores", (i) => q.teamScores(org.id, team(i), period)],
    ["teamMemberScores", (i) => q.teamMemberScores(org.id, team(i), period)],
    ["orgScores", () => q.orgScores(org.id, period)],
    ["touchpointScores", () => q.touchpointScores(org.id, period)],
    ["weeklyTrend org", () => q.weeklyTrend(org.id, { type: "org" }, 12)],
    ["additions org", () => additionsReport(org.id, period, { type: "org" }, { timeZone: zone, maxWeeks: 13, now })],
    [
      "additions team",
      (i) => additionsReport(org.id, period, { type: "team", teamId: team(i) }, { timeZone: zone, maxWeeks: 13, now }),
    ],
  ];
  const only = process.env.ONLY;
  for (const [label, fn] of cases) {
    if (only && !label.includes(only)) continue;
    const l = await measure(runs, fn);
    console.log(`${label.padEnd(20)} p50 ${ms(l.p50).padStart(8)} p95 ${ms(l.p95).padStart(8)}`);
  }
  if (!only || "pages".includes(only))
    printPages(
      await measurePages(
        org.id,
        users.map((u) => u.id),
        teams.map((t) => t.id),
        runs,
        now,
      ),
      50,
    );
  await disconnectDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
