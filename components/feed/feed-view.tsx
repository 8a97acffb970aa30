// The staff impact feed, phone first: impact, then the three scores with n and margin of error,
// the weekly trend, kudos, and the responses the person contributed to.
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { MetricTrend } from "@/components/charts/metric-trend";
import type { MyFeed } from "@/lib/feed/my-feed";
import type { FeedPage } from "@/lib/feed/my-responses";
import { PERIOD_LABELS, type PeriodKey } from "@/lib/feed/period";
import { Colleagues } from "./colleagues";
import { ImpactHero } from "./impact-hero";
import { Kudos } from "./kudos";
import { OfflineBanner } from "./offline-banner";
import { AttributeShares } from "./attribute-shares";
import { PeriodSwitcher } from "./period-switcher";
import { ResponseCard } from "./response-card";
import { ScoreCards } from "./score-cards";

type Props = { name: string; feed: MyFeed; page: FeedPage; cursor: string | null; now: Date };

export function FeedView({ name, feed, page, cursor, now }: Props) {
  const href = (p: PeriodKey, c?: string | null) => `/me?period=${p}${c ? `&cursor=${encodeURIComponent(c)}` : ""}`;
  const label = PERIOD_LABELS[feed.periodKey];
  const nothingYet = feed.scores.responses === 0 && page.items.length === 0 && !cursor;
  return (
    <div className="space-y-5">
      <OfflineBanner renderedAt={now.toISOString()} />
      <PageHeader
        title={`Hi ${name.split(" ")[0]}`}
        description="What customers said about the work you were part of."
        actions={<PeriodSwitcher current={feed.periodKey} hrefFor={(p) => href(p)} />}
      />
      {nothingYet ? (
        <EmptyState
          title={feed.everAnswered ? `No answers in the ${label.toLowerCase()}` : "No answers yet"}
          action={<ButtonLink href="/new">Start a new interaction</ButtonLink>}
        >
          <p>
            When a customer answers the survey for an interaction you helped with — at the counter, or behind the scenes
            through your team&apos;s attribution rules — their scores and comments appear here. Your impact, NPS, CSAT
            and CES show once 5 customers have answered, so a single answer never defines you.
          </p>
          {feed.everAnswered && (
            <p className="mt-2">
              <a href={href("all")}>See all time</a>
            </p>
          )}
        </EmptyState>
      ) : (
        <>
          <ImpactHero scores={feed.scores} periodLabel={label} />
          <ScoreCards scores={feed.scores} label={`Your scores, ${label.toLowerCase()}`} />
          <Card>
            <CardTitle>Your NPS week by week</CardTitle>
            <MetricTrend rows={feed.trend} metric="nps" title="Your weekly NPS" />
          </Card>
          <AttributeShares questions={feed.attributes} title={`What customers mention, ${label.toLowerCase()}`} />
          <Kudos items={feed.kudos} now={now} />
          {feed.colleagues && <Colleagues data={feed.colleagues} />}
          <section aria-labelledby="responses-h">
            <h2 id="responses-h" className="mb-3 text-lg font-semibold">
              Answers you contributed to
            </h2>
            {page.items.length === 0 ? (
              <p className="text-ink-soft">No more answers in this period.</p>
            ) : (
              <ul className="space-y-3">
                {page.items.map((r) => (
                  <ResponseCard key={r.responseId} r={r} timeZone={feed.org.timeZone} now={now} />
                ))}
              </ul>
            )}
            <div className="mt-4 flex flex-wrap gap-2">
              {cursor && (
                <ButtonLink variant="secondary" href={href(feed.periodKey)}>
                  Newest
                </ButtonLink>
              )}
              {page.nextCursor && (
                <ButtonLink variant="secondary" href={href(feed.periodKey, page.nextCursor)}>
                  Older answers
                </ButtonLink>
              )}
            </div>
          </section>
        </>
      )}
    </div>
  );
}
