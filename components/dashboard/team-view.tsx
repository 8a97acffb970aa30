// The manager's view of one team.
import Link from "next/link";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { MetricTrend } from "@/components/charts/metric-trend";
import { PeriodSwitcher } from "@/components/feed/period-switcher";
import { ScoreCards } from "@/components/feed/score-cards";
import { PERIOD_LABELS } from "@/lib/feed/period";
import type { TeamView as Data } from "@/lib/feed/team-view";
import { AdditionsPanel } from "@/components/reports/additions-panel";
import { CommentThemes } from "./comment-themes";
import { KindColumns } from "./kind-columns";
import { MemberTable } from "./member-table";
import { TeamPicker } from "./team-picker";

export function TeamView({ v }: { v: Data }) {
  const label = PERIOD_LABELS[v.periodKey].toLowerCase();
  return (
    <div className="space-y-5">
      <PageHeader
        title={`Team ${v.team.name}`}
        description={`Every answer that credits someone in the team counts once, ${label}.`}
        actions={<PeriodSwitcher current={v.periodKey} hrefFor={(p) => `/team?team=${v.team.id}&period=${p}`} />}
      />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <TeamPicker teams={v.teams} current={v.team.id} period={v.periodKey} />
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          <Link href="/admin/follow-ups">Detractor follow-ups for your teams →</Link>
          <Link href="/team/disputes">Disputed credits →</Link>
        </div>
      </div>
      <ScoreCards scores={v.scores} label="Team scores" />
      <Card>
        <CardTitle>Team NPS week by week</CardTitle>
        <MetricTrend rows={v.trend} metric="nps" title={`Weekly NPS of team ${v.team.name}`} />
      </Card>
      <Card>
        <CardTitle>Frontline and back-office</CardTitle>
        <KindColumns split={v.split} />
        <p className="mt-3 text-sm text-ink-faint">
          Each column adds up its members&apos; credits, weighted; an answer crediting two people counts for both.
        </p>
      </Card>
      <AdditionsPanel
        r={v.additions}
        scope={`Team ${v.team.name}`}
        breakdowns={[{ title: "By member", rows: v.additions.people }]}
      />
      <CommentThemes
        t={v.themes}
        hrefFor={(locale, theme) =>
          `/team/comments?${new URLSearchParams({ team: v.team.id, period: v.periodKey, locale, theme })}`
        }
      />
      <section aria-labelledby="members-h">
        <h2 id="members-h" className="mb-3 text-lg font-semibold">
          Members by impact
        </h2>
        <MemberTable ranked={v.ranked} unranked={v.unranked} />
      </section>
    </div>
  );
}
