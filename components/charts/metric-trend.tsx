// The trend chart for one metric, fed by weeklyTrend rows (lib/rollups/queries.ts).
import type { Scores } from "@/lib/scoring/types";
import type { Metric } from "@/lib/feed/format";
import { TrendChart } from "./trend-chart";

export type TrendRow = { weekStart: string } & Partial<Scores>;

const AXES: Record<
  Metric,
  { yLabel: string; min: number; max: number; ticks: number[]; unit?: string; digits?: number }
> = {
  nps: { yLabel: "NPS", min: -100, max: 100, ticks: [-100, -50, 0, 50, 100] },
  csat: { yLabel: "CSAT %", min: 0, max: 100, ticks: [0, 25, 50, 75, 100], unit: "%" },
  ces: { yLabel: "CES (1–7)", min: 1, max: 7, ticks: [1, 3, 5, 7] },
};

export function MetricTrend({ rows, metric, title }: { rows: TrendRow[]; metric: Metric; title: string }) {
  const axes = AXES[metric];
  const points = rows.map((r) => ({
    weekStart: r.weekStart,
    value: metric === "nps" ? r.nps : metric === "csat" ? r.csat : r.ces,
    n: (metric === "nps" ? r.npsN : metric === "csat" ? r.csatN : r.cesN) ?? 0,
  }));
  return <TrendChart title={title} points={points} {...axes} />;
}
