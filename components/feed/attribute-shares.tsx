// "Customers mention you for": each choice question's options as labelled bars, most chosen first,
// with the share, how many chose it and the n it is out of. Below 5 answers, no shares at all.
import { Card, CardTitle } from "@/components/ui/card";
import type { AttributeQuestion } from "@/lib/feed/my-attributes";
import { MIN_ANSWERS } from "@/lib/scoring/scores";

export function AttributeShares({ questions, title }: { questions: AttributeQuestion[]; title: string }) {
  if (questions.length === 0) return null;
  return (
    <Card>
      <CardTitle>{title}</CardTitle>
      {questions.map((q) => (
        <section key={q.question} aria-label={q.label} className="mt-3">
          <h3 className="text-sm font-medium text-ink-soft">
            {q.label} · n = {q.n}
          </h3>
          {q.n < MIN_ANSWERS ? (
            <p className="mt-1 text-sm text-ink-soft">Not enough answers yet ({q.n} of 5).</p>
          ) : (
            <>
              <p className="mt-1 text-sm" data-testid={`summary-${q.question}`}>
                Customers mention you for:{" "}
                {q.options
                  .filter((o) => o.count > 0)
                  .slice(0, 3)
                  .map((o) => `${o.label.toLowerCase()} ${Math.round(o.share)}%`)
                  .join(", ")}
              </p>
              <ul className="mt-2 space-y-1.5">
                {q.options.map((o) => (
                  <li key={o.option} className="grid grid-cols-[minmax(0,7rem)_1fr_6.5rem] items-center gap-2 text-sm">
                    <span className="truncate" title={o.label}>
                      {o.label}
                    </span>
                    <span className="h-2.5 rounded-full bg-sunken" aria-hidden="true">
                      <span
                        className="block h-full rounded-full bg-brand"
                        style={{ width: `${Math.min(100, o.share)}%` }}
                      />
                    </span>
                    <span className="text-right tabular-nums text-ink-soft">
                      {Math.round(o.share)}% · {o.count} of {q.n}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
      <p className="mt-3 text-xs text-ink-soft">
        Share of the answers that credit you and answered the question, weighted by your part in each visit.
      </p>
    </Card>
  );
}
