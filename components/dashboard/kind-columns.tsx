// Frontline and back-office, two columns of aggregated scores.
import { ScoreCards } from "@/components/feed/score-cards";
import type { KindSplit } from "@/lib/feed/kind-split";

export function KindColumns({ split }: { split: KindSplit }) {
  const cols = [
    { key: "frontline" as const, title: "Frontline", hint: "served the customer" },
    { key: "backoffice" as const, title: "Back-office", hint: "behind the scenes" },
  ];
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {cols.map((c) => (
        <section key={c.key} aria-labelledby={`kind-${c.key}`} data-testid={`kind-${c.key}`}>
          <h3 id={`kind-${c.key}`} className="mb-2 font-semibold">
            {c.title} <span className="text-sm font-normal text-ink-faint">· {split[c.key].people} {split[c.key].people === 1 ? "person" : "people"}, {c.hint}</span>
          </h3>
          <ScoreCards scores={split[c.key]} label={`${c.title} scores`} />
        </section>
      ))}
    </div>
  );
}
