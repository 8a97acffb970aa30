// Last 30 days / last 90 days / all time, as plain links so it works before hydration.
import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { PERIOD_LABELS, PERIODS, type PeriodKey } from "@/lib/feed/period";

export function PeriodSwitcher({ current, hrefFor }: { current: PeriodKey; hrefFor: (p: PeriodKey) => string }) {
  return (
    <nav aria-label="Period" className="inline-flex rounded-lg border border-line bg-surface p-0.5">
      {PERIODS.map((p) => (
        <Link
          key={p}
          href={hrefFor(p)}
          aria-current={p === current ? "page" : undefined}
          className={cn(
            "flex min-h-10 items-center rounded-md px-3 text-sm no-underline whitespace-nowrap",
            p === current ? "bg-brand text-white" : "text-ink-soft hover:bg-sunken hover:text-ink",
          )}
        >
          {PERIOD_LABELS[p]}
        </Link>
      ))}
    </nav>
  );
}
