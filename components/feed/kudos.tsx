// Kudos: what promoters (NPS 9–10) wrote about interactions the person shaped.
import type { FeedResponse } from "@/lib/feed/my-responses";
import { relativeTime } from "@/lib/feed/format";

export function Kudos({ items, now }: { items: FeedResponse[]; now: Date }) {
  if (items.length === 0) return null;
  return (
    <section
      aria-labelledby="kudos-h"
      className="rounded-[var(--radius-card)] border border-accent/30 bg-accent-soft p-4"
    >
      <h2 id="kudos-h" className="text-lg font-semibold">
        Kudos
      </h2>
      <ul className="mt-2 space-y-3">
        {items.map((k) => (
          <li key={k.responseId}>
            <blockquote className="text-lg break-words whitespace-pre-line text-ink">“{k.comment}”</blockquote>
            <p className="text-sm text-ink-soft">
              NPS {k.nps} · {k.touchpoint} · {relativeTime(k.answeredAt, now)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
