// The admin dashboard: the org's scores and trends, touchpoints, follow-ups and the CSV export.
import Link from "next/link";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/button";
import { MetricTrend } from "@/components/charts/metric-trend";
import { PeriodSwitcher } from "@/components/feed/period-switcher";
import { ScoreCards } from "@/components/feed/score-cards";
import type { Dashboard } from "@/lib/feed/dashboard";
import { PERIOD_LABELS } from "@/lib/feed/period";
import { AdditionsPanel } from "@/components/reports/additions-panel";
import { CommentThemes } from "./comment-themes";
import { FollowUpSummary } from "./follow-up-summary";
import { TouchpointTable } from "./touchpoint-table";

const themeHref = (period: string, locale: string, theme: string) =>
  `/team/comments?${new URLSearchParams({ period, locale, theme })}`;

export function AdminDashboard({ d }: { d: Dashboard }) {
  const label = PERIOD_LABELS[d.periodKey].toLowerCase();
  return (
    <div className="space-y-5">
      <PageHeader
        title={d.org.name}
        description={`Every answer counts once for the organisation, ${label}.`}
        actions={
          <>
            <PeriodSwitcher current={d.periodKey} hrefFor={(p) => `/admin?period=${p}`} />
            {/* A plain link: the browser downloads the streamed file itself. */}
            <a href={`/api/export/responses.csv?period=${d.periodKey}`} className={buttonClass("secondary")} download>
              Export responses (CSV)
            </a>
          </>
        }
      />
      <ScoreCards scores={d.scores} label="Organisation scores" />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card>
          <CardTitle>NPS by week</CardTitle>
          <MetricTrend rows={d.trend} metric="nps" title="Organisation NPS by week" />
        </Card>
        <Card>
          <CardTitle>CSAT by week</CardTitle>
          <MetricTrend rows={d.trend} metric="csat" title="Organisation CSAT by week" />
        </Card>
        <Card>
          <CardTitle>CES by week</CardTitle>
          <MetricTrend rows={d.trend} metric="ces" title="Organisation CES by week" />
        </Card>
      </div>
      <AdditionsPanel
        r={d.additions}
        scope="Organisation"
        breakdowns={[
          { title: "By team", rows: d.additions.teams },
          { title: "By touchpoint", rows: d.additions.touchpoints },
          { title: "By person", rows: d.additions.people },
        ]}
      />
      <p>
        <Link href={`/admin/drivers?period=${d.periodKey}`}>What moves NPS: each attribute against the rest →</Link>
      </p>
      <CommentThemes t={d.themes} hrefFor={(locale, theme) => themeHref(d.periodKey, locale, theme)} />
      <FollowUpSummary s={d.followUps} escalateHours={d.org.followUpEscalateHours} />
      <section aria-labelledby="tp-h">
        <h2 id="tp-h" className="mb-3 text-lg font-semibold">
          Touchpoints
        </h2>
        <TouchpointTable rows={d.touchpoints} />
        <p className="mt-2 text-sm text-ink-faint">
          Response rate: interactions created {label} that got an answer, over all created.
        </p>
      </section>
    </div>
  );
}
