// Teammates' impact, when the organisation shows colleagues' scores: names and impact with its
// margin only; under 5 answers a colleague has no number at all.
import type { Colleagues as Data } from "@/lib/feed/colleagues";
import { intervalText, signedImpact } from "@/lib/feed/format";
import { Card, CardTitle } from "@/components/ui/card";
import { MIN_ANSWERS } from "@/lib/scoring/scores";

const WORDS = { above: "above the org", below: "below the org", unclear: "no clear difference yet" } as const;

export function Colleagues({ data }: { data: Data }) {
  return (
    <Card>
      <section aria-labelledby="colleagues-h">
        <CardTitle>
          <span id="colleagues-h">{data.teamName ? `Your colleagues in ${data.teamName}` : "Your colleagues"}</span>
        </CardTitle>
        {data.rows.length === 0 ? (
          <p className="text-sm text-ink-soft">
            {data.scope === "org"
              ? "You are not in a team yet, so there are no colleagues to compare with."
              : "No colleagues in your team yet."}
          </p>
        ) : (
          <ul className="divide-y divide-line" data-testid="colleagues">
            {data.rows.map((c) => (
              <li
                key={c.userId}
                className="flex flex-wrap items-baseline justify-between gap-x-3 py-2"
                data-testid="colleague"
              >
                <span className="font-medium text-ink">{c.name}</span>
                {c.impact.clarity === "not-enough" ? (
                  <span className="text-sm text-ink-faint">
                    not enough answers yet ({c.impact.n} of {MIN_ANSWERS})
                  </span>
                ) : (
                  <span className="text-right text-sm tabular-nums">
                    <span className="font-semibold text-ink">{signedImpact(c.impact.impact)}</span>{" "}
                    <span className="text-ink-soft">{WORDS[c.impact.clarity]}</span>
                    <span className="block text-xs text-ink-faint">{intervalText(c.impact)}</span>
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-2 text-xs text-ink-faint">
          Shown because your organisation shares colleagues&apos; impact. Customers&apos; comments stay with the people
          they credit.
        </p>
      </section>
    </Card>
  );
}
