// What each page's server component awaits, whole: the rollup reads and everything else the page
// shows (the staff feed's answers and attributes; the team view's members, themes and additions;
// the dashboard's response rates, follow-ups, comment themes and additions), over the last 90 days.
// Imports lib/ lazily: the caller points DATABASE_URL at the benchmark's database first.
import { measure, ms, type Latency } from "./timing";

export async function measurePages(
  orgId: string,
  userIds: string[],
  teamIds: string[],
  runs: number,
  now = new Date(),
): Promise<[string, Latency][]> {
  const { adminDashboard } = await import("../../lib/feed/dashboard");
  const { teamView } = await import("../../lib/feed/team-view");
  const { myFeed } = await import("../../lib/feed/my-feed");
  const { myResponses } = await import("../../lib/feed/my-responses");
  const pick = (ids: string[], i: number) => ids[(i + ids.length) % ids.length];
  return [
    [
      "staff feed page (myFeed + myResponses, /me)",
      await measure(runs, async (i) => {
        const actor = { userId: pick(userIds, i), orgId };
        const feed = await myFeed(actor, "90d", now);
        await myResponses(actor, { period: feed.period, limit: 20 });
      }),
    ],
    [
      "team page       (teamView, /team)",
      await measure(runs, (i) =>
        teamView({ userId: pick(userIds, i), orgId, role: "admin" }, pick(teamIds, i), "90d", now),
      ),
    ],
    [
      "dashboard page  (adminDashboard, /admin)",
      await measure(runs, () => adminDashboard({ orgId, role: "admin" }, "90d", now)),
    ],
  ];
}

export function printPages(pages: [string, Latency][], targetMs: number) {
  console.log(`whole pages, p95 of ${pages[0]?.[1].runs ?? 0} runs, target ${targetMs} ms:`);
  for (const [label, lat] of pages)
    console.log(
      `  ${label} p95 ${ms(lat.p95).padStart(8)} (p50 ${ms(lat.p50)}): ${lat.p95 <= targetMs ? "within target" : "OVER target"}`,
    );
}
