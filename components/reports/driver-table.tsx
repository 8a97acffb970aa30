// What moves NPS: per attribute, the NPS of the answers that chose it and of those that did not,
// each with n and margin, and the gap. A gap is called higher or lower only when it is larger than
// its margin; otherwise the row says so and shows the interval, never "drives".
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { PeriodSwitcher } from "@/components/feed/period-switcher";
import { PERIOD_LABELS } from "@/lib/feed/period";
import type { DriverView } from "@/lib/reports/driver-view";
import type { Driver, NpsGroup } from "@/lib/scoring/drivers";
import { MIN_ANSWERS } from "@/lib/scoring/scores";

const signed = (v: number) => (Math.round(v) > 0 ? `+${Math.round(v)}` : `${Math.round(v)}`.replace("-", "−"));

function Group({ g, testId }: { g: NpsGroup; testId: string }) {
  return (
    <Td className="whitespace-nowrap tabular-nums">
      <span data-testid={testId}>
        {g.n >= MIN_ANSWERS && g.nps !== undefined ? `${signed(g.nps)} ± ${Math.round(g.npsMoe ?? 0)}` : "–"}
      </span>
      <span className="block text-xs text-ink-faint">n = {g.n}</span>
    </Td>
  );
}

function verdict(d: Driver): string {
  if (d.verdict === "not-enough") return `Not enough answers yet (each side needs ${MIN_ANSWERS})`;
  const gap = `${signed(d.difference!)} ± ${Math.round(d.differenceMoe!)}`;
  const interval = `${signed(d.difference! - d.differenceMoe!)} to ${signed(d.difference! + d.differenceMoe!)}`;
  if (d.verdict === "unclear") return `No clear difference yet (${interval})`;
  return `${d.verdict === "higher" ? "Higher" : "Lower"} NPS when chosen: ${gap}`;
}

export function DriverTable({ v }: { v: DriverView }) {
  const label = PERIOD_LABELS[v.periodKey].toLowerCase();
  return (
    <div className="space-y-5">
      <PageHeader
        title="What moves NPS"
        description={`For each answer to a choice question, ${label}: the NPS of the customers who chose it against those who answered the question without choosing it.`}
        actions={<PeriodSwitcher current={v.periodKey} hrefFor={(p) => `/admin/drivers?period=${p}`} />}
      />
      {v.questions.length === 0 || v.drivers.length === 0 ? (
        <EmptyState title="Nothing to compare yet">
          This needs answers that give both an NPS score and a choice question answer in the period.
        </EmptyState>
      ) : (
        v.questions.map((q) => {
          const rows = v.drivers.filter((d) => d.question === q.id);
          if (rows.length === 0) return null;
          return (
            <Card key={q.id}>
              <CardTitle>{q.label}</CardTitle>
              <Table caption={`${q.label}: NPS with and without each answer`} wide>
                <thead>
                  <tr>
                    <Th>Answer</Th>
                    <Th>NPS when chosen</Th>
                    <Th>NPS otherwise</Th>
                    <Th>Difference</Th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((d) => {
                    const label = q.options.find((o) => o.id === d.option)?.label ?? d.option;
                    return (
                      <tr key={d.option} data-option={d.option} data-verdict={d.verdict}>
                        <Td className="font-medium">{label}</Td>
                        <Group g={d.chose} testId="chose" />
                        <Group g={d.other} testId="other" />
                        <Td
                          className={d.verdict === "higher" || d.verdict === "lower" ? "font-medium" : "text-ink-soft"}
                        >
                          <span data-testid="verdict">{verdict(d)}</span>
                        </Td>
                      </tr>
                    );
                  })}
                </tbody>
              </Table>
            </Card>
          );
        })
      )}
      <p className="text-sm text-ink-soft">
        Each NPS carries its 95% margin; the difference&apos;s margin combines both (√(m₁² + m₂²)). A difference is
        shown as higher or lower only when it is larger than its margin. Choosing an answer goes together with the
        score; it does not show that one causes the other.
      </p>
    </div>
  );
}
