// Frontline and back-office, two columns of aggregated scores, each with n and margin of error. A
// column with nobody of that kind in the team says so, rather than waiting for answers that cannot come.
import type { KindSplit } from "@/lib/feed/kind-split";
import { metricView, type Metric } from "@/lib/feed/format";

const METRICS: Metric[] = ["nps", "csat", "ces"];

export function KindColumns({ split }: { split: KindSplit }) {
  const cols = [
    { key: "frontline" as const, title: "Frontline", hint: "served the customer", none: "No frontline members" },
    { key: "backoffice" as const, title: "Back-office", hint: "behind the scenes", none: "No back-office members" },
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
            {split[c.key].people > 0 && (
              <span className="text-sm font-normal text-ink-faint">
                · {split[c.key].people} {split[c.key].people === 1 ? "person" : "people"}, {c.hint}
              </span>
            )}
          </h3>
          {split[c.key].people === 0 ? (
            <p className="mt-2 text-sm text-ink-soft">{c.none} in this team.</p>
          ) : (
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
          )}
        </section>
      ))}
    </div>
  );
}
