// The weekly share of each option of one choice question, as lines on the shared trend chart, with
// the weeks' n in a table beneath (each point's n also sits in its tooltip).
import { TrendChart } from "@/components/charts/trend-chart";
import type { AttributeTrend as Trend, ChoiceQuestionInfo } from "@/lib/reports/additions-report";

export function AttributeTrend({ q, trend, title }: { q: ChoiceQuestionInfo; trend: Trend; title: string }) {
  const series = q.options.map((o) => ({
    label: o.label,
    points: trend.weeks.map((w) => ({
      weekStart: w.weekStart,
      n: w.n,
      value: w.n > 0 ? (w.shares[o.id] ?? 0) : undefined,
    })),
  }));
  return (
    <div data-testid={`attribute-trend-${q.id}`}>
      <TrendChart
        title={title}
        yLabel="Share of answers %"
        series={series}
        points={[]}
        min={0}
        max={100}
        ticks={[0, 25, 50, 75, 100]}
        unit="%"
      />
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-ink-soft">Weekly numbers (n per week)</summary>
        <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={`${title}: weekly numbers`}>
          <table className="w-full text-left text-xs tabular-nums">
            <thead>
              <tr>
                <th scope="col" className="py-1 pr-2 font-medium">
                  Week starting
                </th>
                <th scope="col" className="py-1 pr-2 font-medium">
                  n
                </th>
                {q.options.map((o) => (
                  <th key={o.id} scope="col" className="py-1 pr-2 font-medium">
                    {o.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {trend.weeks.map((w) => (
                <tr key={w.weekStart}>
                  <td className="py-0.5 pr-2">{w.weekStart}</td>
                  <td className="py-0.5 pr-2">{w.n}</td>
                  {q.options.map((o) => (
                    <td key={o.id} className="py-0.5 pr-2">
                      {w.n > 0 ? `${Math.round(w.shares[o.id] ?? 0)}%` : "–"}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
