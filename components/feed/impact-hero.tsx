// The feed's headline: the person's shrunk impact in NPS points, worded only as strongly as its
// margin allows (docs/scoring.md "Is a difference clear?"), with the interval drawn.
import { impactView } from "@/lib/feed/format";
import type { Scores } from "@/lib/scoring/types";
import { cn } from "@/components/ui/cn";
import { ImpactInterval } from "./impact-interval";

export function ImpactHero({
  scores,
  periodLabel,
  who = "you",
}: {
  scores: Scores;
  periodLabel: string;
  who?: "you" | "they";
}) {
  const v = impactView(scores, who);
  return (
    <section
      aria-labelledby="impact-h"
      data-clarity={v.clarity}
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
        {who === "you" ? "Your impact" : "Impact"} · {periodLabel}
      </h2>
      <p
        className={cn("mt-1 font-bold text-ink", v.value ? "text-2xl sm:text-3xl" : "text-xl")}
        data-testid="impact-value"
      >
        {v.value ?? "Not enough answers yet"}
      </p>
      {v.interval && (
        <p className="mt-1 text-sm tabular-nums text-ink-soft" data-testid="impact-interval">
          {v.interval}
        </p>
      )}
      <p className="mt-1 text-ink-soft">{v.words}</p>
      <ImpactInterval reading={v.reading} />
      {v.value && (
        <p className="mt-2 text-xs text-ink-faint">
          From {scores.npsN} NPS {scores.npsN === 1 ? "answer" : "answers"}. A few answers can&apos;t swing it: each
          person starts from the organisation&apos;s score, and their own answers pull it their way.
        </p>
      )}
    </section>
  );
}
