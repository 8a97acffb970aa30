// The feed's headline: the person's shrunk impact in NPS points, in plain words.
import { impactView } from "@/lib/feed/format";
import type { Scores } from "@/lib/scoring/types";
import { cn } from "@/components/ui/cn";

export function ImpactHero({ scores, periodLabel }: { scores: Scores; periodLabel: string }) {
  const v = impactView(scores);
  return (
    <section
      aria-labelledby="impact-h"
      className={cn(
        "rounded-[var(--radius-card)] border p-5",
        v.tone === "up"
          ? "border-good/30 bg-good-soft"
          : v.tone === "down"
            ? "border-warn/30 bg-warn-soft"
            : "border-line bg-surface",
      )}
    >
      <h2 id="impact-h" className="text-sm font-semibold uppercase tracking-wide text-ink-soft">
        Your impact · {periodLabel}
      </h2>
      {v.value && (
        <p className="mt-1 text-3xl font-bold tabular-nums text-ink" data-testid="impact-value">
          {v.value}
        </p>
      )}
      <p className="mt-1 text-ink-soft">{v.words}</p>
      {v.value && (
        <p className="mt-2 text-xs text-ink-faint">
          From {scores.npsN} NPS {scores.npsN === 1 ? "answer" : "answers"} crediting you. A few answers can&apos;t
          swing it: each person starts from the organisation&apos;s score, and their own answers pull it their way.
        </p>
      )}
    </section>
  );
}
