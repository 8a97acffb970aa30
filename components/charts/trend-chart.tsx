// A weekly trend as a hand-written SVG line chart: labelled axes, an accessible title and
// description, no chart library. Weeks with fewer than MIN_ANSWERS answers are drawn as hollow
// dots and not joined by the line, so a noisy week never looks like a real swing.
import { useId } from "react";
import { MIN_ANSWERS } from "@/lib/scoring/scores";

export type TrendPoint = { weekStart: string; value: number | undefined; n: number };
/** One line of a chart with several (e.g. each option's weekly share); all share the same weeks. */
export type TrendSeries = { label: string; points: TrendPoint[] };

// Distinguishable lines that keep 3:1 contrast on white, each with its own dash so colour is not the only cue.
export const SERIES_STYLES = [
  { color: "#2e6b5a", dash: undefined },
  { color: "#9a4d12", dash: "6 3" },
  { color: "#3b5bab", dash: "2 3" },
  { color: "#8a3a7a", dash: "8 3 2 3" },
  { color: "#5c6b1f", dash: "1 2" },
  { color: "#a3303a", dash: "4 2" },
] as const;

type Props = {
  title: string;
  /** y-axis label, e.g. "NPS (−100 to 100)" */
  yLabel: string;
  points: TrendPoint[];
  /** Several lines instead of `points`: a legend then names each line. */
  series?: TrendSeries[];
  min: number;
  max: number;
  ticks: number[];
  unit?: string;
  digits?: number;
};

const W = 360;
const H = 190;
// The left pad holds the y-axis title (centred at Y_TITLE_X, rotated) and, right of it, tick labels
// ending 6 px before the plot; 52 px keeps a label as wide as "−100" or "100%" clear of the title.
const PAD = { left: 52, right: 10, top: 12, bottom: 40 };
const Y_TITLE_X = 9;

function shortDate(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });
}

export const TREND_CHART_LAYOUT = { padLeft: PAD.left, yTitleX: Y_TITLE_X, fontSize: 11 };

export function TrendChart({ title, yLabel, points: single, series, min, max, ticks, unit = "", digits = 0 }: Props) {
  const lines = series ?? [{ label: "", points: single }];
  const points = lines[0]?.points ?? [];
  const id = useId();
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  // Points sit INSET px inside the plot so a dot on the first week never touches the axis labels.
  const INSET = 8;
  const x = (i: number) =>
    PAD.left + INSET + (points.length <= 1 ? (plotW - 2 * INSET) / 2 : (i * (plotW - 2 * INSET)) / (points.length - 1));
  const y = (v: number) => PAD.top + plotH - ((Math.min(max, Math.max(min, v)) - min) / (max - min)) * plotH;
  const fmt = (v: number) => `${v.toFixed(digits)}${unit}`;

  const drawn = lines.map((line) => {
    const shown = line.points.map((p, i) => ({ ...p, i })).filter((p) => p.value !== undefined && p.n > 0);
    const solid = shown.filter((p) => p.n >= MIN_ANSWERS);
    const path = solid.map((p, k) => `${k === 0 ? "M" : "L"}${x(p.i).toFixed(1)},${y(p.value!).toFixed(1)}`).join(" ");
    return { label: line.label, shown, solid, path };
  });
  const shown = drawn.flatMap((d) => d.shown);
  const solid = drawn[0]?.solid ?? [];
  const labelEvery = Math.max(1, Math.ceil(points.length / 5));
  const last = [...solid].pop();
  const desc =
    points.length === 0
      ? "No weeks to show yet."
      : `Weekly ${yLabel} from the week of ${shortDate(points[0].weekStart)} to the week of ${shortDate(points[points.length - 1].weekStart)}. ` +
        (last
          ? `Latest week with enough answers (${shortDate(last.weekStart)}): ${fmt(last.value!)} from ${last.n} answers. `
          : "No week has enough answers yet. ") +
        (series ? `Lines: ${series.map((l) => l.label).join(", ")}. ` : "") +
        `Hollow dots are weeks with fewer than ${MIN_ANSWERS} answers.`;

  return (
    <figure className="w-full">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        className="mx-auto h-auto w-full max-w-xl"
      >
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{desc}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line
              x1={PAD.left}
              x2={W - PAD.right}
              y1={y(t)}
              y2={y(t)}
              stroke={t === 0 && min < 0 ? "#8f958f" : "#e6ded2"}
              strokeWidth={1}
            />
            <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" fontSize={11} fill="#4a514c">
              {fmt(t)}
            </text>
          </g>
        ))}
        {points.map((p, i) =>
          i === points.length - 1 || (i % labelEvery === 0 && points.length - 1 - i >= labelEvery * 0.6) ? (
            <text
              key={p.weekStart}
              x={x(i)}
              y={H - PAD.bottom + 16}
              textAnchor={
                points.length > 1 && i === points.length - 1 ? "end" : i === 0 && points.length > 1 ? "start" : "middle"
              }
              fontSize={11}
              fill="#4a514c"
            >
              {shortDate(p.weekStart)}
            </text>
          ) : null,
        )}
        <text x={PAD.left + plotW / 2} y={H - 4} textAnchor="middle" fontSize={11} fill="#1f2421">
          Week starting
        </text>
        <text
          x={Y_TITLE_X}
          y={PAD.top + plotH / 2}
          textAnchor="middle"
          fontSize={11}
          fill="#1f2421"
          transform={`rotate(-90 ${Y_TITLE_X} ${PAD.top + plotH / 2})`}
        >
          {yLabel}
        </text>
        {drawn.map((d, k) => {
          const style = SERIES_STYLES[k % SERIES_STYLES.length];
          return (
            <g key={d.label || k}>
              {d.path && (
                <path
                  d={d.path}
                  fill="none"
                  stroke={style.color}
                  strokeWidth={series ? 2 : 2.5}
                  strokeDasharray={series ? style.dash : undefined}
                  strokeLinejoin="round"
                />
              )}
              {d.shown.map((p) => (
                <circle
                  key={p.weekStart}
                  cx={x(p.i)}
                  cy={y(p.value!)}
                  r={p.n >= MIN_ANSWERS ? 3.5 : 3}
                  fill={p.n >= MIN_ANSWERS ? style.color : "#fff"}
                  stroke={p.n >= MIN_ANSWERS ? style.color : "#8f958f"}
                  strokeWidth={1.5}
                >
                  <title>{`${d.label ? `${d.label}, w` : "W"}eek of ${shortDate(p.weekStart)}: ${fmt(p.value!)} (${p.n} answers)`}</title>
                </circle>
              ))}
            </g>
          );
        })}
      </svg>
      {shown.length === 0 ? (
        <figcaption className="mt-1 text-sm text-ink-faint">No answers in these weeks yet.</figcaption>
      ) : (
        <figcaption className="mx-auto mt-1 flex max-w-xl flex-wrap gap-x-4 gap-y-1 text-xs text-ink-soft">
          {series?.map((l, k) => {
            const style = SERIES_STYLES[k % SERIES_STYLES.length];
            return (
              <span key={l.label} className="inline-flex items-center gap-1.5" data-testid="series-legend">
                <svg aria-hidden viewBox="0 0 20 10" className="h-2.5 w-5">
                  <line
                    x1={0}
                    x2={20}
                    y1={5}
                    y2={5}
                    stroke={style.color}
                    strokeWidth={2}
                    strokeDasharray={style.dash}
                  />
                </svg>
                {l.label}
              </span>
            );
          })}
          <span className="inline-flex items-center gap-1.5">
            <svg aria-hidden viewBox="0 0 10 10" className="size-2.5">
              <circle cx={5} cy={5} r={4} fill="#2e6b5a" stroke="#2e6b5a" strokeWidth={1.5} />
            </svg>
            Week with {MIN_ANSWERS} or more answers
          </span>
          <span className="inline-flex items-center gap-1.5">
            <svg aria-hidden viewBox="0 0 10 10" className="size-2.5">
              <circle cx={5} cy={5} r={3.5} fill="#fff" stroke="#8f958f" strokeWidth={1.5} />
            </svg>
            Fewer than {MIN_ANSWERS} answers: shown, not joined
          </span>
        </figcaption>
      )}
    </figure>
  );
}
