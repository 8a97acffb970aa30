// One choice question's options as labelled bars, in the template's order, each with its share,
// how many chose it and the n it is out of. Below 5 answers, no shares at all.
import type { AdditionScores } from "@/lib/scoring/additions";
import type { ChoiceQuestionInfo } from "@/lib/reports/additions-report";
import { MIN_ANSWERS } from "@/lib/scoring/scores";
import { notEnough } from "./format";

export function AttributeBars({ q, s }: { q: ChoiceQuestionInfo; s: AdditionScores }) {
  const mine = (s.attributes ?? []).filter((a) => a.question === q.id);
  const n = mine[0]?.n ?? 0;
  return (
    <section aria-label={q.label} className="mt-3" data-testid={`attributes-${q.id}`}>
      <h3 className="text-sm font-medium text-ink-soft">
        {q.label} · <span data-testid={`attributes-${q.id}-n`}>n = {n}</span>
      </h3>
      {n < MIN_ANSWERS ? (
        <p className="mt-1 text-sm text-ink-soft">{notEnough(n)}</p>
      ) : (
        <ul className="mt-2 space-y-1.5">
          {q.options.map((o) => {
            const a = mine.find((x) => x.option === o.id);
            const share = a?.share ?? 0;
            return (
              <li
                key={o.id}
                data-option={o.id}
                className="grid grid-cols-[minmax(0,7rem)_1fr_7rem] items-center gap-2 text-sm"
              >
                <span className="truncate" title={o.label}>
                  {o.label}
                </span>
                <span className="h-2.5 rounded-full bg-sunken" aria-hidden="true">
                  <span className="block h-full rounded-full bg-brand" style={{ width: `${Math.min(100, share)}%` }} />
                </span>
                <span className="text-right tabular-nums text-ink-soft" data-testid="share">
                  {Math.round(share)}% · {a?.count ?? 0} of {n}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
