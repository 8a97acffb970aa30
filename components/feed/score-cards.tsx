// NPS, CSAT and CES side by side, each with its n and margin of error, or "not enough answers yet".
import type { Scores } from "@/lib/scoring/types";
import { METRIC_HINTS, metricView, type Metric } from "@/lib/feed/format";

const METRICS: Metric[] = ["nps", "csat", "ces"];

export function ScoreCards({ scores, label }: { scores: Scores | null; label?: string }) {
  return (
    <ul className="grid grid-cols-3 gap-2" aria-label={label ?? "Scores"}>
      {METRICS.map((m) => {
        const v = metricView(m, scores);
        return (
          <li
            key={m}
            className="rounded-[var(--radius-card)] border border-line bg-surface p-3 shadow-[var(--shadow-card)]"
            data-metric={m}
          >
            <p className="text-xs font-semibold uppercase tracking-wide text-ink-faint" title={METRIC_HINTS[m]}>
              {v.name}
            </p>
            {v.value ? (
              <>
                <p className="mt-1 text-xl font-bold tabular-nums text-ink sm:text-2xl" data-testid={`${m}-value`}>
                  {v.value}
                  {v.moe && <span className="ml-1 whitespace-nowrap text-sm font-medium text-ink-faint">{v.moe}</span>}
                </p>
                <p className="text-xs text-ink-soft" data-testid={`${m}-n`}>
                  {v.nText}
                </p>
              </>
            ) : (
              <>
                <p className="mt-1 text-sm leading-snug font-medium text-ink-soft" data-testid={`${m}-value`}>
                  not enough answers yet
                </p>
                <p className="text-xs text-ink-faint" data-testid={`${m}-n`}>
                  {v.n === 0 ? "no answers" : `${v.n} so far, 5 needed`}
                </p>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
