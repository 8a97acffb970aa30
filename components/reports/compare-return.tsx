// Comparison index and return intent, each with its margin and n, "not enough answers yet" below 5,
// and "not asked" when no template asks the question.
import type { AdditionScores } from "@/lib/scoring/additions";
import { answersText, notEnough, withMargin } from "./format";

type Asked = { compare: boolean; return: boolean };

export function CompareReturn({ s, asked }: { s: AdditionScores; asked: Asked }) {
  const cards = [
    {
      key: "compare",
      name: "Compared with others",
      hint: "Index from −100 to 100: % better minus % worse than other places the customer knows",
      asked: asked.compare,
      value: withMargin(s.compare, s.compareMoe, s.compareN),
      n: s.compareN,
    },
    {
      key: "return",
      name: "Coming back",
      hint: "Return intent: % of answers saying they will come back",
      asked: asked.return,
      value: withMargin(s.return, s.returnMoe, s.returnN, "%"),
      n: s.returnN,
    },
  ];
  return (
    <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2" aria-label="Comparison and return intent">
      {cards.map((c) => (
        <li
          key={c.key}
          data-testid={`${c.key}-card`}
          className="rounded-[var(--radius-card)] border border-line bg-surface p-3 shadow-[var(--shadow-card)]"
        >
          <p className="text-xs font-semibold uppercase tracking-wide text-ink-faint">{c.name}</p>
          {!c.asked ? (
            <p className="mt-1 text-sm text-ink-soft" data-testid={`${c.key}-value`}>
              Not asked: add the question to a template to see it here.
            </p>
          ) : c.value ? (
            <>
              <p className="mt-1 text-xl font-bold tabular-nums" data-testid={`${c.key}-value`}>
                {c.value}
              </p>
              <p className="text-xs text-ink-soft" data-testid={`${c.key}-n`}>
                {answersText(c.n ?? 0)}
              </p>
            </>
          ) : (
            <p className="mt-1 text-sm font-medium text-ink-soft" data-testid={`${c.key}-value`}>
              {notEnough(c.n)}
            </p>
          )}
          <p className="mt-1 text-xs text-ink-faint">{c.hint}</p>
        </li>
      ))}
    </ul>
  );
}
