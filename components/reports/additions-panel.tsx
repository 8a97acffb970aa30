// Everything beyond the three scores for one scope (the organisation or a team): what stood out,
// its weekly trend, comparison and return intent, retention, and the same per team, touchpoint
// and person (collapsed, so the page stays short on a phone).
import { Card, CardTitle } from "@/components/ui/card";
import type { AdditionsReport, SubjectRow } from "@/lib/reports/additions-report";
import { AttributeBars } from "./attribute-bars";
import { AttributeTrend } from "./attribute-trend";
import { CompareReturn } from "./compare-return";
import { RetentionCard } from "./retention-card";
import { SubjectTable } from "./subject-table";

type Props = { r: AdditionsReport; scope: string; breakdowns: { title: string; rows: SubjectRow[] }[] };

export function AdditionsPanel({ r, scope, breakdowns }: Props) {
  return (
    <section aria-labelledby="additions-h" className="space-y-4" data-testid="additions">
      <h2 id="additions-h" className="text-lg font-semibold">
        What customers told us
      </h2>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardTitle>What stood out</CardTitle>
          {r.questions.length === 0 ? (
            <p className="text-sm text-ink-soft">No template asks a choice question yet.</p>
          ) : (
            r.questions.map((q) => <AttributeBars key={q.id} q={q} s={r.total} />)
          )}
          <p className="mt-3 text-xs text-ink-faint">
            Share of the answers to each question that chose the option; several options may be chosen.
          </p>
        </Card>
        <div className="space-y-4">
          <CompareReturn s={r.total} asked={r.asked} />
          <Card>
            <CardTitle>Customers who come back</CardTitle>
            <RetentionCard retention={r.total.retention} keyed={r.keyed} />
          </Card>
        </div>
      </div>
      {r.questions.map((q) => {
        const trend = r.trend.find((t) => t.question === q.id);
        return trend ? (
          <Card key={q.id}>
            <CardTitle>{q.label} week by week</CardTitle>
            <AttributeTrend q={q} trend={trend} title={`${scope}: ${q.label} by week`} />
          </Card>
        ) : null;
      })}
      {breakdowns.map((b) =>
        b.rows.length === 0 ? null : (
          <details key={b.title} className="group" data-testid={`breakdown-${b.title}`}>
            <summary className="cursor-pointer text-base font-semibold">{b.title}</summary>
            <div className="mt-2">
              <SubjectTable caption={b.title} rows={b.rows} questions={r.questions} asked={r.asked} keyed={r.keyed} />
            </div>
          </details>
        ),
      )}
    </section>
  );
}
