// Frontline and back-office, two columns of aggregated scores, each with n and margin of error.
import type { KindSplit } from "@/lib/feed/kind-split";
import { metricView, type Metric } from "@/lib/feed/format";

const METRICS: Metric[] = ["nps", "csat", "ces"];

export function KindColumns({ split }: { split: KindSplit }) {
  const cols = [
    { key: "frontline" as const, title: "Frontline", hint: "served the customer" },
    { key: "backoffice" as const, title: "Back-office", hint: "behind the scenes" },
  ];
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {cols.map((c) => (
        <section
          key={c.key}
          aria-labelledby={`kind-${c.key}`}
          data-testid={`kind-${c.key}`}
          className="rounded-lg bg-sunken/60 p-3"
        >
          <h3 id={`kind-${c.key}`} className="font-semibold">
            {c.title}{" "}
            <span className="text-sm font-normal text-ink-faint">
              · {split[c.key].people} {split[c.key].people === 1 ? "person" : "people"}, {c.hint}
            </span>
          </h3>
          <dl className="mt-2 space-y-1.5">
            {METRICS.map((m) => {
              const v = metricView(m, split[c.key]);
              return (
                <div key={m} className="flex items-baseline justify-between gap-3">
                  <dt className="text-sm font-medium text-ink-soft">{v.name}</dt>
                  <dd className="text-right tabular-nums">
                    {v.value ? (
                      <>
                        <span className="text-xl font-bold">{v.value}</span>
                        {v.moe && <span className="ml-1 text-sm text-ink-faint">{v.moe}</span>}
                        <span className="ml-2 text-sm text-ink-faint">{v.nText}</span>
                      </>
                    ) : (
                      <span className="text-sm text-ink-faint">not enough answers yet{v.n ? ` (${v.n})` : ""}</span>
                    )}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </div>
  );
}
